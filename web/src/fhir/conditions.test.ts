import { describe, expect, it } from 'vitest';
import type { Condition } from '@medplum/fhirtypes';
import { conceptText, currentProblems, isCurrentCondition } from './conditions.ts';

function condition(display: string, status?: string): Condition {
  return {
    resourceType: 'Condition',
    subject: { reference: 'Patient/a' },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '1', display }] },
    ...(status ? { clinicalStatus: { coding: [{ code: status }] } } : {}),
  };
}

describe('conditions', () => {
  it('names a concept by its text, then a coding display, then a code', () => {
    expect(conceptText({ text: 'High blood pressure', coding: [{ display: 'Hypertension' }] })).toBe('High blood pressure');
    expect(conceptText({ coding: [{ code: '44054006' }, { display: 'Type 2 diabetes' }] })).toBe('Type 2 diabetes');
    expect(conceptText({ coding: [{ code: 'E11.9' }] })).toBe('E11.9');
    expect(conceptText(undefined)).toBe('Not coded');
  });

  it('treats resolved and inactive conditions as past, and unstated status as current', () => {
    expect(isCurrentCondition(condition('Asthma', 'active'))).toBe(true);
    expect(isCurrentCondition(condition('Asthma', 'recurrence'))).toBe(true);
    expect(isCurrentCondition(condition('Asthma'))).toBe(true);
    expect(isCurrentCondition(condition('Sprain', 'resolved'))).toBe(false);
    expect(isCurrentCondition(condition('Sprain', 'inactive'))).toBe(false);
  });

  it('lists each current problem once, alphabetically', () => {
    const problems = currentProblems([
      condition('Hypertension', 'active'),
      condition('Acute bronchitis', 'resolved'),
      condition('Asthma', 'active'),
      condition('hypertension', 'active'),
      condition('hyperlipidemia', 'active'),
    ]);
    expect(problems).toEqual(['Asthma', 'Hyperlipidemia', 'Hypertension']);
  });
});
