import type { Patient, Resource } from '@medplum/fhirtypes';
import { calculators, type Assessment, type ProvidedInput } from '../clinical/index.ts';
import { preventiveProfileFromRecord } from './profile.ts';
import type { ChartSummary, Series } from './summary.ts';
import { antihypertensiveClasses, inMedicineClass } from './vocabulary.ts';

/**
 * Fills the calculators from the chart: each input with the resource it came from, converted to the
 * calculator's unit; what the chart does not hold is left missing for the clinician to supply.
 */
type ConditionTest = { snomed: string[]; icd: RegExp; text: RegExp };

const conditionTests: Record<string, ConditionTest> = {
  diabetes: { snomed: ['44054006', '46635009', '73211009', '190330002', '313436004'], icd: /^E1[013]/, text: /\bdiabet(es|ic)\b(?!.*\bpre)/i },
  hypertension: { snomed: ['38341003', '59621000', '1201005'], icd: /^I1[0-6]/, text: /hypertens/i },
  heartFailure: { snomed: ['84114007', '88805009', '42343007', '85232009'], icd: /^I50/, text: /heart failure/i },
  strokeOrTia: { snomed: ['230690007', '266257000', '422504002', '432504007'], icd: /^(I6[34]|G45)/, text: /stroke|transient ischemic|cerebrovascular accident/i },
  vascularDisease: { snomed: ['22298006', '399211009', '53741008', '399957001', '414545008', '401303003', '401314000'], icd: /^(I2[125]|I70|I73\.9)/, text: /myocardial infarction|coronary|peripheral arter|atheroscler/i },
};

function hasCondition(summary: ChartSummary, test: ConditionTest): { value: boolean; source?: string } {
  const hit = summary.problems.find((p) => (p.code && (test.snomed.includes(p.code) || test.icd.test(p.code))) || (test.text.test(p.text) && !/prediabet/i.test(p.text)));
  return hit ? { value: true, source: `${hit.source} (${hit.text})` } : { value: false, source: 'no such active problem in the record' };
}

function latest(summary: ChartSummary, codes: string[]): (Series['latest'] & { unit: string }) | undefined {
  const series = [...summary.labs, ...summary.vitals].filter((s) => codes.includes(s.code));
  const points = series.flatMap((s) => s.points.map((p) => ({ ...p, unit: s.unit })));
  return points.sort((a, b) => b.date.localeCompare(a.date))[0];
}

function measured(summary: ChartSummary, codes: string[], convert: (value: number, unit: string) => number | undefined): ProvidedInput | undefined {
  const p = latest(summary, codes);
  if (!p) return undefined;
  const value = convert(p.value, p.unit.toLowerCase());
  if (value === undefined) return undefined;
  return { value: Math.round(value * 100) / 100, source: `${p.source} (${p.value} ${p.unit}, ${p.date.slice(0, 10)})` };
}

const mgdl = (factor: number) => (v: number, unit: string) => (unit.includes('mmol') ? v * factor : unit.includes('mg') || unit === '' ? v : undefined);

function raceOf(patient: Patient | undefined): ProvidedInput | undefined {
  const race = patient?.extension?.find((e) => e.url.endsWith('us-core-race'));
  const code = race?.extension?.find((e) => e.url === 'ombCategory')?.valueCoding?.code;
  if (!code) return undefined;
  const value = code === '2106-3' ? 'white' : code === '2054-5' ? 'african_american' : 'other';
  return { value, source: `Patient/${patient!.id} (US Core race ${code})` };
}

function onClass(summary: ChartSummary, labels: string[]): ProvidedInput {
  const hit = summary.medications.find((m) => inMedicineClass(m.text, labels));
  return hit ? { value: true, source: `${hit.source} (${hit.text})` } : { value: false, source: 'no such active medication in the record' };
}

/** Every input any calculator takes, as far as the chart can tell. */
export function inputsFromChart(summary: ChartSummary, resources: Resource[]): Record<string, ProvidedInput | undefined> {
  const patient = resources.find((r): r is Patient => r.resourceType === 'Patient');
  const profile = preventiveProfileFromRecord(resources);
  const sex = summary.patient.gender === 'female' || summary.patient.gender === 'male' ? { value: summary.patient.gender, source: `${summary.patient.source} (gender)` } : undefined;
  const age = summary.patient.ageYears !== undefined ? { value: summary.patient.ageYears, source: `${summary.patient.source} (born ${summary.patient.birthDate})` } : undefined;
  const smoker = profile?.smoking ? { value: profile.smoking.status === 'current', source: `${summary.smoking?.source ?? 'record'} (${summary.smoking?.text ?? profile.smoking.status})` } : undefined;
  const diabetes = hasCondition(summary, conditionTests.diabetes!);
  const hypertension = hasCondition(summary, conditionTests.hypertension!);
  const systolic = measured(summary, ['8480-6'], (v) => v);
  return {
    age,
    sex,
    race: raceOf(patient),
    totalCholesterol: measured(summary, ['2093-3'], mgdl(38.67)),
    hdl: measured(summary, ['2085-9'], mgdl(38.67)),
    systolic,
    treatedHypertension: onClass(summary, antihypertensiveClasses),
    smoker,
    diabetes,
    egfr: measured(summary, ['33914-3', '62238-1', '48642-3', '48643-1', '98979-8'], (v) => v),
    statin: onClass(summary, ['statin']),
    bmi: measured(summary, ['39156-5'], (v) => v),
    creatinine: measured(summary, ['2160-0', '38483-4'], (v, unit) => (unit.includes('mol') ? v / 88.4 : v)),
    congestiveHeartFailure: hasCondition(summary, conditionTests.heartFailure!),
    hypertension,
    strokeOrTia: hasCondition(summary, conditionTests.strokeOrTia!),
    stroke: hasCondition(summary, conditionTests.strokeOrTia!),
    vascularDisease: hasCondition(summary, conditionTests.vascularDisease!),
    uncontrolledHypertension: systolic ? { value: Number(systolic.value) > 160, source: systolic.source } : undefined,
    antiplateletOrNsaid: onClass(summary, ['antiplatelet']),
    weightKg: measured(summary, ['29463-7'], (v, unit) => (unit.includes('lb') ? v * 0.4536 : unit.includes('kg') ? v : undefined)),
    heightCm: measured(summary, ['8302-2'], (v, unit) => (unit.includes('in') ? v * 2.54 : unit.includes('cm') ? v : undefined)),
    ast: measured(summary, ['1920-8'], (v) => v),
    alt: measured(summary, ['1742-6', '1743-4'], (v) => v),
    platelets: measured(summary, ['777-3', '26515-7'], (v) => v),
  };
}

/** Every calculator run on what the chart holds: a result, or the inputs still missing. */
export function chartCalculators(summary: ChartSummary, resources: Resource[], overrides: Record<string, ProvidedInput> = {}): Assessment[] {
  const provided = { ...inputsFromChart(summary, resources), ...overrides };
  return Object.values(calculators).map((calculator) => {
    const own: Record<string, ProvidedInput | undefined> = {};
    for (const input of calculator.inputs) own[input.name] = provided[input.name];
    try {
      return { title: calculator.title, ...calculator.assess(own) };
    } catch (error) {
      // An input outside the equation's valid range: report it instead of extrapolating.
      return { calculator: calculator.name, title: calculator.title, complete: false, missing: [], inputs: [], error: (error as Error).message } as Assessment & { error: string };
    }
  });
}
