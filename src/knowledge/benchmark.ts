/**
 * Retrieval measurement without a database (pure functions over a retriever and question sets):
 * the patient question set (recall@1, recall@5, MRR per split), MedQuAD self-retrieval (recall@5, MRR),
 * TREC 2017 LiveQA-Med against graded judgments (nDCG@10), and query latency.
 */
import type { PassageFilter } from './bm25.ts';
import { mean, ndcgAt, percentile, recallAt, reciprocalRank } from './metrics.ts';
import { searchArticles, type RetrievalSettings, type Retriever } from './retrieve.ts';

export interface PatientQuestion {
  id: string;
  query: string;
  /** Article ids that answer the question (any one counts). */
  articles: string[];
  split: 'held-out' | 'tuning';
}

export interface QuestionScores {
  questions: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  /** Questions whose answer was not in the top 5, for inspection. */
  misses: { id: string; query: string; expected: string[]; got: string[] }[];
}

export function parseQuestionsJsonl(text: string): PatientQuestion[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PatientQuestion);
}

export function scoreQuestions(
  retriever: Retriever,
  questions: PatientQuestion[],
  settings: RetrievalSettings,
  filter: PassageFilter,
): QuestionScores {
  const r1: number[] = [];
  const r5: number[] = [];
  const rr: number[] = [];
  const misses: QuestionScores['misses'] = [];
  for (const q of questions) {
    const ranked = searchArticles(retriever, q.query, { ...filter, settings, k: 10 }).map((a) => a.articleId);
    const relevant = new Set(q.articles);
    r1.push(recallAt(ranked, relevant, 1));
    r5.push(recallAt(ranked, relevant, 5));
    rr.push(reciprocalRank(ranked, relevant));
    if (r5[r5.length - 1] === 0) misses.push({ id: q.id, query: q.query, expected: q.articles, got: ranked.slice(0, 5) });
  }
  return { questions: questions.length, recallAt1: mean(r1), recallAt5: mean(r5), mrr: mean(rr), misses };
}

export interface KnownItemQuestion {
  question: string;
  articleId: string;
}

/** Recall@5 and MRR of questions retrieving the one article they were written for (MedQuAD). */
export function scoreKnownItems(
  retriever: Retriever,
  questions: KnownItemQuestion[],
  settings: RetrievalSettings,
  filter: PassageFilter,
): { questions: number; recallAt5: number; mrr: number } {
  const r5: number[] = [];
  const rr: number[] = [];
  for (const q of questions) {
    const ranked = searchArticles(retriever, q.question, { ...filter, settings, k: 10 }).map((a) => a.articleId);
    const relevant = new Set([q.articleId]);
    r5.push(recallAt(ranked, relevant, 5));
    rr.push(reciprocalRank(ranked, relevant));
  }
  return { questions: questions.length, recallAt5: mean(r5), mrr: mean(rr) };
}

export interface JudgedQuery {
  id: string;
  query: string;
  /** Article id → graded gain (0 = not relevant). */
  gains: Map<string, number>;
}

/** Mean nDCG@10 over queries with at least one judged answer. */
export function scoreJudged(retriever: Retriever, queries: JudgedQuery[], settings: RetrievalSettings, filter: PassageFilter): { queries: number; ndcgAt10: number } {
  const scores = queries
    .filter((q) => q.gains.size > 0)
    .map((q) => ndcgAt(searchArticles(retriever, q.query, { ...filter, settings, k: 10 }).map((a) => a.articleId), q.gains, 10));
  return { queries: scores.length, ndcgAt10: mean(scores) };
}

/** TREC LiveQA-Med test questions (JSONL) joined with their qrels (TSV: query_id, answer_id, judgment 1–4). */
export function parseLiveQa(questionsJsonl: string, qrelsTsv: string): JudgedQuery[] {
  const gains = new Map<string, Map<string, number>>();
  for (const line of qrelsTsv.split('\n').slice(1)) {
    const [queryId, answerId, judgment] = line.split('\t');
    if (!queryId || !answerId) continue;
    // Judgments 1 (incorrect) … 4 (excellent) become gains 0 … 3.
    const gain = Math.max(0, Number(judgment) - 1);
    if (!gains.has(queryId)) gains.set(queryId, new Map());
    gains.get(queryId)!.set(answerId, gain);
  }
  return questionsJsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { query_id: string; nist_paraphrase: string; qid: string })
    .map((q) => ({ id: q.qid, query: q.nist_paraphrase, gains: gains.get(q.query_id) ?? new Map<string, number>() }));
}

/** Per-query latency of passage search, in milliseconds (p50, p95, mean) after a warm-up. */
export function measureLatency(run: (query: string) => unknown, queries: string[], warmup = 20): { p50: number; p95: number; mean: number; queries: number } {
  for (const q of queries.slice(0, warmup)) run(q);
  const times: number[] = [];
  for (const q of queries) {
    const start = process.hrtime.bigint();
    run(q);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), mean: mean(times), queries: times.length };
}
