/**
 * bench:retrieval-db — retrieval latency through the stored knowledge base, as the assistant runs it:
 * warm, the in-memory BM25 + vocabulary ranking over every permitted passage; cold (right after an
 * import or review, while those statistics rebuild), the database's full-text index. 50,000 passages (the MedQuAD answers, the starter pack, and
 * copies of both under new ids), the patient question set as queries. Baseline in the same run: the
 * database full-text query alone, without the ranking step.
 *
 *   node bin/run-ts.mjs bench/retrieval-db.ts [--dialect sqlite|postgres] [--passages 50000]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { systemContext } from '../src/context.ts';
import { KnowledgeRepository, KnowledgeService, loadPack, packFromArticles, parseMedquadJsonl, stopWords, words, type Article } from '../src/knowledge/index.ts';
import { openTestDatabase } from '../src/store/testing.ts';

const { values } = parseArgs({ options: { dialect: { type: 'string', default: 'sqlite' }, passages: { type: 'string', default: '50000' } } });
const target = Number(values.passages);
const root = join(import.meta.dirname, '..');
const starter = loadPack(join(root, 'knowledge/starter')).articles;
const medquad = parseMedquadJsonl(readFileSync(join(root, '../shared/data/medquad-liveqa/medquad_qa_public_subsets.jsonl'), 'utf8')).articles;
const base: Article[] = [...starter, ...medquad];
const basePassages = packFromArticles(base).passages.length;
const articles: Article[] = [...base];
for (let copy = 1; packFromArticles(articles).passages.length < target && copy < 10; copy++) {
  const need = target - packFromArticles(articles).passages.length;
  const share = Math.min(1, need / basePassages);
  articles.push(...base.slice(0, Math.ceil(base.length * share)).map((a) => ({ ...a, id: `${a.id}-copy${copy}`.slice(0, 120) })));
}
const pack = packFromArticles(articles);
const handle = await openTestDatabase(values.dialect === 'postgres' ? 'postgres' : 'sqlite');
try {
  const ctx = systemContext('bench');
  const repo = new KnowledgeRepository(handle.db);
  const t0 = performance.now();
  await repo.importPack(ctx, pack, 'bench');
  await repo.setReview(ctx, 'all', { status: 'approved', reviewer: 'bench' });
  const importSeconds = (performance.now() - t0) / 1000;
  const service = new KnowledgeService(handle.db, repo);
  const questions = readFileSync(join(root, 'bench/retrieval-questions/questions.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { query: string }).query);
  const cold: number[] = [];
  for (const q of questions.slice(0, 20)) {
    const t = performance.now();
    await service.retrieve(ctx, q, { k: 5 }); // answered by the database while the statistics build
    cold.push(performance.now() - t);
  }
  await service.ready(ctx, { statuses: ['approved'] });
  const full: number[] = [];
  const ftsOnly: number[] = [];
  for (const q of questions) {
    let t = performance.now();
    await service.retrieve(ctx, q, { k: 5 });
    full.push(performance.now() - t);
    t = performance.now();
    await repo.fullText(ctx, words(q).filter((w) => !stopWords.has(w)), { statuses: ['approved'] }, 300);
    ftsOnly.push(performance.now() - t);
  }
  const pct = (xs: number[], p: number) => +[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!.toFixed(1);
  const result = { benchmark: 'retrieval-db', dialect: handle.dialect, passages: pack.passages.length, queries: questions.length, importSeconds: +importSeconds.toFixed(1), retrieveMs: { p50: pct(full, 50), p95: pct(full, 95) }, coldDatabaseMs: { p50: pct(cold, 50), p95: pct(cold, 95) }, fullTextOnlyMs: { p50: pct(ftsOnly, 50), p95: pct(ftsOnly, 95) } };
  console.log(JSON.stringify(result));
  console.log(`\n${result.passages} passages in ${result.dialect} (import ${result.importSeconds} s), ${result.queries} queries`);
  console.log(`retrieve, warm (in-memory BM25 + vocabulary + associations)  p50 ${result.retrieveMs.p50} ms   p95 ${result.retrieveMs.p95} ms`);
  console.log(`retrieve, cold (database full-text index, first queries)     p50 ${result.coldDatabaseMs.p50} ms   p95 ${result.coldDatabaseMs.p95} ms`);
  console.log(`full-text query alone (baseline) p50 ${result.fullTextOnlyMs.p50} ms   p95 ${result.fullTextOnlyMs.p95} ms`);
} finally {
  await handle.drop();
}
