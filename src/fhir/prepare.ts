import { randomBytes } from 'node:crypto';
import { GalenError } from '../errors/index.ts';
import { uuidv7 } from './ids.ts';
import { findReferences, parseConditionalReference, parseRelativeReference } from './references.ts';
import { extractIndexRows, isIndexedReference } from './search-params.ts';
import type { WriteOutcome, WriteRequest } from './write.ts';

type Json = Record<string, unknown>;

/** A request with its id and version decided. */
export interface PlannedWrite {
  request: WriteRequest;
  id: string;
  versionId: number;
  status: WriteOutcome['status'];
}

export interface PreparedWrite {
  resourceType: string;
  id: string;
  versionId: number;
  status: 'created' | 'updated';
  /**
   * The stored JSON, split around conditional references that only the database can resolve:
   * even indexes are JSON text, odd indexes the number of the conditional reference (see
   * `PreparedSet.conditionals`) whose resolved "Type/id" goes there.
   */
  content: string[];
  /** JSON list of the [param, system, code] keys of its token rows, kept with the resource so a later version can remove them. */
  tokenKeys: string;
}

/**
 * Everything a set of writes stores, computed without the database: the rows of every table as
 * flat arrays of column values (compact to hand from a worker thread to the writer), and what the
 * writer must still look up: conditional references, references to resources outside the set, and
 * upserts whose versions were assumed to be first versions.
 */
export interface PreparedSet {
  now: string;
  outcomes: WriteOutcome[];
  writes: PreparedWrite[];
  /** resource_type, resource_id, param, system, code — repeated. */
  tokens: string[];
  /** resource_type, resource_id, param, lo, hi — repeated. */
  dates: (string | number)[];
  /** resource_type, resource_id, param, value — repeated. */
  strings: string[];
  /** resource_type, resource_id, element, target_type, target_id — repeated. */
  references: string[];
  /** resource_type, resource_id, element, conditional number — repeated; the target is resolved by the writer. */
  conditionalReferences: (string | number)[];
  /**
   * Whether a conditional reference shares its resource and element with another reference, so
   * two of them might name the same target once resolved (the writer then removes repeated rows).
   */
  conditionalsMayRepeat: boolean;
  /** Conditional references ("Practitioner?identifier=system|value"), numbered by position. */
  conditionals: { reference: string; location: string }[];
  /** "Type/id" of resources outside the set that references point to, with where each was cited. */
  external: [string, string][];
  /** "Type/id" of upserts prepared as new resources (version 1) without the database's word on it. */
  assumedNew: string[];
}

export const tokenStride = 5;
export const dateStride = 5;
export const stringStride = 4;
export const referenceStride = 5;
export const conditionalReferenceStride = 4;

// Stands in for a conditional reference inside the serialized JSON until the writer resolves it.
// Private-use characters pass through JSON.stringify unescaped; the random part keeps any text that
// happens to contain private-use characters from being taken for a placeholder.
const marker = `\uE000${randomBytes(8).toString('hex')}\uE001`;

/** Thrown by `planWithoutDatabase` for a set that needs stored data to plan (conditional creates). */
export class NeedsDatabase extends Error {}

/**
 * Ids and versions without the database: creates get new ids and upserts are assumed to be new
 * resources at version 1 (listed in `assumedNew` so the writer can check that assumption); sets with
 * conditional creates (`ifNoneExist`) need the database and throw `NeedsDatabase`.
 */
export function planWithoutDatabase(requests: WriteRequest[]): PlannedWrite[] {
  const seen = new Set<string>();
  return requests.map((request) => {
    if (request.ifNoneExist) throw new NeedsDatabase(request.location);
    if (request.mode === 'create') return { request, id: uuidv7(), versionId: 1, status: 'created' };
    const id = request.resource.id;
    if (typeof id !== 'string') throw new GalenError('invalid_resource', 'an update needs the resource id', { location: `${request.location}.id` });
    const key = `${request.resource.resourceType}/${id}`;
    if (seen.has(key)) throw new GalenError('invalid_input', `${key} appears twice in one request`, { location: request.location });
    seen.add(key);
    return { request, id, versionId: 1, status: 'created' };
  });
}

/**
 * Rewrites references to entries of the set to their stored ids, serializes each resource with
 * its new id and meta, and extracts its search index rows. Pure: no database access.
 */
