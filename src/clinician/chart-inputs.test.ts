import { describe, expect, it } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { chartCalculators, inputsFromChart } from './chart-inputs.ts';
import { buildChartSummary } from './summary.ts';

const now = new Date('2025-01-01T00:00:00Z');
const obs = (id: string, code: string, value: number, unit: string, date = '2024-11-01'): Resource => ({
  resourceType: 'Observation', id, status: 'final', subject: { reference: 'Patient/p' }, category: [{ coding: [{ code: 'laboratory' }] }],
  code: { coding: [{ system: 'http://loinc.org', code }] }, effectiveDateTime: date, valueQuantity: { value, unit },
}) as Resource;

const record: Resource[] = [
  { resourceType: 'Patient', id: 'p', gender: 'female', birthDate: '1969-06-01', extension: [{ url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race', extension: [{ url: 'ombCategory', valueCoding: { code: '2106-3' } }] }] },
  obs('tc', '2093-3', 213, 'mg/dL'),
  obs('hdl', '2085-9', 1.29, 'mmol/L'),
  obs('sbp', '8480-6', 120, 'mm[Hg]'),
  obs('cr-old', '2160-0', 0.8, 'mg/dL', '2020-01-01'),
  obs('cr', '2160-0', 88.4, 'umol/L'),
  { resourceType: 'Observation', id: 'smk', status: 'final', subject: { reference: 'Patient/p' }, code: { coding: [{ system: 'http://loinc.org', code: '72166-2' }] }, effectiveDateTime: '2024-01-01', valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '266919005', display: 'Never smoked tobacco' }] } },
] as Resource[];

describe('calculators filled from the chart', () => {
  const summary = buildChartSummary(record, { now });

  it('takes each input from the latest result, converted to the calculator’s unit, with its source', () => {
    const inputs = inputsFromChart(summary, record);
    expect(inputs.totalCholesterol).toMatchObject({ value: 213, source: expect.stringContaining('Observation/tc') });
    expect(inputs.hdl!.value).toBeCloseTo(49.88, 1);
    expect(inputs.creatinine).toMatchObject({ value: 1, source: expect.stringContaining('Observation/cr ') });
    expect(inputs.race).toMatchObject({ value: 'white' });
    expect(inputs.smoker).toMatchObject({ value: false });
    expect(inputs.diabetes).toMatchObject({ value: false });
  });

  it('runs the calculators whose inputs are all there and lists what is missing for the rest', () => {
    const results = chartCalculators(summary, record);
    const pce = results.find((r) => r.calculator === 'pce')!;
    expect(pce.complete).toBe(true);
    const egfr = results.find((r) => r.calculator === 'egfr')!;
    expect(egfr).toMatchObject({ complete: true });
    const fib4 = results.find((r) => r.calculator === 'fib4')!;
    expect(fib4.complete).toBe(false);
    if (!fib4.complete) expect(fib4.missing.map((m) => m.name)).toEqual(expect.arrayContaining(['ast', 'alt', 'platelets']));
    // A clinician-supplied value fills the gap.
    const withBmi = chartCalculators(summary, record, { weightKg: { value: 70, source: 'entered by clinician' }, heightCm: { value: 165, source: 'entered by clinician' } });
    expect(withBmi.find((r) => r.calculator === 'bmi')!.complete).toBe(true);
  });
});
