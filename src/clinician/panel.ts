import type { ChartSummary, Series } from './summary.ts';
import { inMedicineClass } from './vocabulary.ts';

/**
 * One row of a clinician's panel: the patient, their open care gaps (preventive care due or overdue,
 * monitoring labs overdue for their conditions) and risk flags from their latest results.
 */
export interface PanelRow {
  patientId: string;
  name: string;
  ageYears?: number;
  gender?: string;
  lastVisit?: string;
  careGaps: { id: string; label: string; status: 'due' | 'overdue'; kind: 'preventive' | 'monitoring' }[];
  riskFlags: { id: string; label: string; source: string }[];
}

/** Labs a condition calls for, and how often (months), from ADA, KDIGO and ACC/AHA monitoring guidance. */
const monitoring: { id: string; label: string; condition: RegExp; codes: string[]; everyMonths: number; onMedicineClass?: string }[] = [
  { id: 'a1c-diabetes', label: 'A1c (diabetes; ADA: at least every 6 months)', condition: /diabet(?!.*pre)/i, codes: ['4548-4', '17856-6'], everyMonths: 6 },
  { id: 'uacr-diabetes-ckd', label: 'Urine albumin-to-creatinine ratio (diabetes or CKD; ADA/KDIGO: yearly)', condition: /diabet(?!.*pre)|chronic kidney/i, codes: ['9318-7', '14959-1', '14958-3', '32294-1'], everyMonths: 12 },
  { id: 'egfr-diabetes-ckd', label: 'eGFR (diabetes or CKD; ADA/KDIGO: yearly)', condition: /diabet(?!.*pre)|chronic kidney/i, codes: ['33914-3', '62238-1', '48642-3', '48643-1', '98979-8'], everyMonths: 12 },
  { id: 'lipids-statin', label: 'Lipid panel (on a statin; ACC/AHA: yearly once at goal)', condition: /.*/, onMedicineClass: 'statin', codes: ['2093-3', '18262-6', '13457-7', '2089-1'], everyMonths: 12 },
];

function lastDate(summary: ChartSummary, codes: string[]): string | undefined {
  return [...summary.labs, ...summary.vitals].filter((s) => codes.includes(s.code)).map((s) => s.latest.date).sort().at(-1);
}

function latestOf(summary: ChartSummary, codes: string[]): Series['latest'] | undefined {
  return [...summary.labs, ...summary.vitals].filter((s) => codes.includes(s.code)).map((s) => s.latest).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

function monthsBetween(from: string, to: Date): number {
  return (to.getTime() - new Date(from).getTime()) / (30.44 * 86_400_000);
}

export function panelRow(summary: ChartSummary, now = new Date()): PanelRow {
  const careGaps: PanelRow['careGaps'] = summary.preventive
    .filter((p) => p.status === 'due' || p.status === 'overdue')
    .map((p) => ({ id: p.id, label: p.service, status: p.status as 'due' | 'overdue', kind: 'preventive' as const }));
  const problems = summary.problems.map((p) => p.text).join(' | ');
  for (const m of monitoring) {
    const applies = m.onMedicineClass ? summary.medications.some((med) => inMedicineClass(med.text, [m.onMedicineClass!])) : m.condition.test(problems);
    if (!applies) continue;
    const last = lastDate(summary, m.codes);
    if (!last || monthsBetween(last, now) > m.everyMonths) careGaps.push({ id: m.id, label: m.label, status: !last || monthsBetween(last, now) > m.everyMonths * 2 ? 'overdue' : 'due', kind: 'monitoring' });
  }
  const riskFlags: PanelRow['riskFlags'] = [];
  const flag = (id: string, label: string, codes: string[], test: (v: number) => boolean) => {
    const p = latestOf(summary, codes);
    if (p && test(p.value)) riskFlags.push({ id, label: `${label} (${p.value}, ${p.date.slice(0, 10)})`, source: p.source });
  };
  flag('a1c-high', 'A1c ≥ 9 %', ['4548-4', '17856-6'], (v) => v >= 9);
  flag('bp-high', 'Systolic BP ≥ 140', ['8480-6'], (v) => v >= 140);
  flag('bp-dia-high', 'Diastolic BP ≥ 90', ['8462-4'], (v) => v >= 90);
  flag('egfr-low', 'eGFR < 60', ['33914-3', '62238-1', '48642-3', '48643-1', '98979-8'], (v) => v < 60);
  flag('ldl-very-high', 'LDL ≥ 190 mg/dL', ['18262-6', '13457-7', '2089-1'], (v) => v >= 190);
  flag('potassium', 'Potassium outside 3.5–5.0', ['2823-3', '6298-4'], (v) => v < 3.5 || v > 5.0);
  flag('bmi-40', 'BMI ≥ 40', ['39156-5'], (v) => v >= 40);
  return {
    patientId: summary.patient.id,
    name: summary.patient.name,
    ...(summary.patient.ageYears !== undefined ? { ageYears: summary.patient.ageYears } : {}),
    ...(summary.patient.gender ? { gender: summary.patient.gender } : {}),
    ...(summary.encounters[0]?.date ? { lastVisit: summary.encounters[0].date } : {}),
    careGaps,
    riskFlags,
  };
}

export type PanelSort = 'name' | 'gaps' | 'flags' | 'age' | 'last-visit';

export function sortPanel(rows: PanelRow[], sort: PanelSort = 'gaps'): PanelRow[] {
  const by: Record<PanelSort, (a: PanelRow, b: PanelRow) => number> = {
    name: (a, b) => a.name.localeCompare(b.name),
    gaps: (a, b) => b.careGaps.filter((g) => g.status === 'overdue').length - a.careGaps.filter((g) => g.status === 'overdue').length || b.careGaps.length - a.careGaps.length,
    flags: (a, b) => b.riskFlags.length - a.riskFlags.length,
    age: (a, b) => (b.ageYears ?? 0) - (a.ageYears ?? 0),
    'last-visit': (a, b) => (a.lastVisit ?? '').localeCompare(b.lastVisit ?? ''),
  };
  return [...rows].sort((a, b) => by[sort](a, b) || a.name.localeCompare(b.name));
}

export function filterPanel(rows: PanelRow[], filter: { gap?: string; flag?: string; text?: string }): PanelRow[] {
  return rows.filter((r) =>
    (!filter.gap || r.careGaps.some((g) => g.id === filter.gap)) &&
    (!filter.flag || r.riskFlags.some((f) => f.id === filter.flag)) &&
    (!filter.text || r.name.toLowerCase().includes(filter.text.toLowerCase())));
}
