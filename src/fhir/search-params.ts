import { parseDateRange, periodRange, type DateRange } from './dates.ts';

/**
 * The search parameters Galen indexes, in the style of the established FHIR servers: each
 * parameter reads values out of a resource into a narrow index table (token, date, string), and
 * reference parameters are answered from the reference index by element name.
 */
export type SearchParamType = 'token' | 'reference' | 'date' | 'string';

type Json = Record<string, unknown>;

export interface TokenValue {
  system: string;
  code: string;
}

interface TokenParam {
  type: 'token';
  extract(resource: Json): TokenValue[];
}
interface DateParam {
  type: 'date';
  extract(resource: Json): DateRange[];
}
interface StringParam {
  type: 'string';
  extract(resource: Json): string[];
}
interface ReferenceParam {
  type: 'reference';
  /** Top-level elements whose references this parameter searches. */
  elements: string[];
  /** Resource type a bare id refers to (e.g. patient=123 means Patient/123). */
  target?: string;
}
export type SearchParamDefinition = TokenParam | DateParam | StringParam | ReferenceParam;

// ---- value readers -------------------------------------------------------------------------

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function codings(value: unknown): TokenValue[] {
  const out: TokenValue[] = [];
  for (const item of asArray(value)) {
    if (typeof item === 'string') out.push({ system: '', code: item });
    else if (typeof item === 'boolean') out.push({ system: '', code: String(item) });
    else if (item && typeof item === 'object') {
      const o = item as Json;
      if (Array.isArray(o.coding)) {
        for (const c of o.coding as Json[]) if (typeof c?.code === 'string') out.push({ system: String(c.system ?? ''), code: c.code });
      } else if (typeof o.code === 'string') out.push({ system: String(o.system ?? ''), code: o.code });
      else if (typeof o.value === 'string') out.push({ system: String(o.system ?? ''), code: o.value });
    }
  }
  return out;
}

function tokens(...fields: string[]): TokenParam {
  return { type: 'token', extract: (r) => fields.flatMap((f) => codings(r[f])) };
}

function dateOf(value: unknown): DateRange | undefined {
  if (typeof value === 'string') return parseDateRange(value);
  if (value && typeof value === 'object') {
    const o = value as Json;
    if ('start' in o || 'end' in o) return periodRange(o as { start?: string; end?: string });
  }
  return undefined;
}

function dates(...fields: string[]): DateParam {
  return {
    type: 'date',
    extract: (r) => {
      const out: DateRange[] = [];
      for (const f of fields) for (const v of asArray(r[f])) {
        const range = dateOf(v);
        if (range) out.push(range);
      }
      return out;
    },
  };
}