export function prepareSet(planned: PlannedWrite[], now: string, assumedNew: string[] = []): PreparedSet {
  // Every address a bundle entry can be referred to by, mapped to its stored "Type/id".
  const addressOf = new Map<string, string>();
  const inSet = new Set<string>();
  for (const p of planned) {
    const local = `${p.request.resource.resourceType}/${p.id}`;
    inSet.add(local);
    if (p.request.fullUrl) {
      addressOf.set(p.request.fullUrl, local);
      const tail = /([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64})$/.exec(p.request.fullUrl);
      if (tail && !p.request.fullUrl.startsWith('urn:')) addressOf.set(tail[1]!, local);
    }
    if (p.request.mode === 'create' && typeof p.request.resource.id === 'string') {
      addressOf.set(`${p.request.resource.resourceType}/${p.request.resource.id}`, local);
    }
  }

  const prepared: PreparedSet = {
    now,
    outcomes: [],
    writes: [],
    tokens: [],
    dates: [],
    strings: [],
    references: [],
    conditionalReferences: [],
    conditionalsMayRepeat: false,
    conditionals: [],
    external: [],
    assumedNew,
  };
  const conditionalNumber = new Map<string, number>();
  const external = new Map<string, string>();

  for (const p of planned) {
    const resource = p.request.resource;
    const type = resource.resourceType;
    prepared.outcomes.push({
      resourceType: type,
      id: p.id,
      versionId: p.versionId,
      lastUpdated: p.status === 'exists' ? String((resource.meta as Json | undefined)?.lastUpdated ?? now) : now,
      status: p.status,
    });
    if (p.status === 'exists') continue;

    // One index row per (element, target): a resource may cite the same encounter many times.
    const indexed = new Set<string>();
    const elementsCited = new Set<string>();
    const elementsCitedConditionally = new Set<string>();
    for (const found of findReferences(resource)) {
      let target = addressOf.get(found.reference);
      if (!target) {
        const conditional = parseConditionalReference(found.reference);
        if (conditional) {
          let n = conditionalNumber.get(found.reference);
          if (n === undefined) {
            n = prepared.conditionals.length;
            conditionalNumber.set(found.reference, n);
            prepared.conditionals.push({ reference: found.reference, location: p.request.location });
          }
          found.holder.reference = `${marker}${n}${marker}`;
          const key = `${found.element}|?${n}`;
          // Only references some query reads get a row (see isIndexedReference); the conditional's type is its target's.
          if (!indexed.has(key) && isIndexedReference(type, found.element, conditional.type)) {
            indexed.add(key);
            if (elementsCited.has(found.element)) prepared.conditionalsMayRepeat = true;
            elementsCited.add(found.element);
            elementsCitedConditionally.add(found.element);
            prepared.conditionalReferences.push(type, p.id, found.element, n);
          }
          continue;
        }
        if (found.reference.startsWith('urn:uuid:') || found.reference.startsWith('urn:oid:')) {
          throw new GalenError('unresolved_reference', `reference ${found.reference} does not match any entry's fullUrl`, { location: `${p.request.location}.${found.element}` });
        }
        const parsed = parseRelativeReference(found.reference);
        if (!parsed) continue; // absolute URLs to other servers and #contained references are kept as they are
        target = `${parsed.type}/${parsed.id}`;
        if (!inSet.has(target) && !external.has(target)) external.set(target, `${p.request.location}.${found.element}`);
      }
      found.holder.reference = target;
      const key = `${found.element}|${target}`;
      if (indexed.has(key)) continue;
      indexed.add(key);
      const slash = target.indexOf('/');
      const targetType = target.slice(0, slash);
      // Only references some query reads get a row (see isIndexedReference): the rest are never looked up.
      if (!isIndexedReference(type, found.element, targetType)) continue;
      if (elementsCitedConditionally.has(found.element)) prepared.conditionalsMayRepeat = true;
      elementsCited.add(found.element);
      prepared.references.push(type, p.id, found.element, targetType, target.slice(slash + 1));
    }

    resource.id = p.id;
    resource.meta = { ...((resource.meta as Json | undefined) ?? {}), versionId: String(p.versionId), lastUpdated: now };
    const json = JSON.stringify(resource);
    const index = extractIndexRows(resource);
    const tokenKeys: [string, string, string][] = [];
    for (const t of index.tokens) {
      prepared.tokens.push(type, p.id, t.param, t.system, t.code);
      tokenKeys.push([t.param, t.system, t.code]);
    }
    prepared.writes.push({ resourceType: type, id: p.id, versionId: p.versionId, status: p.status, content: json.includes(marker) ? json.split(marker) : [json], tokenKeys: JSON.stringify(tokenKeys) });
    for (const d of index.dates) prepared.dates.push(type, p.id, d.param, d.lo, d.hi);
    for (const s of index.strings) prepared.strings.push(type, p.id, s.param, s.value);
  }
  prepared.external = [...external];
  return prepared;
}

/** The stored JSON of a prepared write, with its conditional references filled in. */
export function contentWith(write: PreparedWrite, conditionalTargets: string[]): string {
  if (write.content.length === 1) return write.content[0]!;
  let out = '';
  for (let i = 0; i < write.content.length; i++) out += i % 2 === 0 ? write.content[i]! : conditionalTargets[Number(write.content[i])]!;
  return out;
}
