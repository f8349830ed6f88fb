/**
 * Knowledge retrieval without a database: BM25 over passages with the medical vocabulary and the
 * corpus's own term associations as query expansion. `plain` mode is the baseline (BM25 alone).
 */
import { expandWithAssociations, learnAssociations, type AssociationOptions, type TermAssociations } from './associations.ts';
import { buildIndex, plainQuery, rankPassages, type Bm25Parameters, type PassageFilter, type PassageIndex, type QueryClause, type ScoredPassage } from './bm25.ts';
import type { Passage } from './types.ts';
import { medicalVocabulary, vocabularyQuery, type Vocabulary } from './vocabulary.ts';

export interface RetrievalSettings {
  /** Use the medical vocabulary (default true). */
  vocabulary: boolean;
  /** Weight of vocabulary synonyms relative to the user's words. */
  vocabularyWeight: number;
  /** Use corpus term associations (default true). */
  associations: boolean;
  /** Weight of an associated term (times its NPMI) relative to the user's words. */
  associationWeight: number;
  /**
   * Only words found in at most this many passages are expanded by association: a rare word's
   * associates are specific to it, a common word's are noise.
   */
  associationMaxDocs: number;
}

export const defaultRetrieval: RetrievalSettings = {
  vocabulary: true,
  vocabularyWeight: 0.4,
  associations: true,
  associationWeight: 0.2,
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
  options: { bm25?: Partial<Bm25Parameters>; associations?: AssociationOptions; vocabulary?: Vocabulary } = {},
): Retriever {
  return {
    index: buildIndex(passages, options.bm25),
    associations: learnAssociations(passages, options.associations),
    vocabulary: options.vocabulary ?? medicalVocabulary(),
  };
}

/** The clauses a query is ranked with under the given settings. */
export function queryClauses(retriever: Retriever, query: string, settings: RetrievalSettings = defaultRetrieval): QueryClause[] {
  let terms = settings.vocabulary
    ? vocabularyQuery(query, { vocabulary: retriever.vocabulary, weight: settings.vocabularyWeight })
    : plainQuery(query);
  if (settings.associations) {
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

export function searchPassages(retriever: Retriever, query: string, options: SearchOptions = {}): ScoredPassage[] {
  const { k = 10, settings = defaultRetrieval, ...filter } = options;
  return rankPassages(retriever.index, queryClauses(retriever, query, settings), filter, k);
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
