import type { Condition, MedicationRequest, Observation, Patient, Resource } from '@medplum/fhirtypes';
import { antihypertensiveClasses, inMedicineClass } from '../clinician/index.ts';
import type { CsvTable } from './csv.ts';

/**
 * Cohorts from patient records: an index date per patient, an outcome within a window after it,
 * and features from what the record held before it — never after, so nothing leaks from the
 * future. The index date is placed relative to each patient's own timeline (their last recorded
 * event minus the window), so the cohort is the same on date-shifted de-identified records.
 * The same feature reader scores a live chart (index date = today) with a model trained this way.
 */
export interface OutcomeDefinition {
  id: string;
  label: string;
  snomed: string[];
  icd10: RegExp;
}

export const outcomes: Record<string, OutcomeDefinition> = {
  'heart-failure': { id: 'heart-failure', label: 'Heart failure', snomed: ['84114007', '88805009', '42343007', '85232009', '417996009'], icd10: /^I50/ },
  'coronary-artery-disease': { id: 'coronary-artery-disease', label: 'Coronary artery disease', snomed: ['53741008', '414545008', '22298006', '399211009', '401303003', '401314000'], icd10: /^I2[0-5]/ },
  'type-2-diabetes': { id: 'type-2-diabetes', label: 'Type 2 diabetes', snomed: ['44054006'], icd10: /^E11/ },
  'chronic-kidney-disease': { id: 'chronic-kidney-disease', label: 'Chronic kidney disease', snomed: ['709044004', '431855005', '431856006', '433144002', '431857002', '46177005'], icd10: /^N18/ },
  'atrial-fibrillation': { id: 'atrial-fibrillation', label: 'Atrial fibrillation', snomed: ['49436004'], icd10: /^I48/ },
};

const conditionFlags: Record<string, { snomed: string[]; icd10: RegExp }> = {
  hypertension: { snomed: ['38341003', '59621000'], icd10: /^I1[0-6]/ },
  diabetes: { snomed: ['44054006', '46635009', '73211009'], icd10: /^E1[013]/ },
  hyperlipidemia: { snomed: ['55822004', '13644009', '267432004'], icd10: /^E78/ },
  ckd: outcomes['chronic-kidney-disease']!,
  atrial_fibrillation: outcomes['atrial-fibrillation']!,
  obesity: { snomed: ['414916001', '162864005', '408512008'], icd10: /^E66/ },
  copd: { snomed: ['13645005', '185086009'], icd10: /^J44/ },
  coronary_disease: outcomes['coronary-artery-disease']!,
  heart_failure: outcomes['heart-failure']!,
};

const labFeatures: Record<string, string[]> = {
  sbp: ['8480-6'], dbp: ['8462-4'], bmi: ['39156-5'], a1c: ['4548-4', '17856-6'], ldl: ['18262-6', '13457-7', '2089-1'],
  hdl: ['2085-9'], total_cholesterol: ['2093-3'], egfr: ['33914-3', '62238-1', '48642-3', '48643-1', '98979-8'], creatinine: ['2160-0', '38483-4'],
};

const currentSmoker = new Set(['449868002', '428041000124106', '77176002', '428061000124105', '428071000124103']);
const formerOrNever = new Set(['8517006', '266919005']);

export const featureNames = ['age', 'sex', ...Object.keys(labFeatures), 'smoker', ...Object.keys(conditionFlags), 'statin', 'antihypertensive'];

function time(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value.length === 4 ? `${value}-07-01` : value.length === 7 ? `${value}-15` : value);
  return Number.isNaN(t) ? undefined : t;
}

function codeMatches(resource: Condition, def: { snomed: string[]; icd10: RegExp }): boolean {
  return (resource.code?.coding ?? []).some((c) => (c.code !== undefined && def.snomed.includes(c.code)) || (!!c.code && /icd-10/i.test(c.system ?? '') && def.icd10.test(c.code)));
}

function onset(c: Condition): number | undefined {
  return time(c.onsetDateTime ?? c.onsetPeriod?.start ?? c.recordedDate);
}

function obsTime(o: Observation): number | undefined {
  return time(o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.issued);
}

/** Every dated event in a record, for placing the index date on the patient's own timeline. */
export function lastEventTime(resources: Resource[]): number | undefined {
  let last: number | undefined;
  for (const r of resources) {
    const rec = r as unknown as Record<string, unknown>;
    const values = [rec.effectiveDateTime, rec.onsetDateTime, rec.authoredOn, rec.occurrenceDateTime, rec.performedDateTime, rec.date, (rec.period as { start?: string } | undefined)?.start];
    for (const v of values) {
      const t = typeof v === 'string' ? time(v) : undefined;
      if (t !== undefined && (last === undefined || t > last)) last = t;
    }
  }
  return last;
}

