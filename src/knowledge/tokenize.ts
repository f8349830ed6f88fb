/**
 * The one tokenizer of knowledge retrieval: lowercase, accents folded, split on anything that is not a
 * letter or digit, English stop words dropped, Porter stems. Queries, passages and the vocabulary all
 * pass through it, so a term means the same thing everywhere.
 */
import { porterStem } from './porter.ts';

/**
 * Function words that carry no topic. Negations and words that change medical meaning ("not", "no",
 * "after", "before", "over", "under") are stop words for ranking only; safety checks read the raw text.
 * Particles of phrasal verbs stay terms: "throw up", "pass out", "cut down" mean something.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't during each
  few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
  him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't
  my myself no nor not of on once only or other ought our ours ourselves over own same shan't she she'd
  she'll she's should shouldn't so some such than that that's the their theirs them themselves then there
  there's these they they'd they'll they're they've this those through to too under until very was wasn't we
  we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why
  why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
  get gets got just really will may might must shall also im ive dont cant wont doesnt didnt isnt whats
  thing things something anything way ok okay please thanks thank hi hello`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => [w, w.replace(/'/g, '')]),
);

/** Lowercases, folds accents and splits into raw words (letters and digits; apostrophes dropped). */
export function words(text: string): string[] {
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Stems are memoized: a corpus repeats the same few thousand words, and stemming dominates tokenizing. */
const stemCache = new Map<string, string>();
const stemCacheLimit = 500_000;

/** Stems one lowercase word; digits-bearing words (a1c, covid19, b12) are kept as they are. */
export function stemWord(word: string): string {
  if (/\d/.test(word)) return word;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = porterStem(word);
    if (stemCache.size >= stemCacheLimit) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** Index terms of a text: stop words removed, stemmed. Single letters stay (vitamin D, hepatitis B, group A strep). */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const w of words(text)) {
    if (stopWords.has(w)) continue;
    terms.push(stemWord(w));
  }
  return terms;
}
