import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { systemContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../store/testing.ts';
import { generateDirectory, generatePopulation } from '../synth/index.ts';
import type { WriteSource } from './ingest.ts';
import { parseRelativeReference } from './references.ts';
import { FhirStore } from './store.ts';
import { requestsFromBundle } from './write.ts';

const ctx = systemContext('bulk-test');
const tables = ['fhir_resource', 'fhir_history', 'fhir_token', 'fhir_date', 'fhir_string', 'fhir_reference'] as const;

function populationTexts(patients: number): string[] {
  const options = { patients, seed: 'bulk-write-test' };
  return [JSON.stringify(generateDirectory(options)), ...[...generatePopulation(options)].map((r) => JSON.stringify(r.bundle))];
}

const jsonSources = (texts: string[]): WriteSource[] => texts.map((text, i) => ({ format: 'json', location: `bundle ${i}`, text }));

async function rowCounts(handle: TestDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t)}`.execute(handle.db);
    counts[t] = Number(rows[0]!.n);
  }
  return counts;
}

/** Every reference in every stored resource names a stored resource: nothing is left unresolved. */
async function unresolvedReferences(handle: TestDatabase): Promise<string[]> {
  const rows = await handle.db.selectFrom('fhir_resource').select(['resource_type', 'id', 'content']).execute();
  const stored = new Set(rows.map((r) => `${r.resource_type}/${r.id}`));
  const missing: string[] = [];
  for (const row of rows) {
    for (const m of row.content.matchAll(/"reference":"([^"]*)"/g)) {
      const parsed = parseRelativeReference(m[1]!);
      if (!parsed || !stored.has(`${parsed.type}/${parsed.id}`)) missing.push(`${row.resource_type}/${row.id} → ${m[1]}`);
    }
  }
  return missing;
}

const ndjson = (resources: object[]) => resources.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe.each(testDialects)('bulk writes of sources on %s', (dialect) => {
  let handle: TestDatabase | undefined;
  afterEach(async () => {
    await handle?.drop();
    handle = undefined;
  });

  it('stores a population prepared in worker threads exactly as the writer alone stores it', async () => {
    const texts = populationTexts(6);
    const counts: Record<string, number>[] = [];
    for (const path of ['worker threads', 'inline', 'request sets'] as const) {
      handle = await openTestDatabase(dialect);
      const store = new FhirStore(handle.db);
      let stored = 0;
      if (path === 'request sets') {
        await store.writeSets(ctx, texts.map((t) => requestsFromBundle(JSON.parse(t)).requests));
      } else {
        await store.writeSources(ctx, jsonSources(texts), (outcomes) => { stored += outcomes.length; }, { workers: path === 'worker threads' ? 1 : 0 });
        expect(stored).toBeGreaterThan(500);
      }
      expect(await unresolvedReferences(handle)).toEqual([]);
      counts.push(await rowCounts(handle));
      await handle.drop();
      handle = undefined;
    }
    expect(counts[0]).toEqual(counts[2]);
    expect(counts[1]).toEqual(counts[2]);
    expect(counts[0]!.fhir_reference).toBeGreaterThan(counts[0]!.fhir_resource);
  });

  it('stores NDJSON again as new versions of the stored resources, with the old ones in history', async () => {
    handle = await openTestDatabase(dialect);
    const store = new FhirStore(handle.db);
    const patient = { resourceType: 'Patient', id: 'bulk-p1', name: [{ family: 'Okafor', given: ['Ada'] }], gender: 'female' };
    const observation = { resourceType: 'Observation', id: 'bulk-o1', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] }, subject: { reference: 'Patient/bulk-p1' } };
    const first: WriteSource = { format: 'ndjson', location: 'export-1.ndjson', bytes: Buffer.from(ndjson([patient, observation])) };
    const second: WriteSource = { format: 'ndjson', location: 'export-2.ndjson', text: ndjson([{ ...patient, gender: 'other' }]) };
    const statuses: string[] = [];
    await store.writeSources(ctx, [first, second], (outcomes) => statuses.push(...outcomes.map((o) => o.status)), { workers: 1 });
    expect(statuses).toEqual(['created', 'created', 'updated']);
    const current = await store.read(ctx, 'Patient', 'bulk-p1');
    expect(current.meta?.versionId).toBe('2');
    expect((current as { gender?: string }).gender).toBe('other');
    const history = await store.history(ctx, 'Patient', 'bulk-p1', 'http://test');
    expect(history.entry?.map((e) => e.response?.etag)).toEqual(['W/"2"', 'W/"1"']);
  });

  it('stores a failing source not at all, keeps the sources before it and says which one failed', async () => {
    handle = await openTestDatabase(dialect);
    const store = new FhirStore(handle.db);
    const texts = populationTexts(3);
    const broken = JSON.parse(texts[2]!) as { entry: { resource: { subject?: { reference: string } } }[] };
    const withSubject = broken.entry.find((e) => e.resource.subject)!;
    withSubject.resource.subject = { reference: 'urn:uuid:00000000-0000-0000-0000-000000000000' };
    const sources = jsonSources([texts[0]!, texts[1]!, JSON.stringify(broken), texts[3]!]);
    const error = await store.writeSources(ctx, sources, undefined, { workers: 1 }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GalenError);
    expect((error as GalenError).code).toBe('unresolved_reference');
    expect((error as { setIndex?: number }).setIndex).toBe(2);
    const patients = await handle.db.selectFrom('fhir_resource').select('id').where('resource_type', '=', 'Patient').execute();
    expect(patients).toHaveLength(1); // the first patient's Bundle; the directory holds no patients
  });

  it('refuses malformed JSON in a source with its location', async () => {
    handle = await openTestDatabase(dialect);
    const store = new FhirStore(handle.db);
    const error = await store.writeSources(ctx, [{ format: 'json', location: 'bad.json', text: '{"resourceType": "Bundle", ' }], undefined, { workers: 1 }).then(() => undefined, (e: unknown) => e);
    expect((error as GalenError).code).toBe('invalid_json');
    expect((error as GalenError).location).toBe('bad.json');
  });

  it('indexes a target cited twice in one element, by id and by identifier, once', async () => {
    handle = await openTestDatabase(dialect);
    const store = new FhirStore(handle.db);
    const practitioner = { resourceType: 'Practitioner', id: 'bulk-dr', identifier: [{ system: 'urn:test:npi', value: '123' }], name: [{ family: 'Mensah' }] };
    const encounter = {
      resourceType: 'Encounter',
      id: 'bulk-enc',
      status: 'finished',
      class: { code: 'AMB' },
      participant: [{ individual: { reference: 'Practitioner/bulk-dr' } }, { individual: { reference: 'Practitioner?identifier=urn:test:npi|123' } }],
    };
    await store.writeSources(ctx, [
      { format: 'ndjson', location: 'practitioners.ndjson', text: ndjson([practitioner]) },
      { format: 'ndjson', location: 'encounters.ndjson', text: ndjson([encounter]) },
    ], undefined, { workers: 1 });
    const rows = await handle.db.selectFrom('fhir_reference').select(['element', 'target_type', 'target_id']).where('resource_id', '=', 'bulk-enc').execute();
    expect(rows).toEqual([{ element: 'participant', target_type: 'Practitioner', target_id: 'bulk-dr' }]);
    const stored = await store.read(ctx, 'Encounter', 'bulk-enc');
    expect(JSON.stringify(stored)).not.toContain('?identifier');
  });

  it('plans conditional creates against the database: the second source finds what the first stored', async () => {
    handle = await openTestDatabase(dialect);
    const store = new FhirStore(handle.db);
    const organization = (name: string) => JSON.stringify({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ fullUrl: 'urn:uuid:org', resource: { resourceType: 'Organization', name, identifier: [{ system: 'urn:test:org', value: 'clinic-1' }] }, request: { method: 'POST', url: 'Organization', ifNoneExist: 'identifier=urn:test:org|clinic-1' } }],
    });
    const statuses: string[] = [];
    await store.writeSources(ctx, jsonSources([organization('First'), organization('Second')]), (o) => statuses.push(...o.map((x) => x.status)), { workers: 1 });
    expect(statuses).toEqual(['created', 'exists']);
    const stored = await handle.db.selectFrom('fhir_resource').select('content').where('resource_type', '=', 'Organization').execute();
    expect(stored.map((r) => (JSON.parse(r.content) as { name: string }).name)).toEqual(['First']);
  });
});

describe('bulk writes on SQLite', () => {
  it('leave the write-ahead log copied into the database and the writer\'s own checkpoints switched back on', async () => {
    const handle = await openTestDatabase('sqlite');
    try {
      const connection = handle.sqlite!;
      const before = Number(connection.pragma('wal_autocheckpoint', { simple: true }));
      await new FhirStore(handle.db).writeSources(ctx, jsonSources(populationTexts(4)), undefined, { workers: 0 });
      expect(Number(connection.pragma('wal_autocheckpoint', { simple: true }))).toBe(before);
      const [status] = connection.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
      expect(status!.log).toBeGreaterThan(0);
      expect(status!.checkpointed).toBe(status!.log);
    } finally {
      await handle.drop();
    }
  });
});
