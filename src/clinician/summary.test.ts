import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import { buildChartSummary, flagValue } from './summary.ts';

const dir = join(import.meta.dirname, '../../../shared/data/synthea-fhir-r4-bundles/bundles');
const bundles = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function resourcesOf(file: string): Resource[] {
  return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Bundle).entry!.map((e) => e.resource!);
}

describe('chart summary', () => {
  it('summarises every Synthea patient with each statement linked to a resource in the record', () => {
    for (const file of bundles) {
      const resources = resourcesOf(file);
      const ids = new Set(resources.map((r) => `${r.resourceType}/${r.id}`));
      const summary = buildChartSummary(resources, { now: new Date('2020-01-01') });
      const items = [...summary.problems, ...summary.resolvedProblems, ...summary.medications, ...summary.allergies, ...summary.immunizations, ...summary.encounters, ...summary.procedures];
      for (const item of items) expect(ids.has(item.source)).toBe(true);
      for (const s of [...summary.labs, ...summary.vitals]) for (const p of s.points) expect(ids.has(p.source)).toBe(true);
      const conditions = resources.filter((r) => r.resourceType === 'Condition').length;
      expect(summary.problems.length + summary.resolvedProblems.length).toBe(conditions);
      expect(summary.counts.Patient).toBe(1);
    }
  });

  it('builds lab and vital trends in date order with the latest value last', () => {
    const file = bundles.find((f) => resourcesOf(f).filter((r) => r.resourceType === 'Observation').length > 150)!;
    const summary = buildChartSummary(resourcesOf(file));
    expect(summary.vitals.map((v) => v.name)).toEqual(expect.arrayContaining(['Systolic blood pressure', 'Diastolic blood pressure']));
    for (const s of [...summary.labs, ...summary.vitals]) {
      const dates = s.points.map((p) => p.date);
      expect(dates).toEqual([...dates].sort());
      expect(s.latest).toEqual(s.points[s.points.length - 1]);
    }
  });

  it('lists the preventive care that applies, with due and overdue services first', () => {
    const older = bundles.map(resourcesOf).find((r) => {
      const p = r.find((x) => x.resourceType === 'Patient') as { birthDate?: string; deceasedDateTime?: string };
      return p.birthDate! < '1960' && !p.deceasedDateTime;
    })!;
    const summary = buildChartSummary(older, { now: new Date('2020-01-01') });
    expect(summary.preventive.length).toBeGreaterThan(3);
    expect(summary.preventive.map((i) => i.id)).toEqual(expect.arrayContaining([expect.stringMatching(/colorectal/), expect.stringMatching(/influenza/)]));
    const rank = { overdue: 0, due: 1, 'up-to-date': 2, 'not-applicable': 3 };
    const ranks = summary.preventive.map((i) => rank[i.status]);
    expect(ranks).toEqual([...ranks].sort());
    for (const item of summary.preventive) expect(item.source.year).toBeGreaterThan(2000);
  });

  it('flags values by interpretation first, then by reference range', () => {
    expect(flagValue(7.2, { low: 4, high: 5.6 })).toBe('high');
    expect(flagValue(3.1, { low: 3.5, high: 5.1 })).toBe('low');
    expect(flagValue(4.2, { low: 3.5, high: 5.1 })).toBe('normal');
    expect(flagValue(4.2, { low: 3.5, high: 5.1 }, 'HH')).toBe('critical-high');
    expect(flagValue(4.2, undefined)).toBe('unknown');
    const obs: Observation = {
      resourceType: 'Observation', id: 'k', status: 'final', subject: { reference: 'Patient/p' },
      category: [{ coding: [{ code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code: '2823-3', display: 'Potassium' }] },
      effectiveDateTime: '2024-01-01', valueQuantity: { value: 6.1, unit: 'mmol/L' }, referenceRange: [{ low: { value: 3.5 }, high: { value: 5.1 } }],
    };
    const summary = buildChartSummary([{ resourceType: 'Patient', id: 'p', birthDate: '1950-06-15' }, obs], { now: new Date('2024-06-14') });
    expect(summary.labs[0]).toMatchObject({ name: 'Potassium', latest: { value: 6.1, flag: 'high', source: 'Observation/k' }, referenceRange: { low: 3.5, high: 5.1 } });
    expect(summary.patient.ageYears).toBe(73);
  });
});
