/**
 * Splits an article body into passages: one per paragraph, bullet list or table, grouped by `##` section.
 * A paragraph that introduces a list ("Call 911 if you have:") stays with its list, so the list keeps
 * its meaning when retrieved alone. Sections named Sources/References are bibliography, not passages.
 */
import { citationMarkerPattern, citedNumbers, isReferenceSection, listItemPattern, stripInlineMarkdown } from './markdown.ts';
import type { Article, Citation, Passage } from './types.ts';

export interface BodyBlock {
  section: string;
  /** Raw Markdown of the block, markers included. */
  markdown: string;
  /** 1-based line of the block within the body. */
  line: number;
  kind: 'paragraph' | 'list' | 'table';
}

/** The heading used for text that comes before the first `##` section. */
export const introSection = 'Overview';

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** The blocks of a Markdown body in reading order, each with the section it belongs to. */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let section = introSection;
  let h2 = introSection;
  let skipping = false;
  let lines: string[] = [];
  let start = 0;
  let kind: BodyBlock['kind'] = 'paragraph';

  const flush = (): void => {
    if (lines.length > 0 && !skipping) blocks.push({ section, markdown: lines.join('\n'), line: start, kind });
    lines = [];
  };

  body.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line.trim());
    if (heading) {
      flush();
      const level = heading[1].length;
      const text = stripInlineMarkdown(heading[2]);
      if (level === 1) return; // the article title
      if (level === 2) {
        h2 = text;
        section = text;
        skipping = isReferenceSection(text);
      } else if (!skipping) {
        section = `${h2}: ${text}`;
      }
      return;
    }
    if (line.trim() === '') {
      flush();
      return;
    }
    const lineKind: BodyBlock['kind'] = /^\s*\|/.test(line) ? 'table' : listItemPattern.test(line) ? 'list' : 'paragraph';
    if (lines.length === 0) {
      start = index + 1;
      kind = lineKind;
    } else if (lineKind === 'list' && kind === 'paragraph') {
      kind = 'list'; // an introducing paragraph followed directly by its list
    }
    lines.push(line);
  });
  flush();
  return mergeListsWithTheirIntroductions(blocks);
}

/** Joins "text ending in a colon" + the list after it, and list pieces separated only by blank lines. */
function mergeListsWithTheirIntroductions(blocks: BodyBlock[]): BodyBlock[] {
  const merged: BodyBlock[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    const sameSection = previous !== undefined && previous.section === block.section;
    if (
      sameSection &&
      block.kind === 'list' &&
      ((previous.kind === 'paragraph' && /:\s*(?:\[[\d,\s–-]+\])*\s*$/.test(previous.markdown)) || previous.kind === 'list')
    ) {
      previous.markdown += '\n' + block.markdown;
      previous.kind = 'list';
      continue;
    }
    merged.push({ ...block });
  }
  return merged;
}

/** Passage text: markers and inline markup removed, list items on their own lines with a leading "- ". */
export function passageText(markdown: string): string {
  const lines: string[] = [];
  let continuing = false; // a soft-wrapped line continues the paragraph or list item above it
  for (const raw of markdown.split('\n')) {
    const isItem = listItemPattern.test(raw);
    const isRow = /^\s*\|/.test(raw);
    const content = stripInlineMarkdown(raw.replace(listItemPattern, '').replace(citationMarkerPattern, ''));
    if (content.length === 0) continue;
    if (continuing && !isItem && !isRow && lines.length > 0) lines[lines.length - 1] += ' ' + content;
    else lines.push(isItem ? `- ${content}` : content);
    continuing = !isRow;
  }
  return lines.join('\n').replace(/ +([.,;:!?])/g, '$1');
}

export function articlePassages(article: Article): Passage[] {
  const passages: Passage[] = [];
  const slugsUsed = new Map<string, string>(); // section heading → slug, unique within the article
  const counters = new Map<string, number>();
  const codes = article.codes.map((c) => `${c.system}|${c.code}`);
  const allCitations: Citation[] = article.sources.map((s, i) => ({ n: i + 1, ...s }));

  for (const block of bodyBlocks(article.body)) {
    const text = passageText(block.markdown);
    if (text.length === 0) continue;
    let slug = slugsUsed.get(block.section);
    if (slug === undefined) {
      const base = slugify(block.section);
      slug = base;
      for (let k = 2; [...slugsUsed.values()].includes(slug); k++) slug = `${base}-${k}`;
      slugsUsed.set(block.section, slug);
    }
    const ordinal = (counters.get(slug) ?? 0) + 1;
    counters.set(slug, ordinal);
    const numbers = citedNumbers(block.markdown);
    const citations = numbers.length === 0 ? allCitations : allCitations.filter((c) => numbers.includes(c.n));
    passages.push({
      id: `${article.id}#${slug}-${ordinal}`,
      articleId: article.id,
      title: article.title,
      audience: article.audience,
      reviewStatus: article.review.status,
      section: block.section,
      ordinal,
      text,
      citations,
      codes,
    });
  }
  return passages;
}
