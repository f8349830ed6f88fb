import { evaluatePreventiveCare, type PreventiveItem } from '../clinical/index.ts';
import { preventiveProfileFromRecord } from './profile.ts';
import type {
  AllergyIntolerance, CodeableConcept, Condition, DocumentReference, Encounter, Immunization,
  MedicationRequest, Observation, Patient, Procedure, Resource,
} from '@medplum/fhirtypes';

/**
 * The chart summary of one patient, built from their record (the resources of
 * Patient/$everything). Pure: resources in, summary out. Every item names the resource it came
 * from (`source: "Type/id"`) so the chart can link each statement to its evidence.
 */
export interface SourcedItem {
  text: string;
  source: string;
  code?: string;
  system?: string;
  date?: string;
  status?: string;
  detail?: string;
}

export type Flag = 'low' | 'normal' | 'high' | 'critical-low' | 'critical-high' | 'abnormal' | 'unknown';

export interface SeriesPoint {
  date: string;
  value: number;
  flag: Flag;
  source: string;
}

export interface Series {
  /** LOINC code of the measurement. */
  code: string;
  name: string;
  unit: string;
  referenceRange?: { low?: number; high?: number; text?: string };
  points: SeriesPoint[];
  latest: SeriesPoint;
  /** Change from the first to the latest point, in the series' unit. */
  change?: number;
}

export interface ChartSummary {
  patient: { id: string; name: string; birthDate?: string; ageYears?: number; gender?: string; mrn?: string; deceased?: boolean; source: string };
  problems: SourcedItem[];
  resolvedProblems: SourcedItem[];
  medications: SourcedItem[];
  allergies: SourcedItem[];
  labs: Series[];
  vitals: Series[];
  immunizations: SourcedItem[];
  procedures: SourcedItem[];
  encounters: SourcedItem[];
  notes: SourcedItem[];
  smoking?: SourcedItem;
  /** Preventive services that apply (due, overdue or up to date), from the USPSTF and CDC rules. */
  preventive: PreventiveItem[];
  counts: Record<string, number>;
}

const vitalCodes = new Map<string, string>([
  ['8480-6', 'Systolic blood pressure'],
  ['8462-4', 'Diastolic blood pressure'],
  ['8867-4', 'Heart rate'],
  ['39156-5', 'Body mass index'],
  ['29463-7', 'Body weight'],
  ['8302-2', 'Body height'],
  ['8310-5', 'Body temperature'],
  ['9279-1', 'Respiratory rate'],
  ['59408-5', 'Oxygen saturation'],
  ['2708-6', 'Oxygen saturation'],
]);
const smokingCode = '72166-2';
const loinc = 'http://loinc.org';

export function ref(resource: Resource): string {
  return `${resource.resourceType}/${resource.id}`;
}

export function conceptText(concept: CodeableConcept | undefined): string {
  if (!concept) return 'unknown';
  return concept.text ?? concept.coding?.find((c) => c.display)?.display ?? concept.coding?.[0]?.code ?? 'unknown';
}

function firstCoding(concept: CodeableConcept | undefined): { code?: string; system?: string } {
  const c = concept?.coding?.[0];
  return c ? { code: c.code, system: c.system } : {};
}

export function ageOn(birthDate: string, on: Date): number {
  const b = new Date(`${birthDate.slice(0, 10)}T00:00:00Z`);
  let age = on.getUTCFullYear() - b.getUTCFullYear();
  const m = on.getUTCMonth() - b.getUTCMonth();
  if (m < 0 || (m === 0 && on.getUTCDate() < b.getUTCDate())) age--;
  return age;
}

