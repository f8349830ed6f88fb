/**
 * Flesch-Kincaid grade level of English prose:
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * Markdown is read the way a reader sees it: front matter, headings, a trailing "Sources" section,
 * citation markers `[n]`, list bullets and inline markup are removed before counting. Each list item
 * and table row is its own sentence (a reader takes them one at a time), whether or not it ends
 * with a full stop.
 */
import {
  isReferenceSection,
  listItemPattern,
  splitFrontMatter,
  stripCitationMarkers,
  stripInlineMarkdown,
} from './markdown.ts';

export interface ReadabilityStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Kincaid grade, rounded to one decimal; 0 for text without words. */
  grade: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = /\b(e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|No|approx|U\.S|a\.m|p\.m|Jr|Sr)\./gi;

/** Words the vowel-group rule gets wrong that are common in health writing. */
const syllableExceptions: Record<string, number> = {
  every: 2, everyone: 3, everything: 3, different: 3, several: 3, business: 2, family: 3, evening: 2,
  medicine: 3, medicines: 3, vegetable: 4, vegetables: 4, interest: 3, interesting: 4, area: 3, areas: 3,
  idea: 3, ideas: 3, being: 2, doing: 2, going: 2, seeing: 2, create: 2, created: 3, react: 2, real: 1,
  really: 2, science: 2, people: 2, diabetes: 4, diet: 2, quiet: 2, via: 2, ago: 2, pneumonia: 3,
  anemia: 4, insulin: 3, liver: 2, fever: 2, cancer: 2, influenza: 4, covid: 2, ear: 1, eye: 1, eyes: 1,
  lying: 2, trying: 2, dying: 2, ache: 1, aches: 1, whole: 1, once: 1, one: 1, some: 1, come: 1, done: 1,
  gone: 1, none: 1, give: 1, live: 1, have: 1, were: 1, where: 1, there: 1, here: 1, more: 1, sore: 1,
  sure: 1, care: 1, cure: 1, fire: 1, tired: 1, hour: 1, hours: 1, our: 1, your: 1, yours: 1, flour: 1,
  shoe: 1, shoes: 1, canoe: 2, recipe: 3, acne: 2, cholesterol: 4, nausea: 3, diarrhea: 4, fluid: 2,
  fluids: 2, ruin: 2, sometimes: 2, everyday: 3, someone: 2, something: 2, lifestyle: 2, likely: 2, safely: 2,
};

const vowelGroup = /[aeiouy]+/g;

/** Syllables in one English word, by vowel groups with corrections for silent and split vowels. */
export function countSyllables(rawWord: string): number {
  const word = rawWord.toLowerCase().replace(/[^a-z]/g, '');
  if (word.length === 0) return rawWord.trim().length > 0 ? 1 : 0; // numbers and symbols read as one unit
  const known = syllableExceptions[word];
  if (known !== undefined) return known;
  if (word.length <= 3) return 1;

  // 'y' at the start of a word is a consonant (yes, year); elsewhere it is a vowel.
  const core = word.replace(/^y/, '');
  let count = (core.match(vowelGroup) ?? []).length;

  // Silent endings: final -e (make, whole) except consonant + le (table, people), and -es / -ed
  // except after the sounds that need their own syllable (boxes, wanted, needed).
  if (/[^aeiouy]e$/.test(core) && !/[^aeiouy]le$/.test(core)) count -= 1;
  else if (/[^aeiouy]es$/.test(core) && !/(?:s|x|z|ch|sh|c|g|[^aeiouy]l)es$/.test(core)) count -= 1;
  else if (/[^aeiouy]ed$/.test(core) && !/[td]ed$/.test(core)) count -= 1;

  // A silent e before a suffix (likely, closely, movement, careful, useless).
  if (/[^aeiouy]e(?:ly|ment|ments|ful|ness|less)$/.test(core)) count -= 1;

  // Vowel pairs read as two syllables (di-a-betes, vi-o-lent, vid-e-o, us-u-al, qui-et, cry-ing), except
  // where they are one sound (-tion, -sion, -cial, -tient, -gion, qu-, gu-).
  const splitPairs =
    (core.match(/(?:^|[^tcsgx])i[ao]|[^qg]u[ao]|eo|ii|yi|yo|(?:^|[^tcs])ie(?=t|nt|st|r[^aeiouy])/g) ?? []).length;
  count += splitPairs;

  // Endings that add a syllable the vowel groups miss: -ism, consonant + -le already counted.
  if (/ism$/.test(core)) count += 1;
  return Math.max(1, count);
}

/** Sentences of one block (paragraph, list item or table row) after markup has been removed. */
function sentencesOf(block: string): string[][] {
  const guarded = block.replace(abbreviations, (m) => m.replace(/\./g, '\u2024'));
  return guarded
    .split(/[.!?]+(?=\s|$)|;\s+(?=[A-Z])/)
    .map((s) => words(s))
    .filter((ws) => ws.length > 0);
}

function words(text: string): string[] {
  return text
    .split(/[\s/–—]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The readable blocks of a Markdown body: paragraphs, list items and table rows, without markup. */
export function readableBlocks(markdown: string): string[] {
  const { body } = splitFrontMatter(markdown);
  const blocks: string[] = [];
  let current: string[] = [];
  let skipping = false;
  const flush = (): void => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const rawLine of body.split('\n')) {
    const line = rawLine.trimEnd();
    const heading = /^#{1,6}\s+(.*)$/.exec(line.trim());
    if (heading) {
      flush();
      skipping = isReferenceSection(heading[1]);
      continue;
    }
    if (skipping) continue;
    if (line.trim() === '') { flush(); continue; }
    if (/^\s*\|?\s*:?-{2,}/.test(line)) continue; // table separator row
    if (/^\s*\|/.test(line)) {
      flush();
      blocks.push(line.split('|').map((c) => c.trim()).filter(Boolean).join(', '));
      continue;
    }
    if (listItemPattern.test(line)) {
      flush();
      current.push(line.replace(listItemPattern, ''));
      continue;
    }
    current.push(line.trim().replace(/^>\s?/, ''));
  }
  flush();
  return blocks.map((b) => stripInlineMarkdown(stripCitationMarkers(b))).filter((b) => b.length > 0);
}

export function readabilityStats(markdown: string): ReadabilityStats {
  let sentences = 0;
  let wordCount = 0;
  let syllables = 0;
  for (const block of readableBlocks(markdown)) {
    for (const sentence of sentencesOf(block)) {
      sentences += 1;
      wordCount += sentence.length;
      for (const w of sentence) syllables += w.split('-').reduce((sum, part) => sum + countSyllables(part), 0);
    }
  }
  if (wordCount === 0) return { sentences: 0, words: 0, syllables: 0, grade: 0 };
  const grade = 0.39 * (wordCount / sentences) + 11.8 * (syllables / wordCount) - 15.59;
  return { sentences, words: wordCount, syllables, grade: Math.round(grade * 10) / 10 };
}

/** Flesch-Kincaid grade level of a Markdown text (front matter, headings, markers and bullets excluded). */
export function fleschKincaidGrade(text: string): number {
  return readabilityStats(text).grade;
}
