import type { Candidate, KnownIdentifiers, PhiType } from '../types.ts';
import { candidate, eachMatch, opensSentence } from './collect.ts';
import { eponymBeforeHead, notNameWords } from '../vocab/clinical.ts';
import { commonWordNames } from '../vocab/names.ts';

/**
 * The note's own patient's identifiers from the record, matched exactly (case-insensitive) and, for
 * names, fuzzily (one edit for short words, two for long ones) so misspellings are caught too.
 */
export const knownPriority = { name: 66, number: 87, text: 71 } as const;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Damerau-Levenshtein distance with an early exit above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length]![b.length]!;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface NamePart {
  /** Folded (no accents, lower case) for comparison. */
  key: string;
  /** Also an ordinary word ("Le", "Little", "Best"): matched only capitalised, and not where any word is. */
  ordinary: boolean;
}

function nameParts(names: string[]): NamePart[] {
  const parts = new Map<string, NamePart>();
  for (const name of names) {
    for (const part of name.split(/[\s,]+/)) {
      const clean = part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      const lower = clean.toLowerCase();
      // Particles ("St.", "de", "van") are no one's name on their own.
      if (clean.length < 2 || surnameParticles.has(lower)) continue;
      const ordinary = notNameWords.has(lower) || commonWordNames.has(lower);
      parts.set(fold(clean), { key: fold(clean), ordinary });
    }
  }
  return [...parts.values()];
}

const surnameParticles = new Set(['st', 'ste', 'de', 'del', 'della', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'das', 'dos', 'di', 'du', 'y', 'bin', 'al', 'el']);

export function detectKnown(text: string, known: KnownIdentifiers): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, type: PhiType, p: number) => {
    const c = candidate(text, start, end, type, p);
    if (c) out.push(c);
  };

  // Whole strings first (a full name, a full street line, an e-mail).
  const phrases: Array<[string[] | undefined, PhiType]> = [
    [known.names, 'NAME'], [known.relatives, 'NAME'], [known.addresses, 'ADDRESS'], [known.places, 'LOCATION'],
    [known.emails, 'EMAIL'],
  ];
  for (const [list, type] of phrases) {
    for (const value of list ?? []) {
      const trimmed = value.trim();
      if (trimmed.length < 2) continue;
      const re = new RegExp(`(?<![\\p{L}\\d])${escapeRe(trimmed).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d])`, 'giu');
      eachMatch(re, text, (m) => push(m.index, m.index + m[0].length, type, type === 'NAME' ? knownPriority.name : knownPriority.text));
    }
  }

  // Name parts, exactly and fuzzily, including lower-case and misspelt mentions.
  const parts = nameParts([...(known.names ?? []), ...(known.relatives ?? [])]);
  if (parts.length) {
    eachMatch(/[\p{L}][\p{L}\p{M}'’-]*/gu, text, (m) => {
      const word = m[0];
      const key = fold(word.replace(/['’]s$/i, ''));
      if (key.length < 2) return;
      const vocabulary = notNameWords.has(word.toLowerCase());
      const capitalised = /^\p{Lu}/u.test(word);
      for (const part of parts) {
        const exact = key === part.key;
        const limit = part.key.length >= 8 ? 2 : part.key.length >= 5 ? 1 : 0;
        if (!exact && !(limit > 0 && key[0] === part.key[0] && !vocabulary && editDistance(key, part.key, limit) <= limit)) continue;
        // Lower-case fuzzy hits must be close to the real name to avoid ordinary words.
        if (!exact && !capitalised) return;
        // "Le", "Little", "Best": an ordinary word is the name only capitalised inside a sentence ("Mrs. Le", not "Best regards").
        if ((part.ordinary || vocabulary) && (!capitalised || opensSentence(text, m.index))) return;
        // A misspelling is not a field label ("Feet:" for a patient Feest).
        if (!exact && /^\s*:/.test(text.slice(m.index + word.length, m.index + word.length + 3))) return;
        // A patient called Bell still has "Bell palsy"; Murphy, "Murphy sign".
        if (eponymBeforeHead(word, text.slice(m.index + word.length, m.index + word.length + 30))) return;
        // "St. Anne Family Medicine" is a saint's name for a patient called Anne.
        if (/\b(?:St|Ste|Saint|San|Santa|Santo|São)\.?\s$/.test(text.slice(Math.max(0, m.index - 7), m.index))) return;
        const end = m.index + word.length - (/['’]s$/i.test(word) ? 2 : 0);
        push(m.index, end, 'NAME', knownPriority.name);
        return;
      }
    });
  }

  // Numbers compared digit by digit, whatever the separators.
  const numbers: Array<[string[] | undefined, PhiType]> = [[known.mrns, 'MRN'], [known.phones, 'PHONE'], [known.ids, 'ID'], [known.zips, 'ZIP']];
  const wanted = new Map<string, PhiType>();
  for (const [list, type] of numbers) {
    for (const value of list ?? []) {
      const digits = value.replace(/[^\dA-Za-z]/g, '').toUpperCase();
      if (digits.length >= 4) wanted.set(digits, type);
      // Phone numbers are often written without the country code.
      if (type === 'PHONE' && digits.length === 11 && digits.startsWith('1')) wanted.set(digits.slice(1), type);
    }
  }
  for (const [value, type] of wanted) {
    // The same characters in order, with any common separators between them: "555-0142" = "555 0142".
    const pattern = [...value].map(escapeRe).join('[\\s().\\/-]{0,2}');
    const re = new RegExp(`(?<![\\dA-Za-z])${pattern}(?![\\dA-Za-z])`, 'gi');
    eachMatch(re, text, (m) => {
      let start = m.index;
      if (type === 'PHONE') {
        // The country code and the opening parenthesis belong to the number: "+1 (210) 447-5851", "1-651-...".
        const lead = /(?:(?<![\w+])\+?1[ .-]?)?\(?$/.exec(text.slice(Math.max(0, start - 4), start));
        if (lead && lead[0] && (!lead[0].endsWith('(') || m[0].includes(')'))) start -= lead[0].length;
      }
      push(start, m.index + m[0].length, type, knownPriority.number);
    });
  }
  return out;
}
