import { describe, expect, it } from 'vitest';
import type { DocumentReference, Observation } from '@medplum/fhirtypes';
import { decodeBase64Text, describeResource } from './describe.ts';

describe('describeResource', () => {
  it('lists an observation with its value, range, interpretation and date', () => {
    const observation: Observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
      valueQuantity: { value: 7.4, unit: '%' },
      referenceRange: [{ high: { value: 5.6, unit: '%' }, text: '<5.7 %' }],
      interpretation: [{ coding: [{ code: 'H', display: 'High' }] }],
      effectiveDateTime: '2024-03-02T09:00:00Z',
    };
    const description = describeResource(observation);
    expect(description.title).toBe('Hemoglobin A1c');
    const facts = Object.fromEntries(description.facts.map((fact) => [fact.label, fact.value]));
    expect(facts).toMatchObject({ Result: '7.4 %', 'Reference range': '<5.7 %', Interpretation: 'High', Status: 'final', Code: '4548-4 (Hemoglobin A1c)' });
    expect(facts.Date).toMatch(/2024/);
  });

  it('decodes the text of a note', () => {
    const text = 'Follow-up visit — café';
    const data = Buffer.from(text, 'utf8').toString('base64');
    expect(decodeBase64Text(data)).toBe(text);
    const note: DocumentReference = {
      resourceType: 'DocumentReference',
      status: 'current',
      type: { text: 'Progress note' },
      content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data } }],
    };
    expect(describeResource(note)).toMatchObject({ title: 'Progress note', text });
  });

  it('falls back to the resource type for anything else', () => {
    expect(describeResource({ resourceType: 'Organization', name: 'Clinic' })).toEqual({ title: 'Organization', facts: [] });
  });
});
