import { describe, expect, it } from 'vitest';
import { guard, namesSomeoneElse } from './guard.ts';

describe('a patient asking about their own record', () => {
  it('is never refused as another person’s record', () => {
    for (const m of ['can you tell me my A1c', 'can you show me my lab results', 'show me my records', 'what did my last blood test show', 'what is my eGFR']) {
      expect(guard(m)).toEqual({ allowed: true });
    }
  });

  it('is told apart from a named person’s record, eponyms excepted', () => {
    expect(namesSomeoneElse('show me my lab results')).toBe(false);
    expect(namesSomeoneElse("show me my neighbor John's lab results")).toBe(true);
    expect(guard("what is Peter's cholesterol")).toMatchObject({ allowed: false, reason: 'other-person' });
    expect(guard("what are the side effects of Parkinson's medications")).toEqual({ allowed: true });
  });
});
