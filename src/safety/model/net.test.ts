import { describe, expect, it } from 'vitest';
import { guard, triage } from '../index.ts';
import { featureNames } from './features.ts';
import { safetyNet } from './net.ts';

describe('the shipped safety-net model', () => {
  it('loads with a threshold per head and names its training set and date', () => {
    const net = safetyNet();
    for (const head of Object.values(net.heads)) {
      expect(head.threshold).toBeGreaterThan(0);
      expect(head.threshold).toBeLessThan(1);
    }
    expect(net.source).toMatch(/dev sets.*held-out round excluded.*\(\d{4}-\d{2}-\d{2}\)/);
  });
});

describe('features', () => {
  it('shares most character n-grams between a misspelling and the word', () => {
    const grams = (w: string) => new Set(featureNames(w).filter((f) => f.startsWith('c:')));
    const typo = grams('diziness');
    const word = grams('dizziness');
    const shared = [...typo].filter((g) => word.has(g)).length;
    expect(shared / typo.size).toBeGreaterThan(0.5);
  });

  it('carries the assertion status of a concept', () => {
    expect(featureNames('x', [{ concept: 'chest_pain', status: 'negated' }])).toContain('k:chest_pain:negated');
  });
});

describe('triage with the safety net', () => {
  it.each([
    'my grandad went grey and sweaty and says there is a weight pressing on his ribs',
    'he keeps nodding off mid sentence after the fall and his pupils look different sizes',
  ])('raises wording the rules do not know to emergency, and says so: %s', (text) => {
    expect(triage(text, { rulesOnly: true }).level).not.toBe('emergency');
    const result = triage(text);
    expect(result.level).toBe('emergency');
    expect(result.reasons[0].rule).toBe('safety-net-model');
    expect(result.reasons[0].matched).toMatch(/wording resembles emergency descriptions \(model\)/);
    expect(result.reasons[0].source).toMatch(/trained on .*\d{4}-\d{2}-\d{2}/);
    expect(result.action).toMatch(/911/);
  });

  it.each([
    ['negated', 'no chest pain at all, I just wanted to ask what my LDL should be'],
    ['family history, long ago', 'my dad had a seizure decades ago and has been fine since, can he get a driving licence?'],
    ['negated suicidal thoughts', "I'm not suicidal, I just want to sleep better"],
    ['a general question', 'what are the warning signs of a heart attack?'],
  ])('keeps a red flag the rules find %s from becoming an emergency: %s', (_kind, text) => {
    expect(triage(text).level).not.toBe('emergency');
  });

  it('never lowers what the rules decided', () => {
    const text = 'crushing chest pain spreading to my left arm';
    expect(triage(text).level).toBe('emergency');
    expect(triage(text).reasons.map((r) => r.rule)).not.toContain('safety-net-model');
  });
});

describe('guard with the safety net', () => {
  it('refuses a request for another person’s diagnosis in words the patterns do not list', () => {
    const result = guard('My brother-in-law was seen here yesterday, what was he diagnosed with?');
    expect(result.allowed).toBe(false);
    if (!result.allowed) expect(result.reason).toBe('other-person');
  });

  it.each(['What is a normal resting heart rate?', 'How do I look after my mum who has dementia?'])('still answers an ordinary question: %s', (text) => {
    expect(guard(text)).toEqual({ allowed: true });
  });
});
