import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { Kysely, Transaction } from 'kysely';
import { GalenError } from '../errors/index.ts';
import type { Database } from '../store/index.ts';
import { insertTuples } from '../store/index.ts';
import { uuidv7 } from './ids.ts';
import { conditionalReferenceStride, contentWith, prepareSet, referenceStride, type PlannedWrite, type PreparedSet } from './prepare.ts';
import { findReferences, parseConditionalReference, parseRelativeReference } from './references.ts';
import { validateResource } from './validate.ts';

type Json = Record<string, unknown>;

/** One resource to store: `create` assigns a new id, `upsert` writes at the given id (a new version if it exists). */
export interface WriteRequest {
  mode: 'create' | 'upsert';
  resource: Json & { resourceType: string };
  /** The Bundle entry's fullUrl (urn:uuid:... or a URL); references to it are rewritten to the stored id. */
  fullUrl?: string;
  /** Conditional create: "identifier=system|value"; when it matches a stored resource nothing is written. */
  ifNoneExist?: string;
  /** Where the resource came from, for error messages (e.g. "Bundle.entry[3].resource"). */
  location: string;
  /** Set by the readers that already checked the resource's shape, so bulk writes do not check twice. */
  validated?: boolean;
}

export interface WriteOutcome {
  resourceType: string;
  id: string;
  versionId: number;
  lastUpdated: string;
  status: 'created' | 'updated' | 'exists';
}


/**
 * Validates, resolves and stores a set of resources in one database transaction: all of them or
 * none. References to bundle entries (urn:uuid or fullUrl) are rewritten to the stored ids;
 * relative references must resolve to a resource in the set or already in the institution's store;
 * `Type?identifier=system|value` references resolve to the one stored resource with that identifier.
 */
export async function writeResources(db: Kysely<Database>, tenantId: string, requests: WriteRequest[]): Promise<WriteOutcome[]> {
  for (const r of requests) if (!r.validated) validateResource(r.resource, r.location);
  return db.transaction().execute((trx) => writeInTransaction(trx, tenantId, requests));
}

/** Plans, prepares and stores one set of requests inside the caller's transaction. */
export async function writeInTransaction(trx: Transaction<Database>, tenantId: string, requests: WriteRequest[], resolved: Map<string, string> = new Map()): Promise<WriteOutcome[]> {
  const planned = await plan(trx, tenantId, requests);
  return applyPrepared(trx, tenantId, prepareSet(planned, new Date().toISOString()), resolved);
}

const resourceColumns = ['tenant_id', 'resource_type', 'id', 'version_id', 'last_updated', 'deleted', 'content', 'token_keys'] as const;
const tokenColumns = ['tenant_id', 'resource_type', 'resource_id', 'param', 'system', 'code'] as const;
const dateColumns = ['tenant_id', 'resource_type', 'resource_id', 'param', 'lo', 'hi'] as const;
const stringColumns = ['tenant_id', 'resource_type', 'resource_id', 'param', 'value'] as const;
const referenceColumns = ['tenant_id', 'resource_type', 'resource_id', 'element', 'target_type', 'target_id'] as const;

/**
 * Stores a prepared set inside the caller's transaction: resolves its conditional references
 * (`resolved` caches them across the sets of one bulk write, where nothing deletes or
 * re-identifies what they point to), checks that references outside the set exist, and writes the
 * resources and their index rows.
 */
