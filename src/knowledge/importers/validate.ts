/** Importers build Article objects directly; this holds them to the same rules as authored front matter. */
import { markerProblems } from '../article.ts';
import { describeZodError, frontMatterSchema } from '../schema.ts';
import type { Article } from '../types.ts';

export interface ImportResult {
  articles: Article[];
  /** Records that could not become articles, with the reason (e.g. an empty abstract). */
  skipped: { origin: string; reason: string }[];
}

/** Validates an importer's article; returns the problems (`origin: problem`), empty when valid. */
export function articleProblems(article: Article): string[] {
  const { body: _body, origin: _origin, ...frontMatter } = article;
  const parsed = frontMatterSchema.safeParse(frontMatter);
  const problems = parsed.success ? [] : describeZodError(parsed.error);
  problems.push(...markerProblems(article));
  if (article.body.trim().length === 0) problems.push('empty body');
  return problems.map((p) => `${article.origin ?? article.id}: ${p}`);
}

/** The first sentence of a text, capped at a reasonable length, for an article's summary. */
export function firstSentence(text: string, max = 240): string {
  const plain = text.replace(/^#+ .*$/gm, '').replace(/^- /gm, '').replace(/\s+/g, ' ').trim();
  const match = /^(.{20,}?[.!?])(?:\s|$)/.exec(plain);
  const sentence = match ? match[1] : plain;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * Imported prose is not written with Galen's citation markers; a bracketed number in it ("see [3]")
 * is turned into parentheses so it is not read as a marker pointing at a source.
 */
export function neutralizeMarkers(text: string): string {
  return text.replace(/\[(\d+(?:\s*[-–,]\s*\d+)*)\]/g, '($1)');
}
