/**
 * A pure in-memory BM25 ranker over passages (Robertson & Zaragoza's Okapi BM25 with k1, b), with
 * weighted query terms so vocabulary and corpus expansions count less than the words the user typed.
 * It is the reference ranking ("plain BM25" when no expansion is used) and the engine behind
 * retrieval without a database. Filters apply before ranking; a patient viewer only ever reaches
 * approved patient-audience passages, whatever else is asked.
 */
import { tokenize } from './tokenize.ts';
import type { Audience, Passage, ReviewStatus } from './types.ts';

export interface Bm25Parameters {
  k1: number;
  b: number;
  /** How many times the article title and section heading count toward a passage's terms (0 = not indexed). */
  headingWeight: number;
}

/** headingWeight 3 was chosen on the tuning split of the MedQuAD questions (every fifth question). */
export const defaultBm25: Bm25Parameters = { k1: 1.2, b: 0.75, headingWeight: 3 };

interface Postings {
  docs: number[];
  freqs: number[];
}

export interface PassageIndex {
  passages: Passage[];
  /** Length (in terms) of each passage. */
  lengths: Float64Array;
  averageLength: number;
  postings: Map<string, Postings>;
  parameters: Bm25Parameters;
}

/** The terms a passage is indexed under: its text, plus its title and section heading. */
export function passageTerms(passage: Passage, headingWeight: number): string[] {
  const terms = tokenize(passage.text);
  if (headingWeight > 0) {
    const heading = tokenize(`${passage.title} ${passage.section}`);
    for (let i = 0; i < headingWeight; i++) terms.push(...heading);
  }
  return terms;
}

export function buildIndex(passages: Passage[], parameters: Partial<Bm25Parameters> = {}): PassageIndex {
  const params = { ...defaultBm25, ...parameters };
  const lengths = new Float64Array(passages.length);
  const postings = new Map<string, Postings>();
  let total = 0;
  passages.forEach((passage, doc) => {
    const counts = new Map<string, number>();
    const terms = passageTerms(passage, params.headingWeight);
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    lengths[doc] = terms.length;
    total += terms.length;
    for (const [term, freq] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], freqs: [] }));
      list.docs.push(doc);
      list.freqs.push(freq);
    }
  });
  return { passages, lengths, averageLength: passages.length ? total / passages.length : 0, postings, parameters: params };
}

export interface PassageFilter {
  /** Who will read the results. A patient viewer is limited to approved patient-audience passages. */
  viewer?: 'patient' | 'clinician';
  audience?: Audience;
  /** Review statuses to include (default: approved only). */
  statuses?: ReviewStatus[];
  /** Keep passages whose article carries any of these codes (`system|code`, or a bare code). */
  codes?: string[];
  /** Keep passages of these articles only. */
  articleIds?: string[];
}

/** The filter actually applied: a patient viewer overrides audience and status. */
export function effectiveFilter(filter: PassageFilter): Required<Pick<PassageFilter, 'statuses'>> & PassageFilter {
  if (filter.viewer === 'patient') return { ...filter, audience: 'patient', statuses: ['approved'] };
  return { ...filter, statuses: filter.statuses ?? ['approved'] };
}

export function passesFilter(passage: Passage, filter: ReturnType<typeof effectiveFilter>): boolean {
  if (filter.audience && passage.audience !== filter.audience) return false;
  if (!filter.statuses.includes(passage.reviewStatus)) return false;
  if (filter.articleIds && !filter.articleIds.includes(passage.articleId)) return false;
  if (filter.codes && filter.codes.length > 0) {
    const wanted = filter.codes;
    const hit = passage.codes.some((c) => wanted.includes(c) || wanted.includes(c.slice(c.lastIndexOf('|') + 1)));
    if (!hit) return false;
  }
  return true;
}

export interface ScoredPassage {
  passage: Passage;
  score: number;
}

/** Inverse document frequency, BM25 form with +1 so that it stays positive for very common terms. */
function idf(index: PassageIndex, docFreq: number): number {
  const n = index.passages.length;
  return Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5));
}

/**
 * One unit of a query. A plain word is a clause with one variant. A vocabulary concept is one clause
 * whose variants are its names: their frequencies add up (the user's own words at full weight, the
 * synonyms at less) into a single BM25 term, so a passage that says the same thing twice in different
 * words is not counted twice (after Robertson & Zaragoza's treatment of synonyms in BM25). The clause's
 * IDF is that of the user's own words when the corpus holds them, else that of the union of names.
 */
export interface QueryClause {
  variants: { stems: string[]; weight: number }[];
  /** Multiplier of the clause's score (1 for the user's words, less for learned associations). */
  weight: number;
  /** What the clause stands for, for explanations. */
  label?: string;
}