export async function applyPrepared(trx: Transaction<Database>, tenantId: string, prepared: PreparedSet, resolved: Map<string, string> = new Map()): Promise<WriteOutcome[]> {
  const targets: string[] = [];
  for (const c of prepared.conditionals) {
    let target = resolved.get(c.reference);
    if (target === undefined) {
      target = await resolveConditional(trx, tenantId, parseConditionalReference(c.reference)!, c.reference, c.location);
      resolved.set(c.reference, target);
    }
    targets.push(target);
  }
  await checkExisting(trx, tenantId, new Map(prepared.external));

  const updated = prepared.writes.filter((w) => w.status === 'updated');
  if (updated.length > 0) await deleteIndexRows(trx, tenantId, updated.map((w) => ({ type: w.resourceType, id: w.id })));

  const created: unknown[] = [];
  for (const w of prepared.writes) {
    if (w.status === 'created') created.push(w.resourceType, w.id, w.versionId, prepared.now, 0, contentWith(w, targets), w.tokenKeys);
  }
  await insertTuples(trx, 'fhir_resource', resourceColumns, tenantId, created);
  for (const w of updated) {
    await archiveCurrentVersion(trx, tenantId, w.resourceType, w.id);
    await trx
      .updateTable('fhir_resource')
      .set({ version_id: w.versionId, last_updated: prepared.now, deleted: 0, content: contentWith(w, targets), token_keys: w.tokenKeys })
      .where('tenant_id', '=', tenantId)
      .where('resource_type', '=', w.resourceType)
      .where('id', '=', w.id)
      .execute();
  }
  await insertTuples(trx, 'fhir_token', tokenColumns, tenantId, prepared.tokens);
  await insertTuples(trx, 'fhir_date', dateColumns, tenantId, prepared.dates);
  await insertTuples(trx, 'fhir_string', stringColumns, tenantId, prepared.strings);
  await insertTuples(trx, 'fhir_reference', referenceColumns, tenantId, prepared.references);
  await insertTuples(trx, 'fhir_reference', referenceColumns, tenantId, conditionalReferenceRows(prepared, targets));
  return prepared.outcomes;
}

/**
 * Reference index rows of the conditional references, now that their targets are known. Two
 * references in one element can name the same target (one by id, one by identifier): each
 * (resource, element, target) gets one row.
 */
function conditionalReferenceRows(prepared: PreparedSet, targets: string[]): string[] {
  const rows: string[] = [];
  if (prepared.conditionalReferences.length === 0) return rows;
  if (!prepared.conditionalsMayRepeat) {
    for (let i = 0; i < prepared.conditionalReferences.length; i += conditionalReferenceStride) {
      const target = targets[prepared.conditionalReferences[i + 3] as number]!;
      const slash = target.indexOf('/');
      rows.push(prepared.conditionalReferences[i] as string, prepared.conditionalReferences[i + 1] as string, prepared.conditionalReferences[i + 2] as string, target.slice(0, slash), target.slice(slash + 1));
    }
    return rows;
  }
  const citing = new Set<string>();
  for (let i = 0; i < prepared.conditionalReferences.length; i += conditionalReferenceStride) citing.add(String(prepared.conditionalReferences[i + 1]));
  const indexed = new Set<string>();
  for (let i = 0; i < prepared.references.length; i += referenceStride) {
    const id = prepared.references[i + 1]!;
    if (citing.has(id)) indexed.add(`${id}|${prepared.references[i + 2]}|${prepared.references[i + 3]}/${prepared.references[i + 4]}`);
  }
  for (let i = 0; i < prepared.conditionalReferences.length; i += conditionalReferenceStride) {
    const [type, id, element, n] = prepared.conditionalReferences.slice(i, i + conditionalReferenceStride) as [string, string, string, number];
    const target = targets[n]!;
    const key = `${id}|${element}|${target}`;
    if (indexed.has(key)) continue;
    indexed.add(key);
    const slash = target.indexOf('/');
    rows.push(type, id, element, target.slice(0, slash), target.slice(slash + 1));
  }
  return rows;
}

