/**
 * Knowledge retrieval without a database: BM25 over passages, the medical vocabulary as query
 * expansion, and the corpus's own term associations to re-rank. `plainRetrieval` is the baseline.
 */
import { expandWithAssociations, learnAssociations, rerankByAssociations, type AssociationOptions, type TermAssociations } from './associations.ts';
import { buildIndex, plainQuery, rankPassages, type Bm25Parameters, type PassageFilter, type PassageIndex, type QueryClause, type ScoredPassage } from './bm25.ts';
import { tokenize } from './tokenize.ts';
import type { Passage } from './types.ts';
import { medicalVocabulary, vocabularyQuery, type Vocabulary } from './vocabulary.ts';

export interface RetrievalSettings {
  /** Use the medical vocabulary (default true). */
  vocabulary: boolean;
  /** Weight of vocabulary synonyms relative to the user's words. */
  vocabularyWeight: number;
  /** Use corpus term associations (default true). */
  associations: boolean;
  /**
   * `rerank` (default): the top 50 BM25 passages are reordered by how many associates of the query's
   * words they hold. `expand`: associates of the query's rare words are added to the query instead.
   * Re-ranking did better on the tuning splits (patient questions and MedQuAD).
   */
  associationMode: 'rerank' | 'expand';
  /** Re-ranking strength, or in `expand` mode the weight of an added term (times its NPMI). */
  associationWeight: number;
  /** In `expand` mode, only words found in at most this many passages are expanded (a common word's associates are noise). */
  associationMaxDocs: number;
}

export const defaultRetrieval: RetrievalSettings = {
  vocabulary: true,
  vocabularyWeight: 0.4,
  associations: true,
  associationMode: 'rerank',
  associationWeight: 0.1,
  associationMaxDocs: 10,
};
/** The baseline: BM25 alone, no vocabulary, no associations. */
export const plainRetrieval: RetrievalSettings = { ...defaultRetrieval, vocabulary: false, associations: false };
/** The baseline's index: title, section heading and text counted once each, as one bag of words. */
export const plainBm25: Partial<Bm25Parameters> = { headingWeight: 1 };

export interface Retriever {
  index: PassageIndex;
  associations: TermAssociations;
  vocabulary: Vocabulary;
}

export function buildRetriever(
  passages: Passage[],
  /** `associations: false` skips learning them (for a plain BM25 baseline). */
  options: { bm25?: Partial<Bm25Parameters>; associations?: AssociationOptions | false; vocabulary?: Vocabulary } = {},
): Retriever {
  return {
    index: buildIndex(passages, options.bm25),
    associations:
      options.associations === false ? { related: new Map(), passages: passages.length } : learnAssociations(passages, options.associations),
    vocabulary: options.vocabulary ?? medicalVocabulary(),
  };
}

/** The clauses a query is ranked with under the given settings. */
export function queryClauses(retriever: Retriever, query: string, settings: RetrievalSettings = defaultRetrieval): QueryClause[] {
  let terms = settings.vocabulary
    ? vocabularyQuery(query, { vocabulary: retriever.vocabulary, weight: settings.vocabularyWeight })
    : plainQuery(query);
  if (settings.associations && settings.associationMode === 'expand') {
    const { postings } = retriever.index;
    const rare = (stem: string): boolean => (postings.get(stem)?.docs.length ?? 0) <= settings.associationMaxDocs;
    terms = expandWithAssociations(terms, retriever.associations, settings.associationWeight, rare);
  }
  return terms;
}

export interface SearchOptions extends PassageFilter {
  k?: number;
  settings?: RetrievalSettings;
}

/** How many BM25 results the association re-ranking reorders. */
const rerankPool = 50;

export function searchPassages(retriever: Retriever, query: string, options: SearchOptions = {}): ScoredPassage[] {
  const { k = 10, settings = defaultRetrieval, ...filter } = options;
  const clauses = queryClauses(retriever, query, settings);
  if (!settings.associations || settings.associationMode !== 'rerank') return rankPassages(retriever.index, clauses, filter, k);
  const pool = rankPassages(retriever.index, clauses, filter, Math.max(k, rerankPool));
  // Which pooled passages hold a term, read from the index's postings rather than re-tokenizing text.
  const position = new Map(pool.map((r, i) => [retriever.index.docOf.get(r.passage.id) ?? -1, i]));
  const holds = (term: string): Set<number> => {
    const found = new Set<number>();
    const list = retriever.index.postings.get(term);
    if (list) for (const doc of list.docs) {
      const at = position.get(doc);
      if (at !== undefined) found.add(at);
    }
    return found;
  };
  return rerankByAssociations(pool, [...new Set(tokenize(query))], retriever.associations, settings.associationWeight, holds).slice(0, k);
}

export interface ScoredArticle {
  articleId: string;
  title: string;
  score: number;
  /** The article's best passage. */
  passage: Passage;
}

/** Articles ranked by their best passage (for measuring which article answers a question). */
export function searchArticles(retriever: Retriever, query: string, options: SearchOptions = {}): ScoredArticle[] {
  const k = options.k ?? 10;
  const passages = searchPassages(retriever, query, { ...options, k: k * 8 });
  const best = new Map<string, ScoredArticle>();
  for (const { passage, score } of passages) {
    if (!best.has(passage.articleId)) best.set(passage.articleId, { articleId: passage.articleId, title: passage.title, score, passage });
  }
  return [...best.values()].slice(0, k);
}