/** Features as of the index time: only what the record held before it. */
export function featuresAt(resources: Resource[], indexTime: number, lookbackYears = 3): Record<string, string | number | null> {
  const patient = resources.find((r): r is Patient => r.resourceType === 'Patient');
  const row: Record<string, string | number | null> = {};
  const birth = time(patient?.birthDate);
  row.age = birth === undefined ? null : Math.floor((indexTime - birth) / (365.2425 * 86_400_000));
  row.sex = patient?.gender === 'male' || patient?.gender === 'female' ? patient.gender : null;
  const from = indexTime - lookbackYears * 365.2425 * 86_400_000;
  const observations = resources.filter((r): r is Observation => r.resourceType === 'Observation');
  for (const [name, codes] of Object.entries(labFeatures)) {
    let best: { t: number; v: number } | undefined;
    for (const o of observations) {
      const t = obsTime(o);
      if (t === undefined || t > indexTime || t < from) continue;
      const values: { code?: string; v?: number }[] = [{ code: o.code?.coding?.[0]?.code, v: o.valueQuantity?.value }, ...(o.component ?? []).map((c) => ({ code: c.code?.coding?.[0]?.code, v: c.valueQuantity?.value }))];
      for (const { code, v } of values) if (code && codes.includes(code) && typeof v === 'number' && (!best || t > best.t)) best = { t, v };
    }
    row[name] = best ? best.v : null;
  }
  let smoking: { t: number; code: string } | undefined;
  for (const o of observations) {
    if (!o.code?.coding?.some((c) => c.code === '72166-2')) continue;
    const t = obsTime(o);
    const code = o.valueCodeableConcept?.coding?.[0]?.code;
    if (t !== undefined && t <= indexTime && code && (!smoking || t > smoking.t)) smoking = { t, code };
  }
  row.smoker = smoking ? (currentSmoker.has(smoking.code) ? 1 : formerOrNever.has(smoking.code) ? 0 : null) : null;
  const conditions = resources.filter((r): r is Condition => r.resourceType === 'Condition');
  for (const [name, def] of Object.entries(conditionFlags)) {
    row[name] = conditions.some((c) => codeMatches(c, def) && (onset(c) ?? Infinity) <= indexTime) ? 1 : 0;
  }
  const meds = resources.filter((r): r is MedicationRequest => r.resourceType === 'MedicationRequest' && (time(r.authoredOn) ?? Infinity) <= indexTime && r.status !== 'entered-in-error');
  const medText = (m: MedicationRequest) => m.medicationCodeableConcept?.text ?? m.medicationCodeableConcept?.coding?.map((c) => c.display ?? '').join(' ') ?? '';
  row.statin = meds.some((m) => inMedicineClass(medText(m), ['statin'])) ? 1 : 0;
  row.antihypertensive = meds.some((m) => inMedicineClass(medText(m), antihypertensiveClasses)) ? 1 : 0;
  return row;
}

export interface CohortRow {
  features: Record<string, string | number | null>;
  outcome: 0 | 1;
}

export type CohortExclusion = 'no-birth-date' | 'prevalent-outcome' | 'too-little-history' | 'no-events';

/** One patient's cohort row, or why they are left out. */
export function cohortRow(resources: Resource[], outcome: OutcomeDefinition, windowYears: number): CohortRow | { excluded: CohortExclusion } {
  const patient = resources.find((r): r is Patient => r.resourceType === 'Patient');
  if (!patient?.birthDate) return { excluded: 'no-birth-date' };
  const last = lastEventTime(resources);
  if (last === undefined) return { excluded: 'no-events' };
  const index = last - windowYears * 365.2425 * 86_400_000;
  const conditions = resources.filter((r): r is Condition => r.resourceType === 'Condition' && codeMatches(r, outcome));
  if (conditions.some((c) => (onset(c) ?? Infinity) <= index)) return { excluded: 'prevalent-outcome' };
  const hasHistory = resources.some((r) => r.resourceType === 'Observation' && (obsTime(r as Observation) ?? Infinity) <= index);
  if (!hasHistory) return { excluded: 'too-little-history' };
  const happened = conditions.some((c) => {
    const t = onset(c);
    return t !== undefined && t > index && t <= last;
  });
  return { features: featuresAt(resources, index), outcome: happened ? 1 : 0 };
}

/** Rows as a CSV table, so the cohort takes the same dataset path as a CSV file. */
export function cohortTable(rows: CohortRow[]): CsvTable {
  return {
    header: [...featureNames, 'outcome'],
    rows: rows.map((r) => [...featureNames.map((f) => (r.features[f] === null || r.features[f] === undefined ? '' : String(r.features[f]))), String(r.outcome)]),
  };
}
