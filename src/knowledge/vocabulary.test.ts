import { describe, expect, it } from 'vitest';
import { buildVocabulary, expansionTerms, findConcepts, medicalVocabulary, sameConcept, vocabularyQuery } from './vocabulary.ts';
import { vocabularyGroups } from './vocabulary-terms.ts';

describe('medical vocabulary', () => {
  it('holds several hundred concept groups', () => {
    expect(vocabularyGroups.length).toBeGreaterThanOrEqual(300);
    expect(medicalVocabulary().concepts.every((c) => c.terms.length >= 2)).toBe(true);
  });

  it.each([
    ['heart attack', 'myocardial infarction'],
    ['myocardial infarction', 'MI'],
    ['high blood pressure', 'hypertension'],
    ['HTN', 'high blood pressure'],
    ['sugar', 'glucose'],
    ['water pill', 'diuretic'],
    ['kidney', 'renal'],
    ['stroke', 'CVA'],
    ['A1c', 'HbA1c'],
    ['hemoglobin A1c', 'A1c'],
    ['throwing up', 'vomiting'],
    ['short of breath', 'dyspnea'],
    ['blood thinner', 'anticoagulant'],
    ['UTI', 'bladder infection'],
    ['pee', 'urine'],
  ])('maps %s and %s to the same concept, both ways', (a, b) => {
    expect(sameConcept(a, b)).toBe(true);
    expect(sameConcept(b, a)).toBe(true);
  });

  it('does not join unrelated terms', () => {
    expect(sameConcept('high blood pressure', 'low blood pressure')).toBe(false);
    expect(sameConcept('type 1 diabetes', 'type 2 diabetes')).toBe(false);
    expect(sameConcept('vitamin D', 'vitamin B12')).toBe(false);
    expect(sameConcept('hepatitis B', 'hepatitis C')).toBe(false);
  });

  it('prefers the longest phrase: "blood pressure" inside "high blood pressure"', () => {
    expect(findConcepts('my high blood pressure').map((m) => m.concept.label)).toEqual(['high blood pressure']);
  });

  it('expands an ambiguous abbreviation only when written in capitals', () => {
    expect(findConcepts('I had an MI last year').map((m) => m.concept.label)).toContain('heart attack');
    expect(findConcepts('ms word says mi casa').map((m) => m.concept.label)).toEqual([]);
    expect(findConcepts('does MS cause fatigue').map((m) => m.concept.label)).toContain('multiple sclerosis');
  });

  it('does not match a name whose other words are stop words ("can\'t see" is not "see")', () => {
    expect(findConcepts('what kind of doctor should I see').map((m) => m.concept.label)).not.toContain('vision loss');
  });

  it('turns a query into clauses: one per word typed, plus one per concept with all its names', () => {
    const clauses = vocabularyQuery('side effects of water pills', { weight: 0.5 });
    const water = clauses.find((c) => c.label === 'water pill')!;
    expect(water.variants[0]).toEqual({ stems: ['water', 'pill'], weight: 1 });
    expect(water.variants).toContainEqual({ stems: ['diuret'], weight: 0.5 });
    expect(clauses.map((c) => c.label)).toContain('side effect');
    expect(clauses.filter((c) => c.variants.length === 1).map((c) => c.label)).toEqual(['side', 'effect', 'water', 'pill']);
  });

  it('builds from custom groups', () => {
    const vocabulary = buildVocabulary(['tummy|abdomen']);
    expect(findConcepts('sore tummy', vocabulary).map((m) => m.concept.terms)).toEqual([['tummy', 'abdomen']]);
  });
});

describe('expansionTerms (for a stored full-text index)', () => {
  it('lists the user\'s words and every name of the concepts named, unstemmed', () => {
    const terms = expansionTerms('Is my HbA1c too high?');
    expect(terms).toEqual(expect.arrayContaining(['hba1c', 'high', 'a1c', 'hemoglobin a1c', 'glycated hemoglobin']));
    expect(terms).not.toContain('is');
  });
});