/** Decides each request's id and version: new ids for creates, next versions for updates. */
async function plan(trx: Transaction<Database>, tenantId: string, requests: WriteRequest[]): Promise<PlannedWrite[]> {
  const upserts = requests.filter((r) => r.mode === 'upsert');
  const current = await storedVersions(trx, tenantId, upserts.map((r) => `${r.resource.resourceType}/${String(r.resource.id)}`));
  const seen = new Set<string>();
  const planned: PlannedWrite[] = [];
  for (const request of requests) {
    const type = request.resource.resourceType;
    if (request.mode === 'upsert') {
      const id = request.resource.id;
      if (typeof id !== 'string') throw new GalenError('invalid_resource', 'an update needs the resource id', { location: `${request.location}.id` });
      const key = `${type}/${id}`;
      if (seen.has(key)) throw new GalenError('invalid_input', `${key} appears twice in one request`, { location: request.location });
      seen.add(key);
      const version = current.get(key);
      planned.push({ request, id, versionId: (version ?? 0) + 1, status: version === undefined ? 'created' : 'updated' });
      continue;
    }
    if (request.ifNoneExist) {
      const existing = await findByIdentifierQuery(trx, tenantId, type, request.ifNoneExist, request.location);
      if (existing) {
        const meta = { lastUpdated: existing.last_updated };
        request.resource.meta = meta;
        planned.push({ request, id: existing.id, versionId: Number(existing.version_id), status: 'exists' });
        continue;
      }
    }
    planned.push({ request, id: uuidv7(), versionId: 1, status: 'created' });
  }
  return planned;
}

async function findByIdentifierQuery(trx: Transaction<Database>, tenantId: string, type: string, query: string, location: string) {
  const m = /^identifier=(.*)$/.exec(query.replace(/^[A-Za-z]+\?/, ''));
  if (!m) throw new GalenError('invalid_input', `ifNoneExist supports only identifier=system|value, not "${query}"`, { location });
  const token = decodeURIComponent(m[1]!);
  const bar = token.indexOf('|');
  const [system, value] = bar < 0 ? ['', token] : [token.slice(0, bar), token.slice(bar + 1)];
  const ids = await identifierMatches(trx, tenantId, type, system, value);
  if (ids.length > 1) throw new GalenError('conflict', `ifNoneExist ${query} matches ${ids.length} resources`, { location });
  if (ids.length === 0) return undefined;
  return trx
    .selectFrom('fhir_resource')
    .select(['id', 'version_id', 'last_updated'])
    .where('tenant_id', '=', tenantId)
    .where('resource_type', '=', type)
    .where('id', '=', ids[0]!)
    .executeTakeFirst();
}

async function identifierMatches(trx: Transaction<Database>, tenantId: string, type: string, system: string, value: string): Promise<string[]> {
  let q = trx
    .selectFrom('fhir_token')
    .innerJoin('fhir_resource', (j) =>
      j.onRef('fhir_resource.id', '=', 'fhir_token.resource_id').onRef('fhir_resource.resource_type', '=', 'fhir_token.resource_type').onRef('fhir_resource.tenant_id', '=', 'fhir_token.tenant_id'),
    )
    .select('fhir_token.resource_id')
    .distinct()
    .where('fhir_token.tenant_id', '=', tenantId)
    .where('fhir_token.resource_type', '=', type)
    .where('fhir_token.param', '=', 'identifier')
    .where('fhir_token.code', '=', value)
    .where('fhir_resource.deleted', '=', 0);
  if (system) q = q.where('fhir_token.system', '=', system);
  return (await q.limit(2).execute()).map((r) => r.resource_id);
}

async function resolveConditional(trx: Transaction<Database>, tenantId: string, cond: { type: string; system: string; value: string }, reference: string, location: string): Promise<string> {
  const ids = await identifierMatches(trx, tenantId, cond.type, cond.system, cond.value);
  if (ids.length === 0) throw new GalenError('unresolved_reference', `reference ${reference} matches no stored ${cond.type}`, { location });
  if (ids.length > 1) throw new GalenError('unresolved_reference', `reference ${reference} matches more than one ${cond.type}`, { location });
  return `${cond.type}/${ids[0]}`;
}

