import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import type { Database } from '../store/index.ts';
import { findReferences, parseRelativeReference } from './references.ts';
import { isR4ResourceType } from './resource-types.ts';
import { search, type SearchQuery } from './search.ts';
import { archiveCurrentVersion, deleteIndexRows, requestsFromBundle, transactionResponse, writeResources, type WriteOutcome, type WriteRequest } from './write.ts';
import { writeSets, writeSources } from './bulk-write.ts';
import type { WriteSource } from './ingest.ts';
import { validateResource } from './validate.ts';

const writerRoles = new Set(['clinician', 'admin', 'system']);
/** What `$everything` adds from outside the patient's compartment: who and where care came from, and medicines. */
const includedTypes: ReadonlySet<string> = new Set(['Practitioner', 'Organization', 'Location', 'Medication', 'PractitionerRole']);
const readerRoles = new Set(['clinician', 'admin', 'system', 'patient']);

/**
 * The FHIR R4 record store of one database. Every method takes the request context: queries are
 * confined to its institution, patients to their own compartment, and roles are checked here so
 * the CLI and the HTTP server enforce the same rules.
 */
export class FhirStore {
  constructor(readonly db: Kysely<Database>) {}

  async create(ctx: RequestContext, resource: unknown): Promise<Resource> {
    this.requireWriter(ctx);
    validateResource(resource);
    const [outcome] = await writeResources(this.db, ctx.tenantId, [{ mode: 'create', resource, location: resource.resourceType }]);
    return this.read(ctx, outcome!.resourceType, outcome!.id);
  }

  async update(ctx: RequestContext, resourceType: string, id: string, resource: unknown): Promise<{ resource: Resource; created: boolean }> {
    this.requireWriter(ctx);
    validateResource(resource);
    if (resource.resourceType !== resourceType) throw new GalenError('invalid_resource', `body is a ${resource.resourceType}, the URL names ${resourceType}`, { location: 'resourceType' });
    if (resource.id !== undefined && resource.id !== id) throw new GalenError('invalid_resource', `body id ${String(resource.id)} does not match the URL id ${id}`, { location: 'id' });
    resource.id = id;
    const [outcome] = await writeResources(this.db, ctx.tenantId, [{ mode: 'upsert', resource, location: resourceType }]);
    return { resource: await this.read(ctx, resourceType, id), created: outcome!.status === 'created' };
  }

  /** Stores a transaction or collection Bundle atomically and answers with the response Bundle. */
  async transaction(ctx: RequestContext, bundle: unknown): Promise<Bundle> {
    this.requireWriter(ctx);
    const { requests } = requestsFromBundle(bundle);
    return transactionResponse(await writeResources(this.db, ctx.tenantId, requests));
  }

  /** Stores prepared write requests atomically (used by file ingest). */
  async write(ctx: RequestContext, requests: WriteRequest[]): Promise<WriteOutcome[]> {
    this.requireWriter(ctx);
    return writeResources(this.db, ctx.tenantId, requests);
  }

  /**
   * Stores many request sets (one per Bundle or file) with each set atomic, committing in batches:
   * the bulk path of ingest and seeding.
   */
  async writeSets(ctx: RequestContext, sets: Iterable<WriteRequest[]> | AsyncIterable<WriteRequest[]>, onStored?: (outcomes: WriteOutcome[], index: number) => void): Promise<void> {
    this.requireWriter(ctx);
    await writeSets(this.db, ctx.tenantId, sets, { onStored });
  }

  /**
   * Stores many sources (Bundle JSON, NDJSON files), each atomic, committing in batches; worker
   * threads parse and prepare the next sources while this thread stores the current one.
   */
  async writeSources(ctx: RequestContext, sources: Iterable<WriteSource> | AsyncIterable<WriteSource>, onStored?: (outcomes: WriteOutcome[], index: number) => void, options: { workers?: number } = {}): Promise<void> {
    this.requireWriter(ctx);
    await writeSources(this.db, ctx.tenantId, sources, { onStored, workers: options.workers });
  }

