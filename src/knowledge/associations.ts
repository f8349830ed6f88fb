/**
 * Term associations learned from the institution's own indexed passages, with no outside model:
 * normalized pointwise mutual information (NPMI, Bouma 2009) of two terms appearing in the same
 * passage. For each term, its few strongest partners are kept ("dialysis" → "kidney", "fistula").
 * Retrieval uses them to re-rank (a passage holding the usual companions of the query's words is more
 * likely on topic) or, optionally, to expand a query's rare words.
 */
import { tokenize } from './tokenize.ts';
import type { Passage } from './types.ts';
import type { QueryClause } from './bm25.ts';

export interface Association {
  term: string;
  /** NPMI in (0, 1]: 1 when the two terms always appear together. */
  score: number;
}

export interface TermAssociations {
  related: Map<string, Association[]>;
  passages: number;
}

export interface AssociationOptions {
  /** A term must appear in at least this many passages to take part (rare terms give noisy statistics). */
  minDocs?: number;
  /** Terms in more than this share of passages are too common to be informative. */
  maxDocShare?: number;
  /** Minimum number of passages a pair shares. */
  minPairDocs?: number;
  /** Keep at most this many partners per term. */
  perTerm?: number;
  /** Keep partners with NPMI at least this. */
  minScore?: number;
}

export function learnAssociations(passages: Passage[], options: AssociationOptions = {}): TermAssociations {
  const minDocs = options.minDocs ?? 3;
  const maxDocShare = options.maxDocShare ?? 0.05;
  const minPairDocs = options.minPairDocs ?? 3;
  const perTerm = options.perTerm ?? 5;
  const minScore = options.minScore ?? 0.3;

  // Forward index of unique term ids per passage, and document frequencies.
  const ids = new Map<string, number>();
  const names: string[] = [];
  const docTerms: Int32Array[] = [];
  const docFreq: number[] = [];
  for (const passage of passages) {
    const unique = new Set<number>();
    for (const term of tokenize(`${passage.title} ${passage.text}`)) {
      let id = ids.get(term);
      if (id === undefined) {
        id = names.length;
        ids.set(term, id);
        names.push(term);
        docFreq.push(0);
      }
      unique.add(id);
    }
    for (const id of unique) docFreq[id] += 1;
    docTerms.push(Int32Array.from(unique));
  }
  const n = passages.length;
  const maxDocs = Math.max(minDocs, Math.floor(maxDocShare * n));
  const eligible = (id: number): boolean => docFreq[id] >= minDocs && docFreq[id] <= maxDocs;

  // Postings for eligible terms only.
  const postings = new Map<number, number[]>();
  docTerms.forEach((terms, doc) => {
    for (const id of terms) {
      if (!eligible(id)) continue;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(doc);
    }
  });

  const related = new Map<string, Association[]>();
  const counts = new Int32Array(names.length);
  const touched: number[] = [];
  for (const [id, docs] of postings) {
    for (const doc of docs) {
      for (const other of docTerms[doc]) {
        if (other === id || !eligible(other)) continue;
        if (counts[other] === 0) touched.push(other);
        counts[other] += 1;
      }
    }
    const partners: Association[] = [];
    for (const other of touched) {
      const together = counts[other];
      counts[other] = 0;
      if (together < minPairDocs) continue;
      const pxy = together / n;
      const pmi = Math.log(pxy / ((docFreq[id] / n) * (docFreq[other] / n)));
      const npmi = pmi / -Math.log(pxy);
      if (npmi >= minScore) partners.push({ term: names[other], score: npmi });
    }
    touched.length = 0;
    if (partners.length > 0) {
      partners.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
      related.set(names[id], partners.slice(0, perTerm));
    }
  }
  return { related, passages: n };
}

/**
 * Adds the associates of the words the user typed (full-weight variants only, so expansions do not
 * expand again) as clauses weighted `weight × NPMI`; words already in the query are not added again.
 */
export function expandWithAssociations(
  query: QueryClause[],
  associations: TermAssociations,
  weight = 0.2,
  /** Which of the user's words to expand (e.g. only rare ones, whose associates are precise); default all. */
  expandable: (stem: string) => boolean = () => true,
): QueryClause[] {
  const present = new Set(query.flatMap((c) => c.variants.flatMap((v) => v.stems)));
  const added = new Map<string, number>();
  for (const clause of query) {
    if (clause.weight < 1) continue;
    for (const variant of clause.variants) {
      if (variant.weight < 1) continue;
      for (const stem of variant.stems) {
        if (!expandable(stem)) continue;
        for (const partner of associations.related.get(stem) ?? []) {
          if (present.has(partner.term)) continue;
          added.set(partner.term, Math.max(added.get(partner.term) ?? 0, weight * partner.score));
        }
      }
    }
  }
  return [
    ...query,
    ...[...added].map(([term, w]) => ({ variants: [{ stems: [term], weight: 1 }], weight: w, label: `~${term}` })),
  ];
}

/**
 * Re-ranks retrieved passages by how many of the query words' associates they contain: a passage that
 * uses the corpus's usual companions of the query words is more likely about the query's topic.
 * `score × (1 + weight × (summed NPMI of the associates present) / number of query words)`.
 * `holds(term, i)` says whether result i contains a term; by default its text is tokenized.
 */
export function rerankByAssociations<T extends { passage: { text: string; title: string; section: string }; score: number }>(
  results: T[],
  queryStems: string[],
  associations: TermAssociations,
  weight: number,
  holds?: (term: string) => Set<number>,
): T[] {
  const partners = queryStems.flatMap((stem) => associations.related.get(stem) ?? []);
  if (partners.length === 0 || weight <= 0 || results.length === 0) return results;
  const support = new Float64Array(results.length);
  if (holds) {
    for (const p of partners) for (const i of holds(p.term)) support[i] += p.score;
  } else {
    results.forEach((r, i) => {
      const terms = new Set(tokenize(`${r.passage.title} ${r.passage.section} ${r.passage.text}`));
      for (const p of partners) if (terms.has(p.term)) support[i] += p.score;
    });
  }
  return results
    .map((r, i) => ({ ...r, score: r.score * (1 + (weight * support[i]) / queryStems.length) }))
    .sort((a, b) => b.score - a.score);
}
