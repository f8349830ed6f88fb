import { describe, expect, it } from 'vitest';
import { repairSpelling } from './spelling.ts';
import { normalize } from './text.ts';
import { triage } from './triage.ts';

describe('misspelling repair against the lexicon', () => {
  it.each([
    ['breathng', 'breathing'],
    ['bleedin', 'bleeding'],
    ['swolen', 'swollen'],
    ['seziure', 'seizure'],
    ['vommit', 'vomit'],
  ])('reads %s as %s', (typo, word) => {
    expect(normalize(typo)).toBe(word);
  });

  it.each(['drooling', 'tight', 'night', 'purse', 'ladder', 'beach', 'spins', 'bumping', 'peeing', 'chest', 'the'])('leaves the real word %s alone', (word) => {
    expect(repairSpelling(word)).toBeUndefined();
  });

  it('leaves words that are one edit from two lexicon words alone', () => {
    // "lucked" is one edit from both "licked" and "sucked"; guessing between them would invent a finding.
    expect(repairSpelling('lucked')).toBeUndefined();
    expect(repairSpelling('lickd')).toBe('licked');
  });

  it('finds emergencies written with typos', () => {
    expect(triage('my sone is breathng really fast and his lips are bluish').level).toBe('emergency');
    expect(triage('I have crushng chest pain and sweatng').level).toBe('emergency');
  });
});
