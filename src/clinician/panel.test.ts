import { describe, expect, it } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { filterPanel, panelRow, sortPanel } from './panel.ts';
import { buildChartSummary } from './summary.ts';

const now = new Date('2025-06-01T00:00:00Z');
const obs = (id: string, code: string, value: number, date: string): Resource => ({ resourceType: 'Observation', id, status: 'final', subject: { reference: 'Patient/x' }, category: [{ coding: [{ code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code }] }, effectiveDateTime: date, valueQuantity: { value, unit: '' } }) as Resource;

function person(id: string, name: string, extra: Resource[]): Resource[] {
  return [{ resourceType: 'Patient', id, name: [{ given: [name], family: 'Test' }], gender: 'male', birthDate: '1960-01-01' } as Resource, ...extra];
}

const diabetic = person('d', 'Dan', [
  { resourceType: 'Condition', id: 'c', subject: { reference: 'Patient/d' }, clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Type 2 diabetes mellitus' }] } } as Resource,
  obs('a1c', '4548-4', 9.4, '2024-02-01'),
  obs('sbp', '8480-6', 152, '2025-05-01'),
]);
const healthy = person('h', 'Hal', [obs('sbp2', '8480-6', 118, '2025-05-01')]);

describe('panel', () => {
  const rows = [panelRow(buildChartSummary(diabetic, { now }), now), panelRow(buildChartSummary(healthy, { now }), now)];

  it('shows monitoring labs overdue for a condition, and risk flags with their source', () => {
    const dan = rows[0]!;
    expect(dan.careGaps).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'a1c-diabetes', status: 'overdue', kind: 'monitoring' }), expect.objectContaining({ id: 'uacr-diabetes-ckd' })]));
    expect(dan.riskFlags.map((f) => f.id)).toEqual(expect.arrayContaining(['a1c-high', 'bp-high']));
    expect(dan.riskFlags.find((f) => f.id === 'a1c-high')!.source).toBe('Observation/a1c');
    const hal = rows[1]!;
    expect(hal.careGaps.some((g) => g.kind === 'monitoring')).toBe(false);
    expect(hal.riskFlags).toEqual([]);
  });

  it('sorts by care gaps or flags and filters by gap and flag', () => {
    expect(sortPanel(rows, 'flags').map((r) => r.patientId)).toEqual(['d', 'h']);
    expect(sortPanel(rows, 'name').map((r) => r.patientId)).toEqual(['d', 'h']);
    expect(filterPanel(rows, { flag: 'a1c-high' }).map((r) => r.patientId)).toEqual(['d']);
    expect(filterPanel(rows, { gap: 'a1c-diabetes' }).map((r) => r.patientId)).toEqual(['d']);
    expect(filterPanel(rows, { text: 'hal' }).map((r) => r.patientId)).toEqual(['h']);
  });
});
