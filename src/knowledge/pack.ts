/**
 * Knowledge packs: a folder of Markdown articles (searched recursively) loaded whole or not at all.
 * Every problem in every file is collected and reported together, each naming its file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { GalenError } from '../errors/index.ts';
import { parseArticleMarkdown } from './article.ts';
import { articlePassages } from './passages.ts';
import { kebabId } from './schema.ts';
import type { Article, KnowledgePack } from './types.ts';

export function markdownFilesUnder(dir: string): string[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new GalenError('not_found', `knowledge pack folder not found: ${dir}`, { location: dir });
  }
  if (!stat.isDirectory()) throw new GalenError('invalid_input', `not a folder: ${dir}`, { location: dir });
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return markdownFilesUnder(path);
      return entry.isFile() && entry.name.endsWith('.md') && !/^readme\.md$/i.test(entry.name) ? [path] : [];
    });
}

/** Throws one error listing every problem (`file: problem`), or returns when there are none. */
export function assertNoProblems(problems: string[], what: string): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).join('\n  ');
  const more = problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : '';
  throw new GalenError('invalid_input', `${what} has ${problems.length} problem(s):\n  ${shown}${more}`, {
    details: { problems },
  });
}

/** Loads a pack folder of authored articles: ids are lowercase-kebab and equal to the file name. */
export function loadPack(dir: string): KnowledgePack {
  const problems: string[] = [];
  const articles: Article[] = [];
  const files = markdownFilesUnder(dir);
  for (const file of files) {
    const rel = relative(dir, file);
    const { article, problems: found } = parseArticleMarkdown(readFileSync(file, 'utf8'), rel);
    problems.push(...found.map((p) => `${rel}: ${p}`));
    if (!article) continue;
    const expected = basename(file, '.md');
    if (!kebabId.test(article.id)) problems.push(`${rel}: id "${article.id}" must be lowercase-kebab (like high-blood-pressure)`);
    if (article.id !== expected) problems.push(`${rel}: id "${article.id}" differs from the file name "${expected}"`);
    articles.push(article);
  }
  if (files.length === 0) problems.push(`${dir}: no Markdown articles found`);
  problems.push(...duplicateIdProblems(articles));
  assertNoProblems(problems, `knowledge pack ${dir}`);
  return packFromArticles(articles);
}

export function duplicateIdProblems(articles: Article[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const article of articles) {
    const first = seen.get(article.id);
    if (first !== undefined) problems.push(`${article.origin ?? article.id}: id "${article.id}" is also used by ${first}`);
    else seen.set(article.id, article.origin ?? article.id);
  }
  return problems;
}

/** Builds passages and the content hash for validated articles (from a folder or from an importer). */
export function packFromArticles(articles: Article[]): KnowledgePack {
  const problems = duplicateIdProblems(articles);
  assertNoProblems(problems, 'knowledge pack');
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles: sorted, passages: sorted.flatMap(articlePassages), hash: contentHash(sorted) };
}

/** sha256 of the articles' content in id order (origin excluded: moving a file does not change the pack). */
export function contentHash(articles: Article[]): string {
  const hash = createHash('sha256');
  for (const { origin: _origin, ...content } of [...articles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    hash.update(canonicalJson(content));
    hash.update('\n');
  }
  return hash.digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
