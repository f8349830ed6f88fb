import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, type RequestContext } from '../context.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../store/testing.ts';
import { loadPack } from './pack.ts';
import { KnowledgeRepository } from './repository.ts';
import { KnowledgeService } from './service.ts';

const starter = join(import.meta.dirname, '../../knowledge/starter');
const pack = loadPack(starter);

describe.each(testDialects)('knowledge retrieval on %s', (dialect) => {
  let handle: TestDatabase;
  let service: KnowledgeService;
  const admin = systemContext('kb');
  const patient: RequestContext = { tenantId: 'kb', actor: { id: 'u', role: 'patient', patientId: 'p' } };

  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
    const repo = new KnowledgeRepository(handle.db);
    service = new KnowledgeService(handle.db, repo);
    await repo.importPack(admin, pack, starter);
  });
  afterAll(async () => handle.drop());

  it('gives patients nothing until articles are approved, then the right article first', async () => {
    expect(await service.retrieve(patient, 'what is a normal a1c')).toEqual([]);
    await service.repository.setReview(admin, 'all', { status: 'approved', reviewer: 'Dr. Demo' });
    // Right after the review the database's full-text index answers, within the same limits.
    const cold = await service.retrieve(patient, 'what is a normal a1c', { k: 5 });
    expect(cold.length).toBeGreaterThan(0);
    expect(cold.every((h) => h.passage.audience === 'patient' && h.passage.reviewStatus === 'approved')).toBe(true);
    expect(cold.map((h) => h.passage.articleId)).toContain('hemoglobin-a1c-test');
    await service.ready(patient, { audience: 'patient', statuses: ['approved'] });
    const hits = await service.retrieve(patient, 'what is a normal a1c', { k: 5 });
    expect(hits[0]!.passage.articleId).toBe('hemoglobin-a1c-test');
    expect(hits.every((h) => h.passage.audience === 'patient' && h.passage.reviewStatus === 'approved')).toBe(true);
  });

  it('maps lay words to clinical terms through the vocabulary', async () => {
    const hits = await service.retrieve(patient, 'signs of a heart attack', { k: 5 });
    expect(hits.map((h) => h.passage.articleId)).toContain('heart-attack-warning-signs');
    const pills = await service.retrieve(patient, 'side effects of water pills', { k: 5 });
    expect(pills[0]!.passage.articleId).toBe('diuretics');
  });

  it('serves clinicians the clinician summaries when asked', async () => {
    await service.ready(admin, { audience: 'clinician', statuses: ['approved'] });
    const hits = await service.retrieve(admin, 'statin primary prevention 10-year risk', { audience: 'clinician', k: 3 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.passage.audience === 'clinician')).toBe(true);
  });
});
