/**
 * Any folder of Markdown (recursive). Files with Galen front matter are read as they are; plain
 * Markdown files become draft articles whose id comes from the file path, title from the first
 * `# ` heading (else the file name), and audience from a `patient/` or `clinician/` folder on the
 * path (else the given default). Plain files cite nothing, so any `[n]` in them is left as text.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { parseArticleMarkdown } from '../article.ts';
import { splitFrontMatter } from '../markdown.ts';
import { markdownFilesUnder } from '../pack.ts';
import { slugify } from '../passages.ts';
import type { Article, Audience } from '../types.ts';
import { articleProblems, firstSentence, neutralizeMarkers, type ImportResult } from './validate.ts';

export interface MarkdownFolderOptions {
  /** Audience for plain files outside a patient/ or clinician/ folder (default patient). */
  audience?: Audience;
}

export function importMarkdownFolder(dir: string, options: MarkdownFolderOptions = {}): ImportResult {
  const result: ImportResult = { articles: [], skipped: [] };
  for (const file of markdownFilesUnder(dir)) {
    const rel = relative(dir, file);
    const source = readFileSync(file, 'utf8');
    if (splitFrontMatter(source).frontMatter !== null) {
      const { article, problems } = parseArticleMarkdown(source, rel);
      if (article && problems.length === 0) result.articles.push(article);
      else result.skipped.push({ origin: rel, reason: problems.join('; ') });
      continue;
    }
    const article = plainMarkdownArticle(source, rel, options.audience ?? 'patient');
    const problems = articleProblems(article);
    if (problems.length > 0) result.skipped.push({ origin: rel, reason: problems.join('; ') });
    else result.articles.push(article);
  }
  return result;
}

export function plainMarkdownArticle(source: string, relPath: string, fallbackAudience: Audience): Article {
  const body = neutralizeMarkers(source.replace(/\r\n?/g, '\n'));
  const parts = relPath.split(sep).flatMap((p) => p.split('/'));
  const audience: Audience = parts.includes('clinician') ? 'clinician' : parts.includes('patient') ? 'patient' : fallbackAudience;
  const heading = /^#\s+(.+?)\s*#*$/m.exec(body);
  const name = basename(relPath, '.md');
  const id = slugify(relPath.replace(/\.md$/, '').split(/[\\/]/).filter((p) => p !== 'patient' && p !== 'clinician').join('-')) || slugify(name);
  return {
    id,
    title: heading ? heading[1] : name.replace(/[-_]+/g, ' '),
    audience,
    summary: firstSentence(body) || name,
    sources: [],
    codes: [],
    review: { status: 'draft', reviewer: null, date: null },
    body,
    origin: relPath,
  };
}
