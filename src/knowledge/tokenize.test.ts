import { describe, expect, it } from 'vitest';
import { porterStem } from './porter.ts';
import { tokenize } from './tokenize.ts';

describe('porterStem', () => {
  it('follows the published examples of the Porter algorithm', () => {
    const examples: [string, string][] = [
      ['caresses', 'caress'], ['ponies', 'poni'], ['agreed', 'agre'], ['plastered', 'plaster'], ['motoring', 'motor'],
      ['hopping', 'hop'], ['filing', 'file'], ['happy', 'happi'], ['relational', 'relat'], ['conditional', 'condit'],
      ['generalization', 'gener'], ['hopefulness', 'hope'], ['adjustment', 'adjust'], ['adoption', 'adopt'],
      ['controll', 'control'], ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'],
    ];
    expect(examples.filter(([w, s]) => porterStem(w) !== s)).toEqual([]);
  });

  it('gives inflected medical words one stem', () => {
    expect(porterStem('infections')).toBe(porterStem('infection'));
    expect(porterStem('diabetic')).toBe(porterStem('diabetes'));
    expect(porterStem('vomiting')).toBe(porterStem('vomit'));
  });
});

describe('tokenize', () => {
  it('drops stop words, folds case and accents, and keeps codes with digits whole', () => {
    expect(tokenize("What's my HbA1c? Is COVID-19 café-related?")).toEqual(['hba1c', 'covid', '19', 'cafe', 'relat']);
  });

  it('keeps single letters that carry meaning (vitamin D, hepatitis B)', () => {
    expect(tokenize('vitamin D')).toEqual(['vitamin', 'd']);
  });
});
