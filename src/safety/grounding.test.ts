import { describe, expect, it } from 'vitest';
import { checkGrounding } from './index.ts';

const sources = [
  {
    id: 'kb:a1c',
    text: 'The A1c test shows your average blood sugar over the past 3 months. For most adults with diabetes, the goal is an A1c below 7%. Regular physical activity can lower blood sugar.',
  },
  { id: 'Observation/17', text: 'Hemoglobin A1c 7.4 % on 2024-03-02 (reference range 4.0-5.6 %), flagged high.' },
  { id: 'kb:flu', text: 'The flu vaccine does not give you the flu. Mild soreness where the shot was given is common.' },
];

describe('checkGrounding', () => {
  it('keeps supported sentences with the ids of the sources that support them', () => {
    const result = checkGrounding('Your A1c of 7.4 % on 2024-03-02 is above the reference range [2]. The A1c test shows your average blood sugar over the past 3 months [1].', sources);
    expect(result.removed).toEqual([]);
    expect(result.kept.map((k) => k.sourceIds)).toEqual([['Observation/17'], ['kb:a1c']]);
  });

  it('accepts everyday and clinical words for the same thing', () => {
    expect(checkGrounding('Exercise can lower your blood glucose.', sources).kept).toHaveLength(1);
  });

  it('removes a sentence no source supports', () => {
    const result = checkGrounding('Eating cinnamon every day cures diabetes.', sources);
    expect(result.kept).toEqual([]);
    expect(result.removed).toEqual([{ sentence: 'Eating cinnamon every day cures diabetes.', problem: 'no-overlap' }]);
  });

  it('removes a sentence whose numbers do not match the source', () => {
    const result = checkGrounding(['For most adults with diabetes, the goal is an A1c below 6%.', 'Your A1c of 7.9 % on 2024-03-02 is above the reference range.'], sources);
    expect(result.kept).toEqual([]);
    expect(result.removed.map((r) => r.problem)).toEqual(['number-mismatch', 'number-mismatch']);
  });

  it('removes a sentence whose negation disagrees with the source', () => {
    const result = checkGrounding('The flu vaccine can give you the flu.', sources);
    expect(result.removed[0]?.problem).toBe('negation-mismatch');
    expect(checkGrounding('The flu vaccine does not give you the flu.', sources).kept).toHaveLength(1);
  });

  it('returns the kept sentences as text, in order', () => {
    const result = checkGrounding('Mild soreness where the shot was given is common. Vaccines cause autism. The flu vaccine does not give you the flu.', sources);
    expect(result.text).toBe('Mild soreness where the shot was given is common. The flu vaccine does not give you the flu.');
    expect(result.removed).toHaveLength(1);
  });
});
