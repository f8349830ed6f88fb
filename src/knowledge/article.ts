/** Parsing one Markdown article (YAML front matter + body) into an Article, with every problem named. */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { citedNumbers, splitFrontMatter } from './markdown.ts';
import { describeZodError, frontMatterSchema } from './schema.ts';
import type { Article } from './types.ts';

export interface ParsedArticle {
  article: Article | null;
  /** Human-readable problems, each prefixed with where it is (`front matter`, `line 12`). */
  problems: string[];
}

export function parseArticleMarkdown(source: string, origin: string): ParsedArticle {
  const { frontMatter, body, bodyLine } = splitFrontMatter(source);
  if (frontMatter === null) return { article: null, problems: ['no YAML front matter (the file must start with a --- line)'] };
  let data: unknown;
  try {
    data = parseYaml(frontMatter);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
    return { article: null, problems: [`front matter is not valid YAML${where}: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) return { article: null, problems: describeZodError(parsed.error).map((p) => `front matter ${p}`) };
  const article: Article = { ...parsed.data, body, origin };
  return { article, problems: markerProblems(article, bodyLine) };
}

/** Every citation marker must point at a listed source. */
export function markerProblems(article: Pick<Article, 'body' | 'sources'>, bodyLine = 1): string[] {
  const problems: string[] = [];
  article.body.split('\n').forEach((line, i) => {
    for (const n of citedNumbers(line)) {
      if (n < 1 || n > article.sources.length) {
        problems.push(`line ${bodyLine + i}: marker [${n}] points to no source (the article lists ${article.sources.length})`);
      }
    }
  });
  return problems;
}
