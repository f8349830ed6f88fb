import type { Patient, Resource } from '@medplum/fhirtypes';
import { GalenError } from '../errors/index.ts';
import { detectPhi } from './detect.ts';
import type { PatientKey } from './keys.ts';
import { newSurrogateId } from './keys.ts';
import { shiftFhirDate } from './shift.ts';
import { redactText, transformText, zip3 } from './transform.ts';
import type { Profile, TextMode } from './transform.ts';
import type { KnownIdentifiers, PhiSpan, PhiType } from './types.ts';

/**
 * De-identification of FHIR R4 resources as a pure function. The caller supplies, per patient, the
 * random key (surrogate id, date offset, surrogate secret) from its protected link table, and a map
 * from real resource references to surrogate ids; nothing here reads or writes storage.
 */
export interface FhirDeidContext {
  profile: Profile;
  /** How free text is written out (default: surrogate). */
  mode?: TextMode;
  /** The key of the patient the resource belongs to (absent for shared resources such as Organization). */
  key?: PatientKey;
  /** The patient's own identifiers, matched in free text. */
  known?: KnownIdentifiers;
  /** Surrogate id for "Type/id"; called for the resource itself and every reference it holds. */
  surrogateFor(reference: string): string;
  /** How ambiguous numeric dates in text read (03/04/2024). */
  dateOrder?: 'mdy' | 'dmy';
  /** Counts PHI found in free text, by type (for the export report). */
  found?: Partial<Record<PhiType, number>>;
  /** Words of real names that surrogate names must not be (the export's patients). */
  avoidNames?: ReadonlySet<string>;
}

/** Resource types that describe a person: their identifying elements are removed outright. */
const personTypes = new Set(['Patient', 'Practitioner', 'RelatedPerson', 'Person']);
/** Keys whose string values are free text and go through the detector. */
const freeTextKeys = new Set(['text', 'valueString', 'description', 'comment', 'note', 'conclusion', 'summary', 'div', 'detail', 'instruction', 'patientInstruction', 'reasonText', 'title']);
/** Keys dropped from every resource: they carry identifiers or point outside the export. */
const droppedKeys = new Set(['identifier', 'photo', 'telecom', 'contact', 'valueHumanName', 'valueContactPoint']);
/** Elements of the FHIR types date, dateTime and instant look like this. */
const fhirDateRe = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function deidentifyResource<T extends Resource>(resource: T, ctx: FhirDeidContext): T {
  if (!resource || typeof resource !== 'object' || typeof resource.resourceType !== 'string') {
    throw new GalenError('invalid_resource', 'not a FHIR resource (resourceType missing)');
  }
  const copy = structuredClone(resource) as unknown as { [key: string]: Json };
  const type = resource.resourceType;
  if (resource.id) copy.id = ctx.surrogateFor(`${type}/${resource.id}`);
  delete copy.meta; // versionId, lastUpdated and source tie the export back to the store
  if (personTypes.has(type)) stripPerson(copy, ctx);
  const out = walk(copy, ctx, []) as unknown as T;
  return out;
}

function stripPerson(person: { [key: string]: Json }, ctx: FhirDeidContext): void {
  delete person.name;
  delete person.telecom;
  delete person.photo;
  delete person.contact;
  delete person.identifier;
  delete person.link;
  delete person.communication;
  // A surrogate identifier lets one patient link across exports without revealing who it is.
  if (ctx.key && person.resourceType === 'Patient') {
    person.identifier = [{ system: 'urn:galen:deid:surrogate', value: ctx.key.surrogateId }];
  }
  if (Array.isArray(person.address)) person.address = person.address.map((a) => keepState(a));
  if (typeof person.birthDate === 'string') person.birthDate = reduceDate(person.birthDate, ctx);
  if (typeof person.deceasedDateTime === 'string') person.deceasedDateTime = reduceDate(person.deceasedDateTime, ctx);
}

/** Keeps the state, country and (under Safe Harbor) the 3-digit ZIP of an address; drops the rest. */
function keepState(address: Json): Json {
  if (!address || typeof address !== 'object' || Array.isArray(address)) return {};
  const out: { [key: string]: Json } = {};
  if (typeof address.state === 'string') out.state = address.state;
  if (typeof address.country === 'string') out.country = address.country;
  if (typeof address.postalCode === 'string') {
    // Already cut (an address seen twice on the way through the resource) or cut now.
    const three = /^\d{3}$/.test(address.postalCode) ? address.postalCode : zip3(address.postalCode);
    if (three) out.postalCode = three;
  }
  if (typeof address.use === 'string') out.use = address.use;
  return out;
}

function reduceDate(value: string, ctx: FhirDeidContext): string {
  if (ctx.profile === 'shifted') {
    if (!ctx.key) throw new GalenError('invalid_input', 'the shifted profile needs the patient key of every patient resource');
    return shiftFhirDate(value, ctx.key.dateOffsetDays);
  }
  return value.slice(0, 4);
}