export function normalizeString(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

function humanNameParts(value: unknown, part: 'all' | 'family' | 'given'): string[] {
  const out: string[] = [];
  for (const name of asArray(value) as Json[]) {
    if (!name || typeof name !== 'object') continue;
    if ((part === 'all' || part === 'family') && typeof name.family === 'string') out.push(name.family);
    if (part === 'all' || part === 'given') for (const g of asArray(name.given)) if (typeof g === 'string') out.push(g);
    if (part === 'all') {
      if (typeof name.text === 'string') out.push(name.text);
      for (const p of [...asArray(name.prefix), ...asArray(name.suffix)]) if (typeof p === 'string') out.push(p);
    }
  }
  return out.map(normalizeString).filter((s) => s.length > 0);
}

const patientRef = (...elements: string[]): ReferenceParam => ({ type: 'reference', elements, target: 'Patient' });
const ref = (target: string | undefined, ...elements: string[]): ReferenceParam => ({ type: 'reference', elements, target });

// ---- the parameters -------------------------------------------------------------------------

const common: Record<string, SearchParamDefinition> = {
  identifier: tokens('identifier'),
};

/** Subject-style parameters shared by clinical resources. */
const subjectParams = (field: 'subject' | 'patient') => ({
  patient: patientRef(field),
  subject: ref(undefined, field),
  encounter: ref('Encounter', 'encounter', 'context'),
});

export const searchParameters: Record<string, Record<string, SearchParamDefinition>> = {
  Patient: {
    ...common,
    name: { type: 'string', extract: (r) => humanNameParts(r.name, 'all') },
    family: { type: 'string', extract: (r) => humanNameParts(r.name, 'family') },
    given: { type: 'string', extract: (r) => humanNameParts(r.name, 'given') },
    birthdate: dates('birthDate'),
    gender: tokens('gender'),
    telecom: { type: 'token', extract: (r) => codings(r.telecom).map((t) => ({ system: '', code: t.code })) },
    'general-practitioner': ref(undefined, 'generalPractitioner'),
    organization: ref('Organization', 'managingOrganization'),
  },
  Condition: {
    ...common,
    ...subjectParams('subject'),
    code: tokens('code'),
    category: tokens('category'),
    'clinical-status': tokens('clinicalStatus'),
    'verification-status': tokens('verificationStatus'),
    'onset-date': dates('onsetDateTime', 'onsetPeriod'),
    'recorded-date': dates('recordedDate'),
  },
  Observation: {
    ...common,
    ...subjectParams('subject'),
    code: tokens('code'),
    category: tokens('category'),
    status: tokens('status'),
    date: dates('effectiveDateTime', 'effectivePeriod', 'effectiveInstant'),
    'value-concept': tokens('valueCodeableConcept'),
  },
  MedicationRequest: {
    ...common,
    ...subjectParams('subject'),
    code: tokens('medicationCodeableConcept'),
    status: tokens('status'),
    intent: tokens('intent'),
    category: tokens('category'),
    authoredon: dates('authoredOn'),
    requester: ref(undefined, 'requester'),
  },
  AllergyIntolerance: {
    ...common,
    patient: patientRef('patient'),
    encounter: ref('Encounter', 'encounter'),
    code: tokens('code'),
    'clinical-status': tokens('clinicalStatus'),
    'verification-status': tokens('verificationStatus'),
    category: tokens('category'),
    criticality: tokens('criticality'),
    type: tokens('type'),
    date: dates('recordedDate'),
  },
  Immunization: {
    ...common,
    patient: patientRef('patient'),
    encounter: ref('Encounter', 'encounter'),
    'vaccine-code': tokens('vaccineCode'),
    status: tokens('status'),
    date: dates('occurrenceDateTime'),
  },
  Encounter: {
    ...common,
    patient: patientRef('subject'),
    subject: ref(undefined, 'subject'),
    status: tokens('status'),
    class: tokens('class'),
    type: tokens('type'),
    date: dates('period'),
    participant: ref(undefined, 'participant'),
    'service-provider': ref('Organization', 'serviceProvider'),
  },
  Procedure: {
    ...common,
    ...subjectParams('subject'),
    code: tokens('code'),
    status: tokens('status'),
    category: tokens('category'),
    date: dates('performedDateTime', 'performedPeriod'),
  },
  DiagnosticReport: {
    ...common,
    ...subjectParams('subject'),
    code: tokens('code'),
    category: tokens('category'),
    status: tokens('status'),
    date: dates('effectiveDateTime', 'effectivePeriod'),
    result: ref('Observation', 'result'),
  },
  DocumentReference: {
    ...common,
    ...subjectParams('subject'),
    type: tokens('type'),
    category: tokens('category'),
    status: tokens('status'),
    date: dates('date'),
  },
  Practitioner: {
    ...common,
    name: { type: 'string', extract: (r) => humanNameParts(r.name, 'all') },
  },
  Organization: {
    ...common,
    name: { type: 'string', extract: (r) => (typeof r.name === 'string' ? [normalizeString(r.name)] : []) },
  },
  Communication: {
    ...common,
    ...subjectParams('subject'),
    status: tokens('status'),
    category: tokens('category'),
    sent: dates('sent'),
  },
};

/** Parameters for a type: its own, or for other types the identifier plus patient/subject where present. */
export function searchParamsFor(resourceType: string): Record<string, SearchParamDefinition> {
  const own = searchParameters[resourceType];
  if (own) return own;
  return {
    ...common,
    patient: patientRef('patient', 'subject', 'beneficiary'),
    subject: ref(undefined, 'subject'),
    status: tokens('status'),
  };
}

/** Date parameter used for `_sort=date` on types whose date parameter has another name. */
export function defaultDateParam(resourceType: string): string | undefined {
  const params = searchParamsFor(resourceType);
  if (params.date?.type === 'date') return 'date';
  for (const name of ['onset-date', 'authoredon', 'birthdate', 'sent']) if (params[name]?.type === 'date') return name;
  return undefined;
}

export interface IndexRows {
  tokens: { param: string; system: string; code: string }[];
  dates: { param: string; lo: number; hi: number }[];
  strings: { param: string; value: string }[];
}

/** Reads every indexed value out of one resource. */
export function extractIndexRows(resource: Json): IndexRows {
  const rows: IndexRows = { tokens: [], dates: [], strings: [] };
  const params = searchParamsFor(String(resource.resourceType));
  for (const [name, def] of Object.entries(params)) {
    switch (def.type) {
      case 'token': {
        const seen = new Set<string>();
        for (const t of def.extract(resource)) {
          const key = `${t.system}|${t.code}`;
          if (seen.has(key)) continue;
          seen.add(key);
          rows.tokens.push({ param: name, system: t.system, code: t.code });
        }
        break;
      }
      case 'date': {
        const seen = new Set<string>();
        for (const d of def.extract(resource)) {
          const key = `${d.lo}|${d.hi}`;
          if (seen.has(key)) continue;
          seen.add(key);
          rows.dates.push({ param: name, lo: d.lo, hi: d.hi });
        }
        break;
      }
      case 'string':
        for (const value of new Set(def.extract(resource))) rows.strings.push({ param: name, value });
        break;
      case 'reference':
        break;
    }
  }
  return rows;
}

// Elements of each type whose references some reference search parameter reads, computed once per type.
const searchedElements = new Map<string, ReadonlySet<string>>();

/**
 * Whether a reference gets a row in the reference index. Only references some query reads are
 * indexed, so bulk ingest writes fewer B-tree entries:
 * - any reference to a Patient: the patient compartment (a patient's own reads and searches),
 *   `$everything` and the `patient` parameters all look rows up by Patient target;
 * - a reference in an element that a reference search parameter of the resource's type lists
 *   (e.g. Encounter.participant, DiagnosticReport.result).
 * Other references (Encounter.reasonReference, DocumentReference.author, ...) are read from the
 * stored resource when needed, never from the index. Replacing a version removes the rows of all its
 * references by key (one that was never indexed costs a single probe), so rows written before this
 * rule are cleaned up too. Adding an element to a reference parameter needs the resources stored
 * before to be reindexed (their references in it have no rows).
 */
export function isIndexedReference(resourceType: string, element: string, targetType: string): boolean {
  if (targetType === 'Patient') return true;
  let elements = searchedElements.get(resourceType);
  if (!elements) {
    const set = new Set<string>();
    for (const def of Object.values(searchParamsFor(resourceType))) if (def.type === 'reference') for (const e of def.elements) set.add(e);
    searchedElements.set(resourceType, (elements = set));
  }
  return elements.has(element);
}
