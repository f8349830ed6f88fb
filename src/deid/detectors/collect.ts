import type { Candidate, PhiType } from '../types.ts';

/** Runs a global regex over `text` and calls `accept` for each match; used by every pattern detector. */
export function eachMatch(re: RegExp, text: string, accept: (m: RegExpExecArray) => void): void {
  if (!re.global) throw new Error('eachMatch needs a global regex');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    accept(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** A candidate for text[start, end), trimmed of surrounding spaces and trailing punctuation. */
export function candidate(text: string, start: number, end: number, type: PhiType, priority: number): Candidate | null {
  while (start < end && /[\s,;:(]/.test(text[start]!)) {
    // Keep an opening parenthesis that the span closes: "(217) 555-0142".
    if (text[start] === '(' && text.slice(start, end).includes(')')) break;
    start++;
  }
  while (end > start && /[\s,;:.)]/.test(text[end - 1]!)) {
    // Keep a final period that closes an abbreviation inside the span ("Apt." or "St.").
    if (text[end - 1] === '.' && /\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$/.test(text.slice(Math.max(start, end - 5), end)) && type === 'ADDRESS') break;
    // And the period of a name's final initial ("Holmes, Kaela A.").
    if (text[end - 1] === '.' && type === 'NAME' && /(?:^|\s)\p{Lu}\.$/u.test(text.slice(Math.max(start, end - 3), end))) break;
    if (text[end - 1] === ')' && text.slice(start, end).includes('(')) break;
    end--;
  }
  if (end <= start) return null;
  return { start, end, type, text: text.slice(start, end), priority };
}

/** Group index where the value of a cue regex starts: the offset of group `g` inside the match. */
export function groupStart(m: RegExpExecArray, g: number): number {
  const value = m[g];
  if (value === undefined) return -1;
  // The value group is always the last part of the match in our cue regexes.
  return m.index + m[0].length - value.length;
}

/** Up to `max` characters before `at` on the same line (bounded, so long lines stay linear). */
export function lineBefore(text: string, at: number, max: number): string {
  const window = text.slice(Math.max(0, at - max), at);
  const nl = window.lastIndexOf('\n');
  return nl >= 0 ? window.slice(nl + 1) : window;
}

/** Abbreviated titles whose period does not end a sentence: "Mrs. Le", "Dr. Bell". */
const titlePeriodRe = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Dra|Sr|Sra|Srta|Prof|Rev|Fr|Sgt|Capt|Dña|D)$/u;

/** True where any word is capitalised: at the start of the text, a line or a sentence (not after "Mrs."). */
export function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '(' || text[i] === '*' || text[i] === '-' || text[i] === '•' || text[i] === '¿' || text[i] === '¡')) i--;
  if (i < 0) return true;
  if (text[i] === '.' && titlePeriodRe.test(text.slice(Math.max(0, i - 5), i))) return false;
  return /[.!?:\n;>]/.test(text[i]!);
}
