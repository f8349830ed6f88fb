/**
 * Markdown helpers shared by the readability measure and the pack loader: splitting off front matter,
 * stripping citation markers and inline markup so that what remains is the text a reader reads.
 */

/** A citation marker group such as `[1]`, `[2, 3]`, `[1-3]` or `[1][2]` (each bracket is matched alone). */
export const citationMarkerPattern = /\s*\[(\d+(?:\s*[-–,]\s*\d+)*)\]/g;

export interface FrontMatterSplit {
  /** The YAML between the opening and closing `---` lines, or null when the file has none. */
  frontMatter: string | null;
  body: string;
  /** 1-based line number where the body starts (for error messages). */
  bodyLine: number;
}

export function splitFrontMatter(source: string): FrontMatterSplit {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) return { frontMatter: null, body: text, bodyLine: 1 };
  const end = text.indexOf('\n---', 3);
  if (end < 0) return { frontMatter: null, body: text, bodyLine: 1 };
  const afterClose = text.indexOf('\n', end + 4);
  const frontMatter = text.slice(4, end + 1);
  const body = afterClose < 0 ? '' : text.slice(afterClose + 1);
  const bodyLine = frontMatter.split('\n').length + 2;
  return { frontMatter, body, bodyLine };
}

/** Numbers cited by the markers in a piece of text (`[1, 3]` → 1, 3; `[2-4]` → 2, 3, 4), in order, unique. */
export function citedNumbers(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(citationMarkerPattern)) {
    for (const part of match[1].split(',')) {
      const range = part.split(/[-–]/).map((n) => Number.parseInt(n.trim(), 10));
      const [from, to = from] = range;
      for (let n = from; n <= to && n - from < 100; n++) if (!found.includes(n)) found.push(n);
    }
  }
  return found;
}

export function stripCitationMarkers(text: string): string {
  return text.replace(citationMarkerPattern, '');
}

/** Removes inline Markdown (links, emphasis, code ticks, images, HTML tags), keeping the words. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A list item marker at the start of a line: `- `, `* `, `+ `, `1. `, `1) `. */
export const listItemPattern = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;

/** Sections whose content is a bibliography rather than prose; they are neither passages nor read. */
export function isReferenceSection(heading: string): boolean {
  return /^(sources?|references?|bibliography|citations?)$/i.test(heading.trim());
}
