import type { Candidate } from '../types.ts';
import { candidate, eachMatch } from './collect.ts';
import { isVocabularyWord } from '../vocab/clinical.ts';
import { commonWordNames, firstNames, lastNames, surnameShapeRe } from '../vocab/names.ts';
import { namePriority } from './name-cues.ts';

/**
 * Names given in a self-introduction or a naming phrase, in any case: "my name is lena andersson",
 * "I'm Abelardo Trevisano", "her maiden name is nyberg", "What's your name? Sölvi Salómonsson",
 * "everyone calls me Aantje". The first word must be a known name or shaped like a surname; the
 * words after it are kept while they are not ordinary words.
 */
const introductionRe = /(?<![\p{L}])(?:my name is|my name's|name is|maiden name is|your name\?|i'm|i am|call me|calls me|called me|known as|named him|named her)[ \t]+((?:\p{L}[\p{L}\p{M}'’-]*\.?)(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*\.?){0,3})/giu;

function nameLike(word: string): boolean {
  const key = word.toLowerCase();
  return (firstNames.has(key) || lastNames.has(key) || surnameShapeRe.test(key)) && !commonWordNames.has(key) && !isVocabularyWord(key);
}

export function detectIntroductions(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(introductionRe, text, (m) => {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    const words = [...value.matchAll(/\p{L}[\p{L}\p{M}'’-]*\.?/gu)];
    // The first word is a known name, or a capitalised given name before a surname's shape ("Sölvi Salómonsson").
    const second = words[1]?.[0] ?? '';
    const shapedPair = /^\p{Lu}/u.test(words[0]![0]) && surnameShapeRe.test(second.toLowerCase()) && !isVocabularyWord(words[0]![0].toLowerCase());
    if (!nameLike(words[0]![0].replace(/\.$/, '')) && !shapedPair) return;
    let end = start + words[0]!.index + words[0]![0].length;
    for (const w of words.slice(1)) {
      const bare = w[0].replace(/\.$/, '');
      // A middle initial ("benjamin a seiler") belongs to the name; an ordinary word ends it, and so
      // does a word in capitals or mixed case ("I'm Ana Ruiz RN").
      if (bare.length > 1) {
        if (isVocabularyWord(bare.toLowerCase()) || /\p{Lu}/u.test(bare.slice(1))) break;
        // Written in lower case, only a known name continues it.
        if (!/^\p{Lu}/u.test(bare) && !nameLike(bare)) break;
      }
      end = start + w.index + w[0].length;
    }
    const c = candidate(text, start, end, 'NAME', namePriority.cued);
    if (c) out.push(c);
  });
  return out;
}
