/**
 * Text features for the learned safety net: hashed word unigrams and bigrams, and character
 * 3- to 5-grams inside each word (as in fastText), so that misspellings and unseen word forms
 * still share most of their features with known wordings. Also one feature per triage concept
 * the lexicon finds, with its assertion status ("chest_pain:negated"), so the model sees negation
 * and history the way the rules read them, and a few facts the rules read from numbers and the
 * record (age band, temperature band, pregnancy, a blood thinner), which words alone cannot carry.
 * Rows are L2-normalised sparse vectors.
 */
import { normalize } from '../text.ts';

/** Number of hash buckets (2^18); collisions are rare at this size for a vocabulary of a few thousand words. */
export const featureBuckets = 1 << 18;

export interface SparseRow {
  index: Uint32Array;
  value: Float32Array;
}

/** A concept mention as the lexicon reads it; kept structural so this module need not import findings. */
export interface ConceptMention {
  concept: string;
  status: string;
}

/** 32-bit FNV-1a hash of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const tokenPattern = /[a-z0-9]+(?:'[a-z]+)?/g;

export function tokens(text: string): string[] {
  return normalize(text).match(tokenPattern) ?? [];
}

/** The named features of a text, before hashing (for inspection and tests). */
export function featureNames(text: string, mentions: readonly ConceptMention[] = [], facts: readonly string[] = []): string[] {
  const words = tokens(text);
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    names.push(`w:${words[i]}`);
    if (i + 1 < words.length) names.push(`b:${words[i]}_${words[i + 1]}`);
    const padded = `<${words[i]}>`;
    for (let n = 3; n <= 5; n++) {
      for (let s = 0; s + n <= padded.length; s++) names.push(`c:${padded.slice(s, s + n)}`);
    }
  }
  for (const m of mentions) names.push(`k:${m.concept}:${m.status}`);
  for (const f of facts) names.push(`f:${f}`);
  return names;
}

/** Hashed, binary, L2-normalised feature vector of a text. */
export function featurize(text: string, mentions: readonly ConceptMention[] = [], facts: readonly string[] = []): SparseRow {
  const seen = new Set<number>();
  for (const name of featureNames(text, mentions, facts)) seen.add(fnv1a(name) % featureBuckets);
  const index = Uint32Array.from(seen).sort();
  const value = new Float32Array(index.length).fill(index.length === 0 ? 0 : 1 / Math.sqrt(index.length));
  return { index, value };
}
