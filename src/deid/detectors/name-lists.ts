import type { Candidate } from '../types.ts';
import { candidate, eachMatch } from './collect.ts';
import { clinicalEponyms, drugNames, labAndScoreNames, notNameWords } from '../vocab/clinical.ts';
import { commonWordNames, firstNames, lastNames, surnameShapeRe } from '../vocab/names.ts';
import { namePriority } from './name-cues.ts';

/**
 * Lists of people written by surname or given name alone: "our founders: Monjeau, Graves and
 * Reed", "Smith, Jones, and Brown". When most items of a list are names nothing else could be,
 * the others are names too.
 */
const word = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}`;
const listRe = new RegExp(String.raw`(?<![\p{L}\p{M}])${word}(?:,[ \t]+${word})+,?[ \t]+(?:and|&|or|y|e)[ \t]+${word}(?![\p{L}\p{M}])`, 'gu');

/** A word that vouches for a list of people: a known name or a surname's shape, not an ordinary word or a bare eponym. */
function vouches(key: string): boolean {
  if (commonWordNames.has(key) || clinicalEponyms.has(key) || notNameWords.has(key)) return false;
  return firstNames.has(key) || lastNames.has(key) || surnameShapeRe.test(key);
}

/** Note words, drugs and tests: a list holding one is a list of things ("Hgb, Plt and Cr"). */
function listOfThings(key: string): boolean {
  return notNameWords.has(key) || drugNames.has(key) || labAndScoreNames.has(key);
}

export function detectNameLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(listRe, text, (m) => {
    const items = [...m[0].matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)].filter((w) => !/^(?:and|or)$/i.test(w[0]));
    const names = items.filter((w) => vouches(w[0].toLowerCase()));
    // Most items, and at least two, must vouch for the list ("Smith, Jones and Brown", not "Murphy, Babinski and Romberg").
    if (names.length < 2 || names.length * 3 < items.length * 2) return;
    if (items.some((w) => listOfThings(w[0].toLowerCase()))) return;
    for (const w of items) {
      const c = candidate(text, m.index + w.index, m.index + w.index + w[0].length, 'NAME', namePriority.dictionary);
      if (c) out.push(c);
    }
  });
  return out;
}