function walk(value: Json, ctx: FhirDeidContext, path: string[]): Json {
  if (Array.isArray(value)) return value.map((v) => walk(v, ctx, path));
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(value)) {
      if (droppedKeys.has(key) && path.length > 0) continue;
      if (key === 'identifier' && path.length === 0 && !(value.resourceType === 'Patient')) continue;
      if (key === 'reference' && typeof child === 'string') { out[key] = rewriteReference(child, ctx); continue; }
      if (key === 'address' || key === 'valueAddress') {
        out[key] = Array.isArray(child) ? child.map((a) => keepState(a)) : keepState(child);
        continue;
      }
      if (key === 'url' && path[path.length - 1] === 'attachment') continue; // may point back into the store
      if (key === 'display' && typeof child === 'string' && 'reference' in value) continue; // names of people
      if (key === 'attachment' || (key === 'content' && Array.isArray(child) && path.length === 0)) { out[key] = walk(child, ctx, [...path, key]); continue; }
      if (key === 'data' && typeof child === 'string' && path[path.length - 1] === 'attachment') {
        const contentType = typeof value.contentType === 'string' ? value.contentType : '';
        if (/^text\//.test(contentType) || contentType === 'application/json' || contentType === '') {
          const text = Buffer.from(child, 'base64').toString('utf8');
          out[key] = Buffer.from(deidentifyFreeText(text, ctx), 'utf8').toString('base64');
        }
        // Images and PDFs cannot be checked for PHI here: they are left out of the export.
        continue;
      }
      if (typeof child === 'string') {
        out[key] = transformString(key, child, ctx, path);
        continue;
      }
      out[key] = walk(child, ctx, [...path, key]);
    }
    return out;
  }
  return value;
}

function transformString(key: string, value: string, ctx: FhirDeidContext, path: string[]): string {
  if (key === 'id' || key === 'resourceType' || key === 'system' || key === 'code' || key === 'unit' || key === 'status' || key === 'contentType') return value;
  if (fhirDateRe.test(value) && /\d{4}-\d{2}/.test(value) && key !== 'value') return reduceDate(value, ctx);
  if (key === 'div') return deidentifyXhtml(value, ctx);
  if (freeTextKeys.has(key) || key === 'valueString' || path.includes('note')) return deidentifyFreeText(value, ctx);
  return value;
}

function rewriteReference(reference: string, ctx: FhirDeidContext): string {
  const m = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(reference);
  if (m) return `${m[1]}/${ctx.surrogateFor(reference)}`;
  if (reference.startsWith('#')) return reference; // contained resources
  return `urn:uuid:${newSurrogateId()}`;
}

export function deidentifyFreeText(text: string, ctx: FhirDeidContext): string {
  const spans: PhiSpan[] = detectPhi(text, { known: ctx.known });
  if (ctx.found) for (const s of spans) ctx.found[s.type] = (ctx.found[s.type] ?? 0) + 1;
  const mode = ctx.mode ?? 'surrogate';
  if (mode === 'redact' && ctx.profile === 'safe-harbor') return redactText(text, spans).text;
  return transformText(text, spans, { profile: ctx.profile, mode, key: ctx.key, dateOrder: ctx.dateOrder, avoidNames: ctx.avoidNames }).text;
}

/** Narrative XHTML: each text run between tags goes through the detector; tags and entities stay. */
function deidentifyXhtml(div: string, ctx: FhirDeidContext): string {
  return div.split(/(<[^>]*>)/).map((part) => (part.startsWith('<') ? part : deidentifyFreeText(part, ctx))).join('');
}

/** The identifiers of a patient as the record holds them, for matching in that patient's notes. */
export function knownFromPatient(patient: Patient, relatives: string[] = []): KnownIdentifiers {
  const names = (patient.name ?? []).map((n) => [...(n.given ?? []), n.family ?? ''].join(' ').trim()).filter(Boolean);
  const phones = (patient.telecom ?? []).filter((t) => t.system === 'phone' || t.system === 'fax' || t.system === 'sms').map((t) => t.value ?? '').filter(Boolean);
  const emails = (patient.telecom ?? []).filter((t) => t.system === 'email').map((t) => t.value ?? '').filter(Boolean);
  const addresses = (patient.address ?? []).flatMap((a) => a.line ?? []);
  const places = (patient.address ?? []).flatMap((a) => [a.city, a.district].filter((x): x is string => Boolean(x)));
  const zips = (patient.address ?? []).map((a) => a.postalCode ?? '').filter(Boolean);
  const mrns = (patient.identifier ?? []).map((i) => i.value ?? '').filter(Boolean);
  const contacts = (patient.contact ?? []).map((c) => [...(c.name?.given ?? []), c.name?.family ?? ''].join(' ').trim()).filter(Boolean);
  const contactPhones = (patient.contact ?? []).flatMap((c) => (c.telecom ?? []).map((t) => t.value ?? '')).filter(Boolean);
  return { names, relatives: [...relatives, ...contacts], phones: [...phones, ...contactPhones], emails, addresses, places, zips, mrns };
}
