import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, type RequestContext } from '../context.ts';
import { AuditLog } from '../audit/index.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../store/testing.ts';
import { loadCsvDataset } from './known-datasets.ts';
import { trainAndValidate } from './record.ts';
import { ModelRegistry } from './registry.ts';

const csv = join(import.meta.dirname, '../../../shared/data/uci-heart-disease/heart_disease_all_sites.csv');

describe.each(testDialects)('model registry on %s', (dialect) => {
  let handle: TestDatabase;
  let registry: ModelRegistry;
  let audit: AuditLog;
  const system = systemContext('ml');
  const as = (role: RequestContext['actor']['role']): RequestContext => ({ tenantId: 'ml', actor: { id: role, role } });
  const record = trainAndValidate(loadCsvDataset(csv, { name: 'cleveland', target: 'num', positive: '>0', where: { site: 'cleveland' }, drop: ['site', 'target_binary'] }), { name: 'heart', settings: { algorithm: 'logistic' }, folds: 3 });

  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
    audit = new AuditLog(handle.db);
    registry = new ModelRegistry(handle.db, (ctx, e) => audit.record(ctx, e));
  });
  afterAll(async () => handle.drop());

  it('versions every registered model and keeps its card', async () => {
    const v1 = await registry.register(as('data_scientist'), record);
    const v2 = await registry.register(as('data_scientist'), record);
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(v1.status).toBe('draft');
    const stored = await registry.record(system, 'heart', 1);
    expect(stored.record.data.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.cardMarkdown).toContain('Intended use');
    await expect(registry.register(as('clinician'), record)).rejects.toThrow(/cannot register/);
  });

  it('serves only deployed models, after a clinician’s sign-off', async () => {
    await expect(registry.predict(as('clinician'), 'heart', { age: 60 })).rejects.toThrow(/no deployed model/);
    await expect(registry.deploy(as('admin'), 'heart', 1)).rejects.toThrow(/only a validated model/);
    await expect(registry.validate(as('data_scientist'), 'heart', 1, 'me')).rejects.toThrow(/clinician or reviewer/);
    await registry.validate(as('clinician'), 'heart', 1, 'Dr. Chen');
    await expect(registry.deploy(as('clinician'), 'heart', 1)).rejects.toThrow(/administrator/);
    await registry.deploy(as('admin'), 'heart', 1);
    const p = await registry.predict(as('clinician'), 'heart', { age: 63, sex: 1, cp: 4, trestbps: 150, chol: 260, thalach: 120, exang: 1, oldpeak: 2.5 });
    expect(p.probability).toBeGreaterThan(0.5);
    expect(p.expectedLogOdds + p.contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(p.logOdds, 8);
    expect(p.missing).toEqual(expect.arrayContaining(['ca', 'thal']));
    // Deploying version 2 retires version 1.
    await registry.validate(as('reviewer'), 'heart', 2, 'Dr. Weiss');
    await registry.deploy(as('admin'), 'heart', 2);
    expect((await registry.get(system, 'heart', 1)).status).toBe('retired');
    expect((await registry.predict(as('clinician'), 'heart', { age: 50 })).version).toBe(2);
  });

  it('audits every change', async () => {
    const actions = (await audit.list('ml')).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['model.register', 'model.validate', 'model.deploy', 'model.predict']));
    expect((await audit.verify('ml')).ok).toBe(true);
  });
});
