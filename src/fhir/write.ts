import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import { GalenError } from '../errors/index.ts';
import type { Database } from '../store/index.ts';
import { insertInChunks } from '../store/index.ts';
import { uuidv7 } from './ids.ts';
import { findReferences, parseConditionalReference, parseRelativeReference } from './references.ts';
import { extractIndexRows } from './search-params.ts';
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

interface Planned {
  request: WriteRequest;
  id: string;
  versionId: number;
  status: WriteOutcome['status'];
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

/**
 * Stores many request sets (Bundles, files) in few transactions: each set inside its own savepoint,
 * so every set is still stored whole or not at all, while commits — the costly part of small
 * transactions — happen once per `batchResources` resources. When a set fails, the sets before it
 * are committed and the error is thrown with the failing set's index.
 */
export async function writeSets(
  db: Kysely<Database>,
  tenantId: string,
  sets: Iterable<WriteRequest[]> | AsyncIterable<WriteRequest[]>,
  options: { batchResources?: number; onStored?: (outcomes: WriteOutcome[], index: number) => void } = {},
): Promise<void> {
  const batch = options.batchResources ?? 20_000;
  let trx: ControlledTransaction<Database> | undefined;
  // Conditional references (Practitioner?identifier=...) resolve the same way for every set of one
  // bulk write; nothing in it deletes or re-identifies what they point to.
  const resolvedConditionals = new Map<string, string>();
  let pending = 0;
  let index = 0;
  try {
    for await (const requests of sets) {
      for (const r of requests) if (!r.validated) validateResource(r.resource, r.location);
      trx ??= await db.startTransaction().execute();
      const savepoint = await trx.savepoint('galen_set').execute();
      try {
        const outcomes = await writeInTransaction(savepoint, tenantId, requests, resolvedConditionals);
        await savepoint.releaseSavepoint('galen_set').execute();
        options.onStored?.(outcomes, index);
      } catch (error) {
        await savepoint.rollbackToSavepoint('galen_set').execute();
        if (error instanceof GalenError) (error as { setIndex?: number }).setIndex = index;
        throw error;
      }
      index++;
      pending += requests.length;
      if (pending >= batch) {
        await trx.commit().execute();
        trx = undefined;
        pending = 0;
      }
    }
  } finally {
    if (trx) await trx.commit().execute();
  }
}

async function writeInTransaction(trx: Transaction<Database>, tenantId: string, requests: WriteRequest[], resolved: Map<string, string> = new Map()): Promise<WriteOutcome[]> {
  const now = new Date().toISOString();
  const planned = await plan(trx, tenantId, requests);

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

  const toCheck = new Map<string, string>(); // "Type/id" → location, for references outside the set
  const conditional = resolved; // conditional reference → resolved "Type/id" (shared across the sets of one bulk write)
  const referenceRows: { resource_type: string; resource_id: string; element: string; target_type: string; target_id: string; tenant_id: string }[] = [];

  const writes = planned.filter((p) => p.status !== 'exists');
  for (const p of writes) {
    const resource = p.request.resource;
    const indexed = new Set<string>();
    for (const found of findReferences(resource)) {
      let target = addressOf.get(found.reference);
      if (!target) {
        const cond = parseConditionalReference(found.reference);
        if (cond) {
          target = conditional.get(found.reference) ?? (await resolveConditional(trx, tenantId, cond, found.reference, p.request.location));
          conditional.set(found.reference, target);
        } else if (found.reference.startsWith('urn:uuid:') || found.reference.startsWith('urn:oid:')) {
          throw new GalenError('unresolved_reference', `reference ${found.reference} does not match any entry's fullUrl`, { location: `${p.request.location}.${found.element}` });
        } else if (parseRelativeReference(found.reference)) {
          const parsed = parseRelativeReference(found.reference)!;
          target = `${parsed.type}/${parsed.id}`;
          if (!inSet.has(target)) toCheck.set(target, `${p.request.location}.${found.element}`);
        } else {
          continue; // absolute URLs to other servers and #contained references are kept as they are
        }
      }
      found.holder.reference = target;
      const slash = target.indexOf('/');
      // One index row per (element, target): a resource may cite the same encounter many times.
      const key = `${found.element}|${target}`;
      if (indexed.has(key)) continue;
      indexed.add(key);
      referenceRows.push({ tenant_id: tenantId, resource_type: resource.resourceType, resource_id: p.id, element: found.element, target_type: target.slice(0, slash), target_id: target.slice(slash + 1) });
    }
  }
  await checkExisting(trx, tenantId, toCheck);

  const updatedIds = writes.filter((p) => p.status === 'updated');
  if (updatedIds.length > 0) await deleteIndexRows(trx, tenantId, updatedIds.map((p) => ({ type: p.request.resource.resourceType, id: p.id })));

  const resourceRows = [];
  const tokenRows = [];
  const dateRows = [];
  const stringRows = [];
  for (const p of writes) {
    const resource = p.request.resource;
    resource.id = p.id;
    resource.meta = { ...((resource.meta as Json | undefined) ?? {}), versionId: String(p.versionId), lastUpdated: now };
    const row = { tenant_id: tenantId, resource_type: resource.resourceType, id: p.id, version_id: p.versionId, last_updated: now, deleted: 0, content: JSON.stringify(resource) };
    resourceRows.push(row);
    const index = extractIndexRows(resource);
    for (const t of index.tokens) tokenRows.push({ tenant_id: tenantId, resource_type: resource.resourceType, resource_id: p.id, ...t });
    for (const d of index.dates) dateRows.push({ tenant_id: tenantId, resource_type: resource.resourceType, resource_id: p.id, ...d });
    for (const s of index.strings) stringRows.push({ tenant_id: tenantId, resource_type: resource.resourceType, resource_id: p.id, ...s });
  }

  const created = resourceRows.filter((_, i) => writes[i]!.status === 'created');
  const updated = resourceRows.filter((_, i) => writes[i]!.status === 'updated');
  await insertInChunks(trx, 'fhir_resource', created);
  for (const row of updated) {
    await archiveCurrentVersion(trx, tenantId, row.resource_type, row.id);
    await trx
      .updateTable('fhir_resource')
      .set({ version_id: row.version_id, last_updated: row.last_updated, deleted: 0, content: row.content })
      .where('tenant_id', '=', tenantId)
      .where('resource_type', '=', row.resource_type)
      .where('id', '=', row.id)
      .execute();
  }
  await insertInChunks(trx, 'fhir_token', tokenRows);
  await insertInChunks(trx, 'fhir_date', dateRows);
  await insertInChunks(trx, 'fhir_string', stringRows);
  await insertInChunks(trx, 'fhir_reference', referenceRows);

  return planned.map((p) => ({
    resourceType: p.request.resource.resourceType,
    id: p.id,
    versionId: p.versionId,
    lastUpdated: p.status === 'exists' ? String((p.request.resource.meta as Json | undefined)?.lastUpdated ?? now) : now,
    status: p.status,
  }));
}

/** Decides each request's id and version: new ids for creates, next versions for updates. */
async function plan(trx: Transaction<Database>, tenantId: string, requests: WriteRequest[]): Promise<Planned[]> {
  const upserts = requests.filter((r) => r.mode === 'upsert');
  const current = new Map<string, number>();
  for (const type of new Set(upserts.map((r) => r.resource.resourceType))) {
    const ids = upserts.filter((r) => r.resource.resourceType === type).map((r) => String(r.resource.id));
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await trx
        .selectFrom('fhir_resource')
        .select(['id', 'version_id'])
        .where('tenant_id', '=', tenantId)
        .where('resource_type', '=', type)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) current.set(`${type}/${row.id}`, Number(row.version_id));
    }
  }
  const seen = new Set<string>();
  const planned: Planned[] = [];
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
  const byType = new Map<string, string[]>();
  for (const key of targets.keys()) {
    const [type, id] = key.split('/') as [string, string];
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  for (const [type, ids] of byType) {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await trx
        .selectFrom('fhir_resource')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('resource_type', '=', type)
        .where('id', 'in', ids.slice(i, i + 500))
        .where('deleted', '=', 0)
        .execute();
      for (const r of rows) found.add(r.id);
    }
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) {
      const key = `${type}/${missing}`;
      throw new GalenError('unresolved_reference', `reference ${key} resolves to nothing`, { location: targets.get(key) });
    }
  }
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

export async function deleteIndexRows(trx: Kysely<Database>, tenantId: string, resources: { type: string; id: string }[]): Promise<void> {
  for (const table of ['fhir_token', 'fhir_date', 'fhir_string', 'fhir_reference'] as const) {
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
