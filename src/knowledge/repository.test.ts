import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, type RequestContext } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../store/testing.ts';
import { loadPack, packFromArticles } from './pack.ts';
import { KnowledgeRepository } from './repository.ts';

const fixturePack = join(import.meta.dirname, 'fixtures/pack');

describe.each(testDialects)('knowledge repository on %s', (dialect) => {
  let handle: TestDatabase;
  let kb: KnowledgeRepository;
  const ctx = systemContext('kb-a');
  const patient: RequestContext = { tenantId: 'kb-a', actor: { id: 'p', role: 'patient', patientId: 'x' } };

  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
    kb = new KnowledgeRepository(handle.db);
  });
  afterAll(async () => handle.drop());

  it('imports a pack as one snapshot and finds passages by full text', async () => {
    const pack = loadPack(fixturePack);
    const summary = await kb.importPack(ctx, pack, fixturePack);
    expect(summary).toMatchObject({ articles: pack.articles.length, added: pack.articles.length, changed: 0 });
    expect(summary.passages).toBe(pack.passages.length);
    const hits = await kb.fullText(ctx, ['blood', 'pressure'], { statuses: ['draft', 'approved'] }, 5);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.text.toLowerCase()).toMatch(/blood pressure|hypertension/);
    expect(hits[0]!.citations.length).toBeGreaterThan(0);
  });

  it('re-importing unchanged content keeps approvals; changed content goes back to its file’s review state', async () => {
    await kb.setReview(ctx, 'all', { status: 'approved', reviewer: 'Dr. Reviewer' });
    const pack = loadPack(fixturePack);
    const again = await kb.importPack(ctx, pack, fixturePack);
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: pack.articles.length });
    const stats = await kb.stats(ctx);
    expect(stats.articles.patient?.approved).toBe(pack.articles.filter((a) => a.audience === 'patient').length);
    const edited = pack.articles.map((a) => (a.id === 'hypertension' ? { ...a, body: `${a.body}\n\nAn added paragraph about salt. [1]`, review: { status: 'draft' as const, reviewer: null, date: null } } : a));
    const third = await kb.importPack(ctx, packFromArticles(edited), 'edited');
    expect(third.changed).toBe(1);
    expect((await kb.article(ctx, 'hypertension')).review.status).toBe('draft');
    expect((await kb.stats(ctx)).snapshots).toHaveLength(3);
  });

  it('gives a patient only approved patient-audience passages', async () => {
    const asPatient = await kb.fullText(patient, ['blood', 'pressure', 'stage', 'hypertension'], { audience: 'clinician', statuses: ['draft', 'approved'] }, 20);
    expect(asPatient.every((p) => p.audience === 'patient' && p.reviewStatus === 'approved')).toBe(true);
    expect(asPatient.some((p) => p.articleId === 'hypertension')).toBe(false); // back to draft after the edit
    const asClinician = await kb.fullText(ctx, ['hypertension'], { audience: 'clinician' }, 20);
    expect(asClinician.every((p) => p.audience === 'clinician')).toBe(true);
    await expect(kb.article(patient, 'hypertension-guideline')).rejects.toBeInstanceOf(GalenError);
  });

  it('filters by codes and keeps institutions apart', async () => {
    const byCode = await kb.fullText(ctx, ['hypertension', 'blood'], { statuses: ['draft', 'approved'], codes: ['http://hl7.org/fhir/sid/icd-10-cm|I10'] }, 20);
    expect(byCode.length).toBeGreaterThan(0);
    expect(byCode.every((p) => p.codes.includes('http://hl7.org/fhir/sid/icd-10-cm|I10'))).toBe(true);
    expect(await kb.fullText(systemContext('kb-b'), ['hypertension'], { statuses: ['draft', 'approved'] }, 20)).toEqual([]);
  });

  it('stores nothing when an import fails part-way', async () => {
    const before = await kb.stats(ctx);
    const pack = loadPack(fixturePack);
    const broken = { ...pack, articles: [...pack.articles, { ...pack.articles[0]!, id: 'x'.repeat(10), title: null as unknown as string }] };
    await expect(kb.importPack(ctx, broken, 'broken')).rejects.toThrow();
    expect(await kb.stats(ctx)).toEqual(before);
  });
});