async function checkExisting(trx: Transaction<Database>, tenantId: string, targets: Map<string, string>): Promise<void> {
  const stored = await storedVersions(trx, tenantId, [...targets.keys()], { live: true });
  for (const [key, location] of targets) {
    if (!stored.has(key)) throw new GalenError('unresolved_reference', `reference ${key} resolves to nothing`, { location });
  }
}

/**
 * The current version of each stored "Type/id" among `keys` (deleted ones too, unless `live`),
 * looked up by primary key, 500 ids to a query.
 */
export async function storedVersions(trx: Kysely<Database>, tenantId: string, keys: Iterable<string>, options: { live?: boolean } = {}): Promise<Map<string, number>> {
  const byType = new Map<string, string[]>();
  for (const key of keys) {
    const slash = key.indexOf('/');
    const type = key.slice(0, slash);
    let ids = byType.get(type);
    if (!ids) byType.set(type, (ids = []));
    ids.push(key.slice(slash + 1));
  }
  const versions = new Map<string, number>();
  for (const [type, ids] of byType) {
    for (let i = 0; i < ids.length; i += 500) {
      let query = trx.selectFrom('fhir_resource').select(['id', 'version_id']).where('tenant_id', '=', tenantId).where('resource_type', '=', type).where('id', 'in', ids.slice(i, i + 500));
      if (options.live) query = query.where('deleted', '=', 0);
      for (const row of await query.execute()) versions.set(`${type}/${row.id}`, Number(row.version_id));
    }
  }
  return versions;
}

/**
 * fhir_resource holds each resource's current version and fhir_history the versions it replaced:
 * a new resource is written once, and a version moves to history only when it is superseded.
 */
export async function archiveCurrentVersion(trx: Kysely<Database>, tenantId: string, resourceType: string, id: string): Promise<void> {
  await trx
    .insertInto('fhir_history')
    .columns(['tenant_id', 'resource_type', 'id', 'version_id', 'last_updated', 'deleted', 'content'])
    .expression(
      trx
        .selectFrom('fhir_resource')
        .select(['tenant_id', 'resource_type', 'id', 'version_id', 'last_updated', 'deleted', 'content'])
        .where('tenant_id', '=', tenantId)
        .where('resource_type', '=', resourceType)
        .where('id', '=', id),
    )
    .execute();
}

