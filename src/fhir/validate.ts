import { GalenError } from '../errors/index.ts';
import { fhirDatePattern, fhirDateTimePattern } from './dates.ts';
import { isR4ResourceType } from './resource-types.ts';

/**
 * The basic shape check every resource passes before it is stored: a known R4 type, a valid id,
 * the elements R4 makes mandatory (1..1) for the common clinical types, required-binding status
 * codes, well-formed dates and references. It is a fast structural gate for ingest, not full
 * profile validation (no terminology binding checks beyond the status codes).
 */
type Json = Record<string, unknown>;

const idPattern = /^[A-Za-z0-9\-.]{1,64}$/;

/** Mandatory elements (a name ending in [x] means any of its typed variants). */
const required: Record<string, string[]> = {
  Observation: ['status', 'code'],
  Condition: ['subject'],
  Encounter: ['status', 'class'],
  MedicationRequest: ['status', 'intent', 'subject', 'medication[x]'],
  AllergyIntolerance: ['patient'],
  Immunization: ['status', 'vaccineCode', 'patient', 'occurrence[x]'],
  Procedure: ['status', 'subject'],
  DiagnosticReport: ['status', 'code'],
  DocumentReference: ['status', 'content'],
  CarePlan: ['status', 'intent', 'subject'],
  Goal: ['lifecycleStatus', 'description', 'subject'],
  ImagingStudy: ['status', 'subject'],
  Claim: ['status', 'type', 'use', 'patient', 'created', 'provider', 'priority', 'insurance'],
  ExplanationOfBenefit: ['status', 'type', 'use', 'patient', 'created', 'insurer', 'provider', 'outcome', 'insurance'],
  Communication: ['status'],
  MedicationStatement: ['status', 'medication[x]', 'subject'],
};

const statusCodes: Record<string, { element: string; codes: string[] }> = {
  Observation: { element: 'status', codes: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'] },
  Encounter: { element: 'status', codes: ['planned', 'arrived', 'triaged', 'in-progress', 'onleave', 'finished', 'cancelled', 'entered-in-error', 'unknown'] },
  MedicationRequest: { element: 'status', codes: ['active', 'on-hold', 'cancelled', 'completed', 'entered-in-error', 'stopped', 'draft', 'unknown'] },
  Immunization: { element: 'status', codes: ['completed', 'entered-in-error', 'not-done'] },
  Procedure: { element: 'status', codes: ['preparation', 'in-progress', 'not-done', 'on-hold', 'stopped', 'completed', 'entered-in-error', 'unknown'] },
  DiagnosticReport: { element: 'status', codes: ['registered', 'partial', 'preliminary', 'final', 'amended', 'corrected', 'appended', 'cancelled', 'entered-in-error', 'unknown'] },
  DocumentReference: { element: 'status', codes: ['current', 'superseded', 'entered-in-error'] },
  Patient: { element: 'gender', codes: ['male', 'female', 'other', 'unknown'] },
};

/** Date-typed elements checked for format wherever they appear at the top level. */
const dateElements = new Set(['birthDate']);
const dateTimeElements = new Set([
  'effectiveDateTime', 'onsetDateTime', 'abatementDateTime', 'recordedDate', 'authoredOn', 'occurrenceDateTime',
  'performedDateTime', 'issued', 'date', 'deceasedDateTime', 'created', 'sent', 'received',
]);

function fail(message: string, location: string): never {
  throw new GalenError('invalid_resource', message, { location });
}

export function validateResource(value: unknown, location = 'resource'): asserts value is Json & { resourceType: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('a resource must be a JSON object', location);
  const resource = value as Json;
  const type = resource.resourceType;
  if (typeof type !== 'string') fail('resourceType is missing', location);
  if (!isR4ResourceType(type)) throw new GalenError('unknown_resource_type', `unknown resourceType "${type}"`, { location });
  if (resource.id !== undefined && (typeof resource.id !== 'string' || !idPattern.test(resource.id))) {
    fail(`${type}.id must be 1-64 letters, digits, '-' or '.'`, `${location}.id`);
  }
  if (resource.meta !== undefined && (resource.meta === null || typeof resource.meta !== 'object' || Array.isArray(resource.meta))) {
    fail(`${type}.meta must be an object`, `${location}.meta`);
  }
  for (const element of required[type] ?? []) {
    const present = element.endsWith('[x]')
      ? Object.keys(resource).some((k) => k.startsWith(element.slice(0, -3)) && resource[k] !== undefined)
      : resource[element] !== undefined && resource[element] !== null;
    if (!present) fail(`${type}.${element} is required`, `${location}.${element}`);
  }
  const status = statusCodes[type];
  if (status && resource[status.element] !== undefined && !status.codes.includes(resource[status.element] as string)) {
    fail(`${type}.${status.element} "${String(resource[status.element])}" is not one of ${status.codes.join(', ')}`, `${location}.${status.element}`);
  }
  for (const [key, v] of Object.entries(resource)) {
    if (dateElements.has(key) && (typeof v !== 'string' || !fhirDatePattern.test(v))) fail(`${type}.${key} is not a valid FHIR date`, `${location}.${key}`);
    if (dateTimeElements.has(key) && (typeof v !== 'string' || !fhirDateTimePattern.test(v))) fail(`${type}.${key} is not a valid FHIR dateTime`, `${location}.${key}`);
  }
  checkReferences(resource, `${location}`);
}

/**
 * Every `reference` must be a non-empty string; element values may not be null (FHIR JSON has no
 * nulls). Walks every element of every resource on ingest, so the path to the element is kept as a
 * stack of keys and only written out when something fails.
 */
function checkReferences(resource: Json, location: string): void {
  const path: (string | number)[] = [];
  const at = (last?: string | number) => location + [...path, ...(last === undefined ? [] : [last])].map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === null) fail('null is not allowed in FHIR JSON arrays', at(i));
        if (typeof item === 'object') {
          path.push(i);
          walk(item);
          path.pop();
        }
      }
      return;
    }
    const record = value as Json;
    for (const key in record) {
      const child = record[key];
      if (key === 'reference' && (typeof child !== 'string' || child.length === 0)) fail('reference must be a non-empty string', at('reference'));
      if (child === null) fail(`${key} is null; FHIR JSON omits empty elements`, at(key));
      if (key !== 'contained' && typeof child === 'object') {
        path.push(key);
        walk(child);
        path.pop();
      }
    }
  };
  walk(resource);
}
