import type { Candidate, PhiSpan } from '../types.ts';
import { eponymBeforeHead, notNameWords, spanishEponymLead } from '../vocab/clinical.ts';
import { commonWordNames } from '../vocab/names.ts';
import { candidate, opensSentence } from './collect.ts';
import { connectors, namePriority, relationWords, titles } from './name-cues.ts';

/**
 * A person named once in a note is the same person wherever the note repeats the name: "Caller:
 * Wade Field" makes "Wade Field called" and "Mr. Field" names too, although "Field" alone is an
 * ordinary word. Each word of a found name is looked for elsewhere in the same capitalisation.
 */

/** Name words worth repeating: capitalised, two letters or more, not a particle, title or relation. */
function repeatableWords(spans: PhiSpan[]): Set<string> {
  const words = new Set<string>();
  for (const span of spans) {
    if (span.type !== 'NAME') continue;
    for (const m of span.text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*\p{L}/gu)) {
      const word = m[0].replace(/['’]s$/, '');
      const key = word.toLowerCase();
      if (word.length < 2 || connectors.has(key) || titles.has(key) || relationWords.has(key) || notNameWords.has(key)) continue;
      words.add(word);
      words.add(word.toUpperCase());
    }
  }
  return words;
}

/** A letter or mark (also of accented and non-Latin words): a word goes on while these follow. */
const wordCharRe = /[\p{L}\p{M}\d'’-]/u;

/** Every whole-word occurrence of `word` in `text` (a possessive "'s" may follow). */
function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if (before !== undefined && wordCharRe.test(before)) continue;
    if (after !== undefined && wordCharRe.test(after) && !/^['’]s(?![\p{L}\d])/u.test(text.slice(at + word.length, at + word.length + 3))) continue;
    found.push(at);
  }
  return found;
}

/**
 * Other mentions of the words of `found` NAME spans that no span covers yet. `taken` marks the
 * characters already covered (and text that must stay untouched, like redaction tags).
 */
export function repeatedNames(text: string, found: PhiSpan[], taken: Uint8Array): Candidate[] {
  const words = repeatableWords(found);
  if (words.size === 0) return [];
  const mentions: Array<{ start: number; end: number; word: string }> = [];
  for (const word of words) {
    // A word the note also writes in lower case is its vocabulary ("Cirugía" beside "cirugía").
    if (occurrences(text, word.toLowerCase()).length > 0) continue;
    for (const at of occurrences(text, word)) mentions.push({ start: at, end: at + word.length, word });
  }
  const out: Candidate[] = [];
  for (const { start, end, word } of mentions) {
    if (taken.subarray(start, end).some((x) => x !== 0)) continue;
    const key = word.toLowerCase();
    // "Hope", "Rose", "Field": an ordinary word opening a sentence is the word, not the person,
    // unless the rest of the name follows it ("Wade Field called").
    if (commonWordNames.has(key) && opensSentence(text, start) && !words.has(/^ (\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 40))?.[1] ?? '')) continue;
    // The patient Mr. Bell still has "Bell palsy"; Dr. Murphy, "Murphy sign".
    if (eponymBeforeHead(word, text.slice(end, end + 30))) continue;
    // "enfermedad de Wilson", "grado 2 de Fuhrman".
    if (spanishEponymLead(text, start)) continue;
    const c = candidate(text, start, end, 'NAME', namePriority.repeated);
    if (c) out.push(c);
  }
  return out;
}
