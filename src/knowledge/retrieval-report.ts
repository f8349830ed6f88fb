/**
 * Measures knowledge retrieval in memory, plain BM25 against the full retrieval, in one run:
 *   node bin/run-ts.mjs src/knowledge/retrieval-report.ts [--data DIR] [--latency-passages N]
 * (a) the patient question set (bench/retrieval-questions/questions.jsonl) over the starter pack:
 *     recall@1, recall@5, MRR, held-out and tuning splits reported separately;
 * (b) MedQuAD answers as the corpus: nDCG@10 of the TREC 2017 LiveQA-Med test questions against the
 *     graded judgments, and recall@5 / MRR of the MedQuAD questions retrieving their own answer;
 * (c) query latency p50 / p95 with N passages indexed (default 50,000).
 * Prints one JSON line on stdout, then a readable table on stderr.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLiveQa, parseQuestionsJsonl, scoreJudged, scoreKnownItems, scoreQuestions, measureLatency } from './benchmark.ts';
import { parseMedquadJsonl } from './importers/medquad.ts';
import { loadPack, packFromArticles } from './pack.ts';
import { buildRetriever, defaultRetrieval, plainBm25, plainRetrieval, searchPassages } from './retrieve.ts';
import type { Passage } from './types.ts';

const root = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dataDir = option('--data', resolve(root, '..', 'shared', 'data', 'medquad-liveqa'));
const latencyPassages = Number(option('--latency-passages', '50000'));
const progress = process.stderr.isTTY === true && !process.env.CI;
const say = (text: string): void => {
  if (progress) process.stderr.write(`\r\x1b[K${text}`);
};
const anyStatus = { statuses: ['draft', 'approved'] as ('draft' | 'approved')[] };

// (a) Patient questions over the starter pack (patient audience; starter articles ship as drafts).
say('loading the starter pack…');
const starter = loadPack(join(root, 'knowledge', 'starter'));
const questions = parseQuestionsJsonl(readFileSync(join(root, 'bench', 'retrieval-questions', 'questions.jsonl'), 'utf8'));
const starterFull = buildRetriever(starter.passages);
const starterPlain = buildRetriever(starter.passages, { bm25: plainBm25, associations: false });
const patientFilter = { ...anyStatus, audience: 'patient' as const };
const questionSets = {
  'held-out': questions.filter((q) => q.split === 'held-out'),
  tuning: questions.filter((q) => q.split !== 'held-out'),
};
const patientQuestions = Object.fromEntries(
  Object.entries(questionSets).map(([split, qs]) => [
    split,
    { plain: scoreQuestions(starterPlain, qs, plainRetrieval, patientFilter), full: scoreQuestions(starterFull, qs, defaultRetrieval, patientFilter) },
  ]),
);

// (b) MedQuAD corpus: LiveQA nDCG@10 and MedQuAD self-retrieval.
say('importing MedQuAD…');
const subsets = parseMedquadJsonl(readFileSync(join(dataDir, 'medquad_qa_public_subsets.jsonl'), 'utf8'));
const judgedExtra = parseMedquadJsonl(readFileSync(join(dataDir, 'medquad_judged_answers_not_in_subsets.jsonl'), 'utf8'));
const medquad = packFromArticles([...subsets.articles, ...judgedExtra.articles]);
say(`indexing ${medquad.passages.length} MedQuAD passages…`);
const mqFull = buildRetriever(medquad.passages);
const mqPlain = buildRetriever(medquad.passages, { bm25: plainBm25, associations: false });
const liveqa = parseLiveQa(
  readFileSync(join(dataDir, 'liveqa2017_medical_test_questions.jsonl'), 'utf8'),
  readFileSync(join(dataDir, 'qrels_liveqa2017_test_vs_medquad_public.tsv'), 'utf8'),
);
// Every fifth MedQuAD question was used to choose settings; the other four fifths are reported apart.
const known = subsets.questions.map((q, i) => ({ question: q.question, articleId: q.articleId, tuning: i % 5 === 0 }));
say('LiveQA…');
const medquadScores = {
  liveqa: { plain: scoreJudged(mqPlain, liveqa, plainRetrieval, anyStatus), full: scoreJudged(mqFull, liveqa, defaultRetrieval, anyStatus) },
  selfHeldOut: {
    plain: scoreKnownItems(mqPlain, known.filter((q) => !q.tuning), plainRetrieval, anyStatus),
    full: scoreKnownItems(mqFull, known.filter((q) => !q.tuning), defaultRetrieval, anyStatus),
  },
  selfTuning: {
    plain: scoreKnownItems(mqPlain, known.filter((q) => q.tuning), plainRetrieval, anyStatus),
    full: scoreKnownItems(mqFull, known.filter((q) => q.tuning), defaultRetrieval, anyStatus),
  },
};

// Ablation: what each part adds, on the held-out sets (same indexes; plain BM25 → full, one step at a time).
say('ablation…');
const headingsOnly = plainRetrieval;
const withVocabulary = { ...defaultRetrieval, associations: false };
const ablationSteps = [
  { step: 'plain BM25 (title, heading, text as one bag)', starter: starterPlain, medquad: mqPlain, settings: plainRetrieval },
  { step: '+ title and heading weighted 3x', starter: starterFull, medquad: mqFull, settings: headingsOnly },
  { step: '+ medical vocabulary', starter: starterFull, medquad: mqFull, settings: withVocabulary },
  { step: '+ association re-ranking (full)', starter: starterFull, medquad: mqFull, settings: defaultRetrieval },
];
const heldOutKnown = known.filter((q) => !q.tuning);
const ablation = ablationSteps.map(({ step, starter: sr, medquad: mr, settings }) => {
  const patient = scoreQuestions(sr, questionSets['held-out'], settings, patientFilter);
  const self = scoreKnownItems(mr, heldOutKnown, settings, anyStatus);
  return {
    step,
    patientHeldOutRecallAt5: patient.recallAt5,
    patientHeldOutMrr: patient.mrr,
    liveqaNdcgAt10: scoreJudged(mr, liveqa, settings, anyStatus).ndcgAt10,
    medquadHeldOutRecallAt5: self.recallAt5,
    medquadHeldOutMrr: self.mrr,
  };
});

// (c) Latency with N passages: the MedQuAD and starter passages, repeated under new ids to reach N.
say(`building a ${latencyPassages}-passage index…`);
const base: Passage[] = [...medquad.passages, ...starter.passages].map((p) => ({ ...p, reviewStatus: 'approved' }));
const big: Passage[] = [];
for (let copy = 0; big.length < latencyPassages; copy++) {
  for (const p of base) {
    if (big.length >= latencyPassages) break;
    big.push(copy === 0 ? p : { ...p, id: `${p.id}~${copy}`, articleId: `${p.articleId}~${copy}` });
  }
}
const buildStart = performance.now();
const bigFull = buildRetriever(big);
const buildMs = performance.now() - buildStart;
const bigPlain = buildRetriever(big, { bm25: plainBm25, associations: false });
const latencyQueries = [...questions.map((q) => q.query), ...liveqa.map((q) => q.query), ...subsets.questions.slice(0, 300).map((q) => q.question)];
say('timing queries…');
const latency = {
  passages: big.length,
  indexBuildMs: Math.round(buildMs),
  plain: measureLatency((q) => searchPassages(bigPlain, q, { settings: plainRetrieval, k: 10 }), latencyQueries),
  full: measureLatency((q) => searchPassages(bigFull, q, { settings: defaultRetrieval, k: 10 }), latencyQueries),
  fullPatient: measureLatency((q) => searchPassages(bigFull, q, { viewer: 'patient', k: 10 }), latencyQueries),
};
say('');

const strip = <T extends { misses?: unknown }>(s: T): Omit<T, 'misses'> => {
  const { misses: _misses, ...rest } = s;
  return rest;
};
const result = {
  benchmark: 'retrieval',
  starter: { articles: starter.articles.length, passages: starter.passages.length, questions: questions.length },
  patientQuestions: Object.fromEntries(Object.entries(patientQuestions).map(([k, v]) => [k, { plain: strip(v.plain), full: strip(v.full) }])),
  medquad: { articles: medquad.articles.length, passages: medquad.passages.length, ...medquadScores },
  ablation,
  latency,
};
process.stdout.write(JSON.stringify(result) + '\n');

const f = (x: number): string => x.toFixed(3);
const row = (label: string, plain: number, full: number): string => `  ${label.padEnd(44)} ${f(plain).padStart(8)} ${f(full).padStart(8)}\n`;
let table = `\nRetrieval (in memory)                         plain BM25     full\n`;
for (const [split, s] of Object.entries(patientQuestions)) {
  table += `patient questions, ${split} (${s.full.questions})\n`;
  table += row('recall@1', s.plain.recallAt1, s.full.recallAt1) + row('recall@5', s.plain.recallAt5, s.full.recallAt5) + row('MRR', s.plain.mrr, s.full.mrr);
}
table += `MedQuAD corpus (${medquad.articles.length} answers, ${medquad.passages.length} passages)\n`;
table += row(`LiveQA-Med nDCG@10 (${medquadScores.liveqa.full.queries} judged queries)`, medquadScores.liveqa.plain.ndcgAt10, medquadScores.liveqa.full.ndcgAt10);
table += row(`MedQuAD own answer recall@5 (${medquadScores.selfHeldOut.full.questions} held out)`, medquadScores.selfHeldOut.plain.recallAt5, medquadScores.selfHeldOut.full.recallAt5);
table += row('MedQuAD own answer MRR (held out)', medquadScores.selfHeldOut.plain.mrr, medquadScores.selfHeldOut.full.mrr);
table += row(`MedQuAD own answer recall@5 (${medquadScores.selfTuning.full.questions} tuning)`, medquadScores.selfTuning.plain.recallAt5, medquadScores.selfTuning.full.recallAt5);
table += row('MedQuAD own answer MRR (tuning)', medquadScores.selfTuning.plain.mrr, medquadScores.selfTuning.full.mrr);
table += `Ablation (held-out sets)                  patient r@5   MRR  LiveQA nDCG  MedQuAD r@5   MRR\n`;
for (const a of ablation) {
  table += `  ${a.step.padEnd(44)} ${f(a.patientHeldOutRecallAt5)} ${f(a.patientHeldOutMrr)}   ${f(a.liveqaNdcgAt10)}        ${f(a.medquadHeldOutRecallAt5)} ${f(a.medquadHeldOutMrr)}\n`;
}
table += `Latency, ${latency.passages} passages, ${latency.plain.queries} queries (ms)      plain     full  patient\n`;
for (const key of ['p50', 'p95'] as const) {
  table += `  ${key.padEnd(44)} ${latency.plain[key].toFixed(2).padStart(8)} ${latency.full[key].toFixed(2).padStart(8)} ${latency.fullPatient[key].toFixed(2).padStart(8)}\n`;
}
const heldOutMisses = patientQuestions['held-out'].full.misses;
if (heldOutMisses.length > 0) {
  table += `held-out questions missed by full retrieval (top 5):\n`;
  for (const m of heldOutMisses) table += `  ${m.id} "${m.query}" → expected ${m.expected.join('|')}, got ${m.got.join(', ')}\n`;
}
process.stderr.write(table);