/** How often a (possibly multi-word) variant occurs in each passage: for a phrase, its rarest word's count among passages holding all its words. */
function variantFrequencies(index: PassageIndex, stems: string[]): Map<number, number> | null {
  const lists = stems.map((s) => index.postings.get(s));
  if (lists.some((l) => l === undefined)) return null;
  const present = lists as Postings[];
  if (present.length === 1) {
    const only = present[0];
    const m = new Map<number, number>();
    for (let i = 0; i < only.docs.length; i++) m.set(only.docs[i], only.freqs[i]);
    return m;
  }
  present.sort((a, b) => a.docs.length - b.docs.length);
  let current = new Map<number, number>();
  const first = present[0];
  for (let i = 0; i < first.docs.length; i++) current.set(first.docs[i], first.freqs[i]);
  for (const list of present.slice(1)) {
    const next = new Map<number, number>();
    for (let i = 0; i < list.docs.length && next.size < current.size; i++) {
      const f = current.get(list.docs[i]);
      if (f !== undefined) next.set(list.docs[i], Math.min(f, list.freqs[i]));
    }
    current = next;
    if (current.size === 0) break;
  }
  return current;
}

/** BM25 scores of every passage matching any query clause (after the filter), best first, top k. */
export function rankPassages(index: PassageIndex, query: QueryClause[], filter: PassageFilter = {}, k = 10): ScoredPassage[] {
  const { k1, b } = index.parameters;
  const applied = effectiveFilter(filter);
  const scores = new Map<number, number>();
  const add = (doc: number, tf: number, clauseIdf: number): void => {
    const norm = k1 * (1 - b + (b * index.lengths[doc]) / index.averageLength);
    scores.set(doc, (scores.get(doc) ?? 0) + (clauseIdf * tf * (k1 + 1)) / (tf + norm));
  };
  for (const clause of query) {
    if (clause.weight <= 0) continue;
    const only = clause.variants.length === 1 && clause.variants[0].stems.length === 1 ? clause.variants[0] : null;
    if (only) {
      // The common case, a single word: read its postings directly.
      const list = index.postings.get(only.stems[0]);
      if (!list) continue;
      const clauseIdf = idf(index, list.docs.length) * clause.weight;
      for (let i = 0; i < list.docs.length; i++) add(list.docs[i], list.freqs[i] * only.weight, clauseIdf);
      continue;
    }
    const tf = new Map<number, number>();
    let ownDocs = 0;
    for (const variant of clause.variants) {
      const freqs = variantFrequencies(index, variant.stems);
      if (!freqs) continue;
      if (variant.weight >= 1) ownDocs = Math.max(ownDocs, freqs.size);
      for (const [doc, f] of freqs) tf.set(doc, (tf.get(doc) ?? 0) + f * variant.weight);
    }
    if (tf.size === 0) continue;
    // The clause is as specific as the user's own words when the corpus has them; synonyms add evidence
    // (term frequency) without making a common word look rare or a rare word look common.
    const clauseIdf = idf(index, ownDocs > 0 ? ownDocs : tf.size) * clause.weight;
    for (const [doc, f] of tf) add(doc, f, clauseIdf);
  }
  const results: ScoredPassage[] = [];
  for (const [doc, score] of scores) {
    const passage = index.passages[doc];
    if (passesFilter(passage, applied)) results.push({ passage, score });
  }
  return topK(results, k);
}

/** The k best by score (ties broken by passage id so results are deterministic). */
export function topK(results: ScoredPassage[], k: number): ScoredPassage[] {
  const byScore = (x: ScoredPassage, y: ScoredPassage): number =>
    y.score - x.score || (x.passage.id < y.passage.id ? -1 : x.passage.id > y.passage.id ? 1 : 0);
  if (results.length <= k * 4) return results.sort(byScore).slice(0, k);
  // Keep a small sorted buffer instead of sorting everything.
  const best: ScoredPassage[] = [];
  for (const r of results) {
    if (best.length === k && byScore(r, best[k - 1]) >= 0) continue;
    let i = best.length;
    while (i > 0 && byScore(r, best[i - 1]) < 0) i--;
    best.splice(i, 0, r);
    if (best.length > k) best.pop();
  }
  return best;
}

/** One clause per distinct word of the query, each at full weight: the plain BM25 query. */
export function plainQuery(text: string): QueryClause[] {
  return [...new Set(tokenize(text))].map((term) => ({ variants: [{ stems: [term], weight: 1 }], weight: 1, label: term }));
}
