import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '@medplum/fhirtypes';
import { systemContext } from '../context.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../store/testing.ts';
import { ingestFiles } from './ingest.ts';
import { FhirStore } from './store.ts';

/** Every Synthea R4 bundle in the shared data set ingests whole, with every reference resolved. */
const dir = join(import.meta.dirname, '../../../shared/data/synthea-fhir-r4-bundles/bundles');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));

function expectedCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of files) {
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
    for (const e of bundle.entry ?? []) counts[e.resource!.resourceType] = (counts[e.resource!.resourceType] ?? 0) + 1;
  }
  return counts;
}

describe.each(testDialects)('Synthea bundles on %s', (dialect) => {
  let handle: TestDatabase;
  const ctx = systemContext('synthea');
  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
  });
  afterAll(async () => handle.drop());

  it('ingests all 48 bundles with every resource stored and every reference resolved', async () => {
    expect(files).toHaveLength(48);
    const store = new FhirStore(handle.db);
    const summary = await ingestFiles(store, ctx, files);
    const expected = expectedCounts();
    expect(summary.byType).toEqual(Object.fromEntries(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b))));
    expect(await store.countsByType(ctx)).toEqual(summary.byType);
    // No reference is left pointing at a bundle-local urn:uuid, and every target exists.
    const dangling = await handle.db
      .selectFrom('fhir_reference')
      .leftJoin('fhir_resource', (j) => j.onRef('fhir_resource.tenant_id', '=', 'fhir_reference.tenant_id').onRef('fhir_resource.resource_type', '=', 'fhir_reference.target_type').onRef('fhir_resource.id', '=', 'fhir_reference.target_id'))
      .select(['fhir_reference.target_type', 'fhir_reference.target_id'])
      .where('fhir_reference.tenant_id', '=', ctx.tenantId)
      .where('fhir_resource.id', 'is', null)
      .execute();
    expect(dangling).toEqual([]);
    const rows = await handle.db.selectFrom('fhir_resource').select('content').where('tenant_id', '=', ctx.tenantId).where('content', 'like', '%"reference":"urn:uuid:%').limit(1).execute();
    expect(rows).toEqual([]);
    // Each patient's record is reachable through $everything.
    const patients = await store.search(ctx, 'Patient', { _count: '100' }, 'http://x');
    expect(patients.total).toBe(48);
  });
});