function byDateDesc<T extends { date?: string }>(items: T[]): T[] {
  return items.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

function observationDate(o: Observation): string | undefined {
  return o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.effectiveInstant ?? o.issued;
}

/** Flags a value by the record's interpretation, else by its reference range. */
export function flagValue(value: number, range: { low?: number; high?: number } | undefined, interpretation?: string): Flag {
  switch (interpretation) {
    case 'HH': return 'critical-high';
    case 'LL': return 'critical-low';
    case 'H': case 'HU': return 'high';
    case 'L': case 'LU': return 'low';
    case 'N': return 'normal';
    case 'A': case 'AA': return 'abnormal';
  }
  if (!range || (range.low === undefined && range.high === undefined)) return 'unknown';
  if (range.high !== undefined && value > range.high) return 'high';
  if (range.low !== undefined && value < range.low) return 'low';
  return 'normal';
}

interface RawPoint { code: string; name: string; unit: string; date: string; value: number; range?: Series['referenceRange']; interpretation?: string; source: string }

function quantityPoints(o: Observation): RawPoint[] {
  const date = observationDate(o);
  if (!date || o.status === 'entered-in-error' || o.status === 'cancelled') return [];
  const out: RawPoint[] = [];
  const push = (concept: CodeableConcept | undefined, q: { value?: number; unit?: string; code?: string } | undefined, range: Observation['referenceRange'], interp: CodeableConcept[] | undefined) => {
    const coding = concept?.coding?.find((c) => c.system === loinc) ?? concept?.coding?.[0];
    if (!coding?.code || typeof q?.value !== 'number') return;
    const r = range?.[0];
    out.push({
      code: coding.code,
      name: coding.display ?? concept?.text ?? coding.code,
      unit: q.unit ?? q.code ?? '',
      date,
      value: q.value,
      range: r ? { ...(r.low?.value !== undefined ? { low: r.low.value } : {}), ...(r.high?.value !== undefined ? { high: r.high.value } : {}), ...(r.text ? { text: r.text } : {}) } : undefined,
      interpretation: interp?.[0]?.coding?.[0]?.code,
      source: ref(o),
    });
  };
  push(o.code, o.valueQuantity, o.referenceRange, o.interpretation);
  for (const c of o.component ?? []) push(c.code, c.valueQuantity, c.referenceRange, c.interpretation);
  return out;
}

function toSeries(points: RawPoint[]): Series[] {
  const groups = new Map<string, RawPoint[]>();
  for (const p of points) groups.set(p.code, [...(groups.get(p.code) ?? []), p]);
  const series: Series[] = [];
  for (const [code, list] of groups) {
    list.sort((a, b) => a.date.localeCompare(b.date));
    const range = [...list].reverse().find((p) => p.range)?.range;
    const pts = list.map((p) => ({ date: p.date, value: p.value, flag: flagValue(p.value, p.range ?? range, p.interpretation), source: p.source }));
    const latest = pts[pts.length - 1]!;
    series.push({
      code,
      name: vitalCodes.get(code) ?? list[list.length - 1]!.name,
      unit: list[list.length - 1]!.unit,
      ...(range ? { referenceRange: range } : {}),
      points: pts,
      latest,
      ...(pts.length > 1 ? { change: Math.round((latest.value - pts[0]!.value) * 100) / 100 } : {}),
    });
  }
  return series.sort((a, b) => b.latest.date.localeCompare(a.latest.date) || a.name.localeCompare(b.name));
}

function isActive(concept: CodeableConcept | undefined): boolean {
  const code = concept?.coding?.[0]?.code;
  return code === undefined || code === 'active' || code === 'recurrence' || code === 'relapse';
}

function noteText(doc: DocumentReference): string | undefined {
  const data = doc.content?.[0]?.attachment?.data;
  if (!data) return doc.description;
  try {
    return Buffer.from(data, 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

function preventiveFor(resources: Resource[], now: Date): PreventiveItem[] {
  const profile = preventiveProfileFromRecord(resources, now.toISOString().slice(0, 10));
  if (!profile) return [];
  const order = { overdue: 0, due: 1, 'up-to-date': 2, 'not-applicable': 3 } as const;
  return evaluatePreventiveCare(profile).filter((i) => i.status !== 'not-applicable').sort((a, b) => order[a.status] - order[b.status] || a.service.localeCompare(b.service));
}

export function buildChartSummary(resources: Resource[], options: { now?: Date; recentEncounters?: number; recentNotes?: number } = {}): ChartSummary {
  const now = options.now ?? new Date();
  const patient = resources.find((r): r is Patient => r.resourceType === 'Patient');
  if (!patient) throw new Error('the record has no Patient resource');
  const counts: Record<string, number> = {};
  for (const r of resources) counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1;
  const of = <T extends Resource>(type: T['resourceType']) => resources.filter((r): r is T => r.resourceType === type);

  const name = patient.name?.[0];
  const conditions = of<Condition>('Condition').filter((c) => c.verificationStatus?.coding?.[0]?.code !== 'entered-in-error');
  const conditionItem = (c: Condition): SourcedItem => ({
    text: conceptText(c.code), source: ref(c), ...firstCoding(c.code),
    ...(c.onsetDateTime ?? c.recordedDate ? { date: c.onsetDateTime ?? c.recordedDate } : {}),
    status: c.clinicalStatus?.coding?.[0]?.code ?? 'active',
    ...(c.abatementDateTime ? { detail: `resolved ${c.abatementDateTime.slice(0, 10)}` } : {}),
  });
  const observations = of<Observation>('Observation');
  const category = (o: Observation) => o.category?.flatMap((c) => c.coding?.map((x) => x.code) ?? []) ?? [];
  const points = observations.flatMap(quantityPoints);
  const vitalPoints = points.filter((p) => vitalCodes.has(p.code));
  const labObs = new Set(observations.filter((o) => category(o).includes('laboratory')).map(ref));
  const labPoints = points.filter((p) => !vitalCodes.has(p.code) && (labObs.has(p.source) || !observations.some((o) => ref(o) === p.source && category(o).includes('vital-signs'))));
  const smoking = observations
    .filter((o) => o.code?.coding?.some((c) => c.code === smokingCode))
    .sort((a, b) => (observationDate(b) ?? '').localeCompare(observationDate(a) ?? ''))[0];

  return {
    patient: {
      id: patient.id!,
      name: name ? [...(name.prefix ?? []), ...(name.given ?? []), name.family].filter(Boolean).join(' ') : 'Unknown',
      ...(patient.birthDate ? { birthDate: patient.birthDate, ageYears: ageOn(patient.birthDate, patient.deceasedDateTime ? new Date(patient.deceasedDateTime) : now) } : {}),
      ...(patient.gender ? { gender: patient.gender } : {}),
      ...(patient.identifier?.find((i) => i.type?.coding?.some((c) => c.code === 'MR'))?.value ? { mrn: patient.identifier.find((i) => i.type?.coding?.some((c) => c.code === 'MR'))!.value } : {}),
      ...(patient.deceasedDateTime || patient.deceasedBoolean ? { deceased: true } : {}),
      source: ref(patient),
    },
    problems: byDateDesc(conditions.filter((c) => isActive(c.clinicalStatus)).map(conditionItem)),
    resolvedProblems: byDateDesc(conditions.filter((c) => !isActive(c.clinicalStatus)).map(conditionItem)),
    medications: byDateDesc(of<MedicationRequest>('MedicationRequest').filter((m) => m.status === 'active').map((m) => ({
      text: conceptText(m.medicationCodeableConcept), source: ref(m), ...firstCoding(m.medicationCodeableConcept),
      ...(m.authoredOn ? { date: m.authoredOn } : {}), status: m.status,
      ...(m.dosageInstruction?.[0]?.text ? { detail: m.dosageInstruction[0].text } : {}),
    }))),
    allergies: of<AllergyIntolerance>('AllergyIntolerance').filter((a) => isActive(a.clinicalStatus)).map((a) => ({
      text: conceptText(a.code), source: ref(a), ...firstCoding(a.code), ...(a.recordedDate ? { date: a.recordedDate } : {}),
      ...(a.criticality ? { detail: `criticality ${a.criticality}` } : {}),
      ...(a.reaction?.[0]?.manifestation?.[0] ? { detail: `reaction: ${conceptText(a.reaction[0].manifestation[0])}` } : {}),
    })),
    labs: toSeries(labPoints),
    vitals: toSeries(vitalPoints),
    immunizations: byDateDesc(of<Immunization>('Immunization').filter((i) => i.status === 'completed').map((i) => ({
      text: conceptText(i.vaccineCode), source: ref(i), ...firstCoding(i.vaccineCode), ...(i.occurrenceDateTime ? { date: i.occurrenceDateTime } : {}),
    }))),
    procedures: byDateDesc(of<Procedure>('Procedure').map((p) => ({
      text: conceptText(p.code), source: ref(p), ...firstCoding(p.code), ...((p.performedDateTime ?? p.performedPeriod?.start) ? { date: p.performedDateTime ?? p.performedPeriod?.start } : {}), status: p.status,
    }))),
    encounters: byDateDesc(of<Encounter>('Encounter').map((e) => ({
      text: e.type?.[0] ? conceptText(e.type[0]) : e.class?.display ?? e.class?.code ?? 'Encounter', source: ref(e),
      ...(e.period?.start ? { date: e.period.start } : {}), status: e.status,
      ...(e.reasonCode?.[0] ? { detail: `reason: ${conceptText(e.reasonCode[0])}` } : {}),
    }))).slice(0, options.recentEncounters ?? 10),
    notes: byDateDesc(of<DocumentReference>('DocumentReference').map((d) => {
      const text = noteText(d);
      return { text: d.type ? conceptText(d.type) : 'Note', source: ref(d), ...(d.date ? { date: d.date } : {}), ...(text ? { detail: text.slice(0, 280) } : {}) };
    })).slice(0, options.recentNotes ?? 5),
    ...(smoking ? { smoking: { text: conceptText(smoking.valueCodeableConcept), source: ref(smoking), ...(observationDate(smoking) ? { date: observationDate(smoking) } : {}) } } : {}),
    preventive: preventiveFor(resources, now),
    counts,
  };
}

