import { describe, expect, it } from 'vitest';
import type { Assessment } from '../api/clinician.ts';
import { fieldKind, optionLabel, parseFieldValue, resultFigures, splitSource } from './calculatorFields.ts';

describe('calculator input fields', () => {
  it('reads the valid range the server states into a field', () => {
    expect(fieldKind('40–79 years')).toEqual({ kind: 'number', min: 40, max: 79, unit: 'years' });
    expect(fieldKind('0.1-20 mg/dL')).toEqual({ kind: 'number', min: 0.1, max: 20, unit: 'mg/dL' });
    expect(fieldKind('true | false')).toEqual({ kind: 'boolean' });
    expect(fieldKind('white | african_american | other')).toEqual({ kind: 'choice', options: ['white', 'african_american', 'other'] });
  });

  it('turns typed text into the value the API takes, and empty or non-numeric text into nothing', () => {
    const number = fieldKind('40–79 years');
    expect(parseFieldValue(number, '55')).toBe(55);
    expect(parseFieldValue(number, '1,2')).toBe(1.2);
    expect(parseFieldValue(number, 'abc')).toBeUndefined();
    expect(parseFieldValue(number, ' ')).toBeUndefined();
    expect(parseFieldValue({ kind: 'boolean' }, 'false')).toBe(false);
    expect(parseFieldValue({ kind: 'choice', options: ['white'] }, 'white')).toBe('white');
    expect(optionLabel('african_american')).toBe('African American');
  });

  it('splits where an input came from into the record reference and its description', () => {
    expect(splitSource('Observation/abc-1 (151 mg/dL, 2025-02-14)')).toEqual({ reference: 'Observation/abc-1', rest: '151 mg/dL, 2025-02-14' });
    expect(splitSource('entered by clinician')).toEqual({ rest: 'entered by clinician' });
    expect(splitSource(undefined)).toEqual({ rest: '' });
  });
});

describe('resultFigures', () => {
  it('shows risks as percentages and leaves out duplicates and intermediate sums', () => {
    const assessment = {
      complete: true,
      calculator: 'pce',
      title: 'Pooled Cohort Equations',
      interpretation: '10-year ASCVD risk 2.1 %: low risk',
      inputs: [],
      notes: [],
      source: { organization: 'ACC/AHA', title: 'Guideline', year: 2013 },
      tenYearRisk: 0.0205,
      tenYearRiskPercent: 2.1,
      individualSum: -29.5,
    } as Extract<Assessment, { complete: true }>;
    expect(resultFigures(assessment)).toEqual([{ key: 'tenYearRisk', label: '10-year ASCVD risk', value: '2.1 %' }]);
  });

  it('keeps plain numbers and categories as they are', () => {
    const assessment = {
      complete: true,
      calculator: 'egfr',
      title: 'eGFR',
      interpretation: 'G1',
      inputs: [],
      notes: [],
      source: { organization: 'CKD-EPI', title: 'Equation', year: 2021 },
      egfr: 135,
      egfrUnrounded: 134.8208,
      gfrCategory: 'G1',
    } as Extract<Assessment, { complete: true }>;
    expect(resultFigures(assessment).map((figure) => [figure.label, figure.value])).toEqual([
      ['eGFR (mL/min/1.73 m²)', '135'],
      ['KDIGO GFR category', 'G1'],
    ]);
  });
});
