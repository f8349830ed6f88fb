import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patient } from '@medplum/fhirtypes';
import { systemContext } from '../context.ts';
import { FhirStore } from '../fhir/index.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../store/testing.ts';
import { seedPopulation } from '../tenancy/demo.ts';
import { exportDeidentified } from './store-export.ts';

describe.each(testDialects)('de-identified export of a seeded population on %s', (dialect) => {
  let handle: TestDatabase;
  let fhir: FhirStore;
  const ctx = systemContext('export');
  const dirs: string[] = [];
  const out = () => {
    const dir = mkdtempSync(join(tmpdir(), 'galen-export-'));
    dirs.push(dir);
    return dir;
  };
  // Reproducible patient keys (drawn in patient order), so the surrogates in the export are the same on
  // every run: a chance surrogate equal to a real name would otherwise make the test flaky.
  let drawn = 0;
  const newKey = () => {
    drawn++;
    return { secret: createHash('sha256').update(`export-test-${drawn}`).digest('hex'), dateOffsetDays: 30 + drawn, surrogateId: `00000000-0000-4000-8000-${String(drawn).padStart(12, '0')}` };
  };
  const readAll = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ndjson')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
    fhir = new FhirStore(handle.db);
    await seedPopulation(fhir, ctx, { patients: 6, seed: 'export-test' });
  });
  afterAll(async () => {
    await handle.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('contains none of the patients’ names, MRNs, phones, emails, street addresses or full dates', async () => {
    const dir = out();
    const report = await exportDeidentified(handle.db, fhir, ctx, { out: dir, profile: 'safe-harbor', newKey });
    expect(report).toMatchObject({ profile: 'safe-harbor', safeHarbor: true, patients: 6 });
    const text = readAll(dir);
    const patients = (await fhir.search(ctx, 'Patient', { _count: '50' }, 'x')).entry!.map((e) => e.resource as Patient);
    for (const p of patients) {
      for (const name of p.name ?? []) {
        expect(text).not.toContain(name.family!);
        for (const given of name.given ?? []) if (given.length > 2) expect(text).not.toMatch(new RegExp(`\\b${given}\\b`));
      }
      for (const id of p.identifier ?? []) expect(text).not.toContain(id.value!);
      for (const t of p.telecom ?? []) expect(text).not.toContain(t.value!);
      for (const a of p.address ?? []) for (const line of a.line ?? []) expect(text).not.toContain(line);
      expect(text).not.toContain(p.birthDate!);
      expect(text).not.toContain(p.id!);
    }
    // No full date anywhere: Safe Harbor keeps only years.
    expect(text).not.toMatch(/"\d{4}-\d{2}-\d{2}/);
    expect(readFileSync(join(dir, 'REPORT.md'), 'utf8')).toContain('safe-harbor');
  });

  it('gives a patient the same surrogate in every export, from the protected link table', async () => {
    const a = out();
    const b = out();
    await exportDeidentified(handle.db, fhir, ctx, { out: a, profile: 'safe-harbor' });
    await exportDeidentified(handle.db, fhir, ctx, { out: b, profile: 'shifted' });
    const ids = (dir: string) => readFileSync(join(dir, 'Patient.ndjson'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as Patient).id).sort();
    expect(ids(a)).toEqual(ids(b));
    const links = await handle.db.selectFrom('deid_link').select(['real_ref', 'surrogate']).where('tenant_id', '=', ctx.tenantId).where('real_ref', 'like', 'Patient/%').execute();
    expect(links.map((l) => l.surrogate).sort()).toEqual(ids(a));
    const shifted = JSON.parse(readFileSync(join(b, 'report.json'), 'utf8'));
    expect(shifted.safeHarbor).toBe(false);
    expect(shifted.warning).toMatch(/NOT Safe Harbor/);
  });

  it('refuses anyone but an administrator', async () => {
    await expect(exportDeidentified(handle.db, fhir, { tenantId: ctx.tenantId, actor: { id: 'c', role: 'clinician' } }, { out: out(), profile: 'safe-harbor' })).rejects.toThrow(/administrator/);
  });
});