/** Removes a version's reference rows, one per (element, target) of its stored references, by primary key. */
async function deleteReferenceRows(trx: Kysely<Database>, tenantId: string, r: { type: string; id: string }, content: Record<string, unknown>): Promise<void> {
  const seen = new Set<string>();
  for (const found of findReferences(content)) {
    const target = parseRelativeReference(found.reference);
    if (!target) continue;
    const key = `${found.element}|${target.type}/${target.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await trx
      .deleteFrom('fhir_reference')
      .where('tenant_id', '=', tenantId)
      .where('target_id', '=', target.id)
      .where('target_type', '=', target.type)
      .where('resource_type', '=', r.type)
      .where('element', '=', found.element)
      .where('resource_id', '=', r.id)
      .execute();
  }
}

/**
 * Removes the index rows of resources' current versions; call it before their rows are replaced.
 * Token rows are removed by primary key from the keys the resource row lists (the token table has no
 * index by resource); rows stored without that list fall back to a scan of the type's token rows.
 */
export async function deleteIndexRows(trx: Kysely<Database>, tenantId: string, resources: { type: string; id: string }[]): Promise<void> {
  for (const r of resources) {
    const row = await trx.selectFrom('fhir_resource').select(['token_keys', 'content']).where('tenant_id', '=', tenantId).where('resource_type', '=', r.type).where('id', '=', r.id).executeTakeFirst();
    if (row) await deleteReferenceRows(trx, tenantId, r, JSON.parse(row.content) as Record<string, unknown>);
    if (row?.token_keys == null) {
      await trx.deleteFrom('fhir_token').where('tenant_id', '=', tenantId).where('resource_type', '=', r.type).where('resource_id', '=', r.id).execute();
      continue;
    }
    for (const [param, system, code] of JSON.parse(row.token_keys) as [string, string, string][]) {
      await trx
        .deleteFrom('fhir_token')
        .where('tenant_id', '=', tenantId)
        .where('resource_type', '=', r.type)
        .where('param', '=', param)
        .where('code', '=', code)
        .where('system', '=', system)
        .where('resource_id', '=', r.id)
        .execute();
    }
  }
  for (const table of ['fhir_date', 'fhir_string'] as const) {
    for (const r of resources) {
      await trx.deleteFrom(table).where('tenant_id', '=', tenantId).where('resource_type', '=', r.type).where('resource_id', '=', r.id).execute();
    }
  }
}

/** Turns a transaction or collection Bundle into write requests. */
export function requestsFromBundle(bundle: unknown): { type: 'transaction' | 'collection' | 'batch'; requests: WriteRequest[] } {
  if (bundle === null || typeof bundle !== 'object' || (bundle as Json).resourceType !== 'Bundle') {
    throw new GalenError('invalid_resource', 'expected a Bundle', { location: 'Bundle' });
  }
  const b = bundle as Bundle;
  if (b.type !== 'transaction' && b.type !== 'collection' && b.type !== 'batch') {
    throw new GalenError('invalid_resource', `Bundle.type "${String(b.type)}" cannot be stored; send a transaction or collection Bundle`, { location: 'Bundle.type' });
  }
  if (b.entry !== undefined && !Array.isArray(b.entry)) throw new GalenError('invalid_resource', 'Bundle.entry must be an array', { location: 'Bundle.entry' });
  const requests = (b.entry ?? []).map((entry: BundleEntry, i: number): WriteRequest => {
    const location = `Bundle.entry[${i}]`;
    if (!entry || typeof entry !== 'object' || !entry.resource) throw new GalenError('invalid_resource', 'entry has no resource', { location });
    const resource = entry.resource as unknown as Json & { resourceType: string };
    validateResource(resource, `${location}.resource`);
    if (b.type === 'collection') {
      return { mode: typeof resource.id === 'string' ? 'upsert' : 'create', resource, fullUrl: entry.fullUrl, location: `${location}.resource`, validated: true };
    }
    const method = entry.request?.method;
    if (method === 'POST') return { mode: 'create', resource, fullUrl: entry.fullUrl, ifNoneExist: entry.request?.ifNoneExist, location: `${location}.resource`, validated: true };
    if (method === 'PUT') {
      const url = entry.request?.url ?? '';
      const target = parseRelativeReference(url);
      if (!target || target.type !== resource.resourceType) {
        throw new GalenError('invalid_resource', `PUT url "${url}" must be ${resource.resourceType}/{id}`, { location: `${location}.request.url` });
      }
      if (resource.id !== undefined && resource.id !== target.id) {
        throw new GalenError('invalid_resource', `resource id ${String(resource.id)} does not match the PUT url ${url}`, { location: `${location}.resource.id` });
      }
      resource.id = target.id;
      return { mode: 'upsert', resource, fullUrl: entry.fullUrl, location: `${location}.resource`, validated: true };
    }
    throw new GalenError('invalid_resource', `entry.request.method must be POST or PUT, not ${String(method)}`, { location: `${location}.request.method` });
  });
  return { type: b.type, requests };
}

/** The transaction-response Bundle for stored entries. */
export function transactionResponse(outcomes: WriteOutcome[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: outcomes.map((o) => ({
      response: {
        status: o.status === 'created' ? '201 Created' : '200 OK',
        location: `${o.resourceType}/${o.id}/_history/${o.versionId}`,
        etag: `W/"${o.versionId}"`,
        lastModified: o.lastUpdated,
      },
    })),
  } as Bundle;
}

export type { Resource };
