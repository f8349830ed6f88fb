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

export interface Postings {
  docs: number[];
  freqs: number[];
}

export interface PassageIndex {
  passages: Passage[];
  /** Length (in terms) of each passage. */
  lengths: Float64Array;
  averageLength: number;
  /** Postings per term, passage numbers ascending. */
  postings: Map<string, Postings>;
  /** Passage id → passage number. */
  docOf: Map<string, number>;
  parameters: Bm25Parameters;
  /** Per-passage scratch space reused by every query (JavaScript runs one query at a time). */
  scratch: { scores: Float64Array; clauseTf: Float64Array; phraseTf: Float64Array };
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
  const n = passages.length;
  return {
    passages,
    lengths,
    averageLength: n ? total / n : 0,
    postings,
    docOf: new Map(passages.map((p, i) => [p.id, i])),
    parameters: params,
    scratch: { scores: new Float64Array(n), clauseTf: new Float64Array(n), phraseTf: new Float64Array(n) },
  };
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

/** Index of `doc` in an ascending list, or -1. */
function find(docs: number[], doc: number, from: number): number {
  let lo = from;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid];
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Calls `visit(doc, tf)` for each passage holding every word of a variant; a phrase's frequency is
 * that of its least frequent word in the passage (word order is not checked).
 */
function forEachOccurrence(index: PassageIndex, stems: string[], visit: (doc: number, tf: number) => void): void {
  const lists: Postings[] = [];
  for (const stem of stems) {
    const list = index.postings.get(stem);
    if (!list) return;
    lists.push(list);
  }
  if (lists.length === 1) {
    const [only] = lists;
    for (let i = 0; i < only.docs.length; i++) visit(only.docs[i], only.freqs[i]);
    return;
  }
  lists.sort((a, b) => a.docs.length - b.docs.length);
  const [rarest, ...others] = lists;
  outer: for (let i = 0; i < rarest.docs.length; i++) {
    const doc = rarest.docs[i];
    let tf = rarest.freqs[i];
    for (const list of others) {
      const at = find(list.docs, doc, 0);
      if (at < 0) continue outer;
      tf = Math.min(tf, list.freqs[at]);
    }
    visit(doc, tf);
  }
}

/** BM25 scores of every passage matching any query clause (after the filter), best first, top k. */
export function rankPassages(index: PassageIndex, query: QueryClause[], filter: PassageFilter = {}, k = 10): ScoredPassage[] {
  const { k1, b } = index.parameters;
  const applied = effectiveFilter(filter);
  const { scores, clauseTf, phraseTf } = index.scratch;
  const scored: number[] = [];
  const lengthNorm = (doc: number): number => k1 * (1 - b + (b * index.lengths[doc]) / index.averageLength);
  const add = (doc: number, tf: number, clauseIdf: number): void => {
    if (scores[doc] === 0) scored.push(doc);
    scores[doc] += (clauseIdf * tf * (k1 + 1)) / (tf + lengthNorm(doc)); // always > 0: idf, tf and weight are
  };
  try {
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
      // A concept: add up its names' frequencies per passage, then score once.
      const touched: number[] = [];
      let ownDocs = 0;
      for (const variant of clause.variants) {
        const own = variant.weight >= 1;
        const ownTouched: number[] = [];
        forEachOccurrence(index, variant.stems, (doc, tf) => {
          if (clauseTf[doc] === 0) touched.push(doc);
          clauseTf[doc] += tf * variant.weight;
          if (own && phraseTf[doc] === 0) {
            phraseTf[doc] = 1;
            ownTouched.push(doc);
          }
        });
        if (own) {
          ownDocs = Math.max(ownDocs, ownTouched.length);
          for (const doc of ownTouched) phraseTf[doc] = 0;
        }
      }
      if (touched.length === 0) continue;
      // The clause is as specific as the user's own words when the corpus has them; synonyms add evidence
      // (term frequency) without making a common word look rare or a rare word look common.
      const clauseIdf = idf(index, ownDocs > 0 ? ownDocs : touched.length) * clause.weight;
      for (const doc of touched) {
        add(doc, clauseTf[doc], clauseIdf);
        clauseTf[doc] = 0;
      }
    }
    const results: ScoredPassage[] = [];
    for (const doc of scored) {
      const passage = index.passages[doc];
      if (passesFilter(passage, applied)) results.push({ passage, score: scores[doc] });
    }
    return topK(results, k);
  } finally {
    for (const doc of scored) scores[doc] = 0;
  }
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