  async read(ctx: RequestContext, resourceType: string, id: string): Promise<Resource> {
    this.requireReader(ctx, resourceType);
    const row = await this.db
      .selectFrom('fhir_resource')
      .select(['content', 'deleted'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('resource_type', '=', resourceType)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new GalenError('not_found', `${resourceType}/${id} not found`);
    await this.requireInCompartment(ctx, resourceType, id);
    if (Number(row.deleted) === 1) throw new GalenError('gone', `${resourceType}/${id} was deleted`);
    return JSON.parse(row.content) as Resource;
  }

  async vread(ctx: RequestContext, resourceType: string, id: string, versionId: string): Promise<Resource> {
    this.requireReader(ctx, resourceType);
    const version = Number(versionId);
    if (!Number.isInteger(version) || version < 1) throw new GalenError('invalid_input', `version "${versionId}" is not a version number`);
    const row = (await this.versions(ctx, resourceType, id)).find((r) => Number(r.version_id) === version);
    if (!row) throw new GalenError('not_found', `${resourceType}/${id}/_history/${versionId} not found`);
    await this.requireInCompartment(ctx, resourceType, id);
    if (Number(row.deleted) === 1) throw new GalenError('gone', `${resourceType}/${id} version ${versionId} is a deletion`);
    return JSON.parse(row.content) as Resource;
  }

  /** Every version of one resource, newest first, as a history Bundle. */
  async history(ctx: RequestContext, resourceType: string, id: string, baseUrl: string): Promise<Bundle> {
    this.requireReader(ctx, resourceType);
    const rows = await this.versions(ctx, resourceType, id);
    if (rows.length === 0) throw new GalenError('not_found', `${resourceType}/${id} not found`);
    await this.requireInCompartment(ctx, resourceType, id);
    return {
      resourceType: 'Bundle',
      type: 'history',
      total: rows.length,
      entry: rows.map((r) => ({
        fullUrl: `${baseUrl}/${resourceType}/${id}`,
        ...(Number(r.deleted) === 1 ? {} : { resource: JSON.parse(r.content) as Resource }),
        request: { method: Number(r.deleted) === 1 ? 'DELETE' : Number(r.version_id) === 1 ? 'POST' : 'PUT', url: `${resourceType}/${id}` },
        response: { status: Number(r.deleted) === 1 ? '204' : Number(r.version_id) === 1 ? '201' : '200', lastModified: r.last_updated, etag: `W/"${r.version_id}"` },
      })),
    } as Bundle;
  }

  /** Every version of one resource, newest first: the current row and the superseded ones. */
  private async versions(ctx: RequestContext, resourceType: string, id: string): Promise<{ content: string; version_id: number; deleted: number; last_updated: string }[]> {
    const pick = ['content', 'version_id', 'deleted', 'last_updated'] as const;
    const current = await this.db.selectFrom('fhir_resource').select(pick).where('tenant_id', '=', ctx.tenantId).where('resource_type', '=', resourceType).where('id', '=', id).execute();
    const older = await this.db.selectFrom('fhir_history').select(pick).where('tenant_id', '=', ctx.tenantId).where('resource_type', '=', resourceType).where('id', '=', id).execute();
    return [...current, ...older].sort((a, b) => Number(b.version_id) - Number(a.version_id));
  }

  async delete(ctx: RequestContext, resourceType: string, id: string): Promise<void> {
    this.requireWriter(ctx);
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('fhir_resource')
        .select(['version_id', 'deleted', 'content'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('resource_type', '=', resourceType)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row || Number(row.deleted) === 1) return;
      const now = new Date().toISOString();
      const version = Number(row.version_id) + 1;
      await deleteIndexRows(trx, ctx.tenantId, [{ type: resourceType, id }]);
      await archiveCurrentVersion(trx, ctx.tenantId, resourceType, id);
      await trx.updateTable('fhir_resource').set({ version_id: version, deleted: 1, last_updated: now, token_keys: '[]' }).where('tenant_id', '=', ctx.tenantId).where('resource_type', '=', resourceType).where('id', '=', id).execute();
    });
  }

  async search(ctx: RequestContext, resourceType: string, query: SearchQuery, baseUrl: string): Promise<Bundle> {
    this.requireReader(ctx, resourceType);
    return search(this.db, ctx, resourceType, query, { baseUrl });
  }

  /**
   * Patient/{id}/$everything: the Patient, every resource that refers to it (its compartment), and
   * the resources those refer to outside it (practitioners, organizations, locations, medications).
   */
  async everything(ctx: RequestContext, patientId: string, baseUrl: string): Promise<Bundle> {
    const patient = await this.read(ctx, 'Patient', patientId);
    // Look the compartment up through the reference index (by target), then fetch those resources
    // by primary key: two indexed lookups instead of a correlated scan of the resource table.
    const members = await this.db
      .selectFrom('fhir_reference')
      .select(['resource_type', 'resource_id'])
      .distinct()
      .where('tenant_id', '=', ctx.tenantId)
      .where('target_id', '=', patientId)
      .where('target_type', '=', 'Patient')
      .execute();
    const memberIds = new Map<string, Set<string>>();
    for (const m of members) memberIds.set(m.resource_type, (memberIds.get(m.resource_type) ?? new Set()).add(m.resource_id));
    const compartment = await this.fetchByIds(ctx, memberIds);
    const included = new Set([`Patient/${patientId}`, ...compartment.map((r) => `${r.resourceType}/${r.id}`)]);
    // What the record refers to outside the compartment, read from the resources themselves (the
    // reference index is keyed by target, not by the resource that holds the reference).
    const outside = new Map<string, Set<string>>();
    for (const resource of [patient, ...compartment]) {
      for (const found of findReferences(resource as unknown as Record<string, unknown>)) {
        const target = parseRelativeReference(found.reference);
        if (!target || !includedTypes.has(target.type)) continue;
        const key = `${target.type}/${target.id}`;
        if (included.has(key)) continue;
        included.add(key);
        outside.set(target.type, (outside.get(target.type) ?? new Set()).add(target.id));
      }
    }
    const extra = await this.fetchByIds(ctx, outside);
    const matched: Resource[] = [patient, ...compartment];
    const resources = [...matched, ...extra];
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      total: resources.length,
      link: [{ relation: 'self', url: `${baseUrl}/Patient/${patientId}/$everything` }],
      entry: resources.map((resource) => ({ fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`, resource, search: { mode: matched.includes(resource) ? 'match' : 'include' } })),
    } as Bundle;
  }

  /** Current, non-deleted resources by type and id, in type then id order. */
  private async fetchByIds(ctx: RequestContext, ids: Map<string, Set<string>>): Promise<Resource[]> {
    const out: Resource[] = [];
    for (const type of [...ids.keys()].sort()) {
      const list = [...ids.get(type)!].sort();
      for (let i = 0; i < list.length; i += 500) {
        const rows = await this.db.selectFrom('fhir_resource').select('content').where('tenant_id', '=', ctx.tenantId).where('resource_type', '=', type).where('id', 'in', list.slice(i, i + 500)).where('deleted', '=', 0).orderBy('id').execute();
        for (const r of rows) out.push(JSON.parse(r.content) as Resource);
      }
    }
    return out;
  }

  /** Ids of the institution's patients in id (creation) order: what panels, exports and cohorts iterate. */
  async patientIds(ctx: RequestContext): Promise<string[]> {
    this.requireReader(ctx, 'Patient');
    if (ctx.actor.role === 'patient') return ctx.actor.patientId ? [ctx.actor.patientId] : [];
    const rows = await this.db.selectFrom('fhir_resource').select('id').where('tenant_id', '=', ctx.tenantId).where('resource_type', '=', 'Patient').where('deleted', '=', 0).orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  /** A patient's record as a plain list of resources (Patient/$everything without the Bundle). */
  async patientRecord(ctx: RequestContext, patientId: string, options: { withReferenced?: boolean } = {}): Promise<Resource[]> {
    const bundle = await this.everything(ctx, patientId, 'galen:fhir/R4');
    return (bundle.entry ?? []).filter((e) => options.withReferenced !== false || e.search?.mode !== 'include').map((e) => e.resource!);
  }

  /** Counts of stored resources by type (current versions, not deleted). */
  async countsByType(ctx: RequestContext): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('fhir_resource')
      .select(['resource_type', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', ctx.tenantId)
      .where('deleted', '=', 0)
      .groupBy('resource_type')
      .orderBy('resource_type')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.resource_type, Number(r.n)]));
  }

  private requireWriter(ctx: RequestContext): void {
    if (!writerRoles.has(ctx.actor.role)) throw new GalenError('forbidden', `the ${ctx.actor.role} role cannot change patient records`);
  }

  private requireReader(ctx: RequestContext, resourceType: string): void {
    if (!isR4ResourceType(resourceType)) throw new GalenError('unknown_resource_type', `unknown resource type "${resourceType}"`);
    if (!readerRoles.has(ctx.actor.role)) throw new GalenError('forbidden', `the ${ctx.actor.role} role cannot read identified patient records`);
  }

  /** Patients reach only their own record; others' resources answer 404 so their existence is not revealed. */
  private async requireInCompartment(ctx: RequestContext, resourceType: string, id: string): Promise<void> {
    if (ctx.actor.role !== 'patient') return;
    const own = ctx.actor.patientId;
    if (own && resourceType === 'Patient' && id === own) return;
    if (own) {
      const link = await this.db
        .selectFrom('fhir_reference')
        .select('resource_id')
        .where('tenant_id', '=', ctx.tenantId)
        .where('resource_type', '=', resourceType)
        .where('resource_id', '=', id)
        .where('target_type', '=', 'Patient')
        .where('target_id', '=', own)
        .executeTakeFirst();
      if (link) return;
    }
    throw new GalenError('not_found', `${resourceType}/${id} not found`);
  }
}

