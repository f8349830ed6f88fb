import { describe, expect, it } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { answerChartQuestion } from './questions.ts';
import { buildChartSummary } from './summary.ts';

const now = new Date('2025-09-01T00:00:00Z');

function lab(id: string, code: string, display: string, date: string, value: number, unit: string): Resource {
  return { resourceType: 'Observation', id, status: 'final', subject: { reference: 'Patient/p1' }, category: [{ coding: [{ code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code, display }] }, effectiveDateTime: date, valueQuantity: { value, unit } } as Resource;
}

const record: Resource[] = [
  { resourceType: 'Patient', id: 'p1', name: [{ given: ['Rosa'], family: 'Diaz' }], gender: 'female', birthDate: '1958-02-03' },
  lab('a1', '4548-4', 'Hemoglobin A1c', '2024-02-10', 7.9, '%'),
  lab('a2', '4548-4', 'Hemoglobin A1c', '2025-03-12', 7.1, '%'),
  lab('g1', '33914-3', 'eGFR', '2024-11-01', 58, 'mL/min/1.73m2'),
  lab('g2', '33914-3', 'eGFR', '2025-02-01', 55, 'mL/min/1.73m2'),
  lab('g3', '62238-1', 'eGFR CKD-EPI', '2025-07-01', 51, 'mL/min/1.73m2'),
  { resourceType: 'MedicationRequest', id: 'm1', status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '617312', display: 'atorvastatin 40 MG Oral Tablet' }] }, authoredOn: '2023-01-01' },
  { resourceType: 'MedicationRequest', id: 'm2', status: 'stopped', intent: 'order', subject: { reference: 'Patient/p1' }, medicationCodeableConcept: { coding: [{ display: 'warfarin 5 MG Oral Tablet' }] }, authoredOn: '2020-01-01' },
  { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Type 2 diabetes mellitus' }] }, onsetDateTime: '2015-05-01' },
  { resourceType: 'AllergyIntolerance', id: 'al1', patient: { reference: 'Patient/p1' }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ display: 'Penicillin' }] } },
] as Resource[];

const summary = buildChartSummary(record, { now });
const ask = (q: string) => answerChartQuestion(summary, q, now);

describe('chart questions', () => {
  it('answers the last value of a lab with its date and source', () => {
    expect(ask('When was her last A1c?')).toMatchObject({ found: true, intent: 'latest-value', citations: ['Observation/a2'] });
    expect(ask('When was her last A1c?').answer).toContain('7.1 % on 2025-03-12');
  });

  it('answers a trend within the asked window, merging codes that carry the same measure', () => {
    const answer = ask('What was the trend in eGFR this year?');
    expect(answer).toMatchObject({ found: true, intent: 'trend', citations: ['Observation/g2', 'Observation/g3'] });
    expect(answer.answer).toMatch(/fell from 55 to 51/);
  });

  it('answers medicine-class questions from active medications only', () => {
    expect(ask('Is she on a statin?')).toMatchObject({ found: true, citations: ['MedicationRequest/m1'] });
    const thinner = ask('Is she taking a blood thinner?');
    expect(thinner.found).toBe(false);
    expect(thinner.citations).toEqual([]);
  });

  it('says "not in the record" rather than guessing', () => {
    for (const q of ['When was her last PSA?', 'What is her TSH?', 'What was the trend in LDL this year?']) {
      const answer = ask(q);
      expect(answer.found).toBe(false);
      expect(answer.answer).toMatch(/^Not in the record/);
      expect(answer.citations).toEqual([]);
    }
  });

  it('lists allergies and problems with citations', () => {
    expect(ask('Any allergies?')).toMatchObject({ found: true, citations: ['AllergyIntolerance/al1'] });
    expect(ask('Does she have type 2 diabetes mellitus?')).toMatchObject({ found: true, citations: ['Condition/c1'] });
  });
});
