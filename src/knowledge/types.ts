/** The shapes of knowledge content: articles (what authors write or importers produce) and passages (what is retrieved). */

export const audiences = ['patient', 'clinician'] as const;
export type Audience = (typeof audiences)[number];

export const reviewStatuses = ['draft', 'approved', 'retired'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export interface Source {
  organization: string;
  title: string;
  year: number;
  url?: string;
}

export interface Code {
  system: string;
  code: string;
  display?: string;
}

export interface Review {
  status: ReviewStatus;
  reviewer: string | null;
  /** ISO date (YYYY-MM-DD) of the review, or null when not reviewed. */
  date: string | null;
}

export interface Article {
  id: string;
  title: string;
  audience: Audience;
  summary: string;
  sources: Source[];
  codes: Code[];
  review: Review;
  /** The Markdown body (without front matter); citation markers `[n]` are 1-based indexes into `sources`. */
  body: string;
  /** Where the article came from (a file path relative to the pack, or an importer's record id), for messages. */
  origin?: string;
}

/** A source as cited by a passage: the source plus its 1-based number in the article. */
export interface Citation extends Source {
  n: number;
}

export interface Passage {
  /** `<articleId>#<section-slug>-<n>`, stable as long as the section heading and paragraph order stay. */
  id: string;
  articleId: string;
  title: string;
  audience: Audience;
  reviewStatus: ReviewStatus;
  section: string;
  /** 1-based position of the passage within its section. */
  ordinal: number;
  /** Plain text with citation markers stripped (list items keep a leading "- "). */
  text: string;
  /** The sources the passage's markers point to; a passage without markers cites all of its article's sources. */
  citations: Citation[];
  /** The article's codes as `system|code`, so passages can be filtered by the record entries they concern. */
  codes: string[];
}

export interface KnowledgePack {
  articles: Article[];
  passages: Passage[];
  /** sha256 over the canonical content of the articles; equal packs have equal hashes (the snapshot id is derived from it). */
  hash: string;
}
