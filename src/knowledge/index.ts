/**
 * Knowledge packs and retrieval: load and validate Markdown packs, import MedlinePlus, PubMed and
 * MedQuAD content, split articles into cited passages, measure reading grade, and rank passages with
 * BM25 plus the medical vocabulary and corpus term associations — all pure, no database.
 */
export type { Article, Audience, Citation, Code, KnowledgePack, Passage, Review, ReviewStatus, Source } from './types.ts';
export { audiences, reviewStatuses } from './types.ts';
export { loadPack, packFromArticles, contentHash, markdownFilesUnder } from './pack.ts';
export { parseArticleMarkdown } from './article.ts';
export { articlePassages, slugify } from './passages.ts';
export { fleschKincaidGrade, readabilityStats, type ReadabilityStats } from './readability.ts';
export { tokenize, words, stopWords } from './tokenize.ts';
export { parseMedlinePlusXml } from './importers/medlineplus.ts';
export { parsePubmedXml } from './importers/pubmed.ts';
export { parseMedquadJsonl, type MedquadImport, type MedquadQuestion } from './importers/medquad.ts';
export { importMarkdownFolder } from './importers/markdown-folder.ts';
export type { ImportResult } from './importers/validate.ts';
export { buildVocabulary, medicalVocabulary, findConcepts, vocabularyQuery, expansionTerms, sameConcept, type Vocabulary, type Concept } from './vocabulary.ts';
export { learnAssociations, expandWithAssociations, type TermAssociations, type Association } from './associations.ts';
export {
  buildIndex,
  rankPassages,
  plainQuery,
  effectiveFilter,
  passesFilter,
  defaultBm25,
  type PassageIndex,
  type PassageFilter,
  type QueryClause,
  type ScoredPassage,
  type Bm25Parameters,
} from './bm25.ts';
export {
  buildRetriever,
  searchPassages,
  searchArticles,
  queryClauses,
  defaultRetrieval,
  plainRetrieval,
  plainBm25,
  type Retriever,
  type RetrievalSettings,
  type SearchOptions,
  type ScoredArticle,
} from './retrieve.ts';
export { recallAt, reciprocalRank, ndcgAt, mean, percentile } from './metrics.ts';
export { KnowledgeRepository, articleContentHash, type ImportSummary, type StoredPassage } from './repository.ts';
export { KnowledgeService, type RetrieveOptions } from './service.ts';
export { readKnowledgeSource, type LoadedSource } from './sources.ts';
