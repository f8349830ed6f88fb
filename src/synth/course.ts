/**
 * Builds one patient's clinical history: chronic problems drawn by age, sex, weight and smoking;
 * a schedule of visits over three to six years (annual check-ups, follow-ups, acute visits,
 * telephone calls, hospital stays, specialist consults, vaccines, screening procedures); and the
 * measurements, prescriptions and diagnoses made at each.
 *
 * Screening intervals follow USPSTF recommendations (breast cancer 2024: every two years from 40
 * to 74; colorectal cancer 2021: 45 to 75; cervical cancer 2018: every three years from 21 to 65;
 * osteoporosis 2018: women 65 and over; diabetes 2021: adults 35 to 70 with overweight; depression
 * 2016); vaccines follow the CDC adult schedule (2024).
 */
import { ageOn, calendar, dayNumber, dayOfYear, nextWeekday } from './dates.ts';
import type { DirectoryModel, DirectoryPractitioner } from './directory.ts';
import type { Demographics } from './patient.ts';
import { bmiAt, measure, type Latent, type MarkerCourse, type MeasureSituation, type PhysiologyContext } from './physiology.ts';
import type { Rng } from './random.ts';
import type {
  AllergyRecord,
  ChronicState,
  ConditionRecord,
  EncounterKind,
  EncounterRecord,
  MedicationRecord,
  ObservationRecord,
  PatientCourse,
  PhoneTopic,
  ReportRecord,
} from './course-types.ts';
import { acuteProblems, admissions, chronicConditions, type AcuteDef, type ChronicKey, type SmokingStatus, type Specialty } from './vocabulary/conditions.ts';
import { acuteTreatments, chronicRegimens, medications, type MedicationDef, type MedicationKey } from './vocabulary/medications.ts';
import { labs, panelMembers, panels, vitals, type LabKey, type VitalKey } from './vocabulary/observations.ts';
import type { VaccineKey } from './vocabulary/immunizations.ts';
import type { ProcedureKey } from './vocabulary/encounters.ts';
import { allergyCatalog } from './vocabulary/allergies.ts';

const daysPerYear = 365.25;

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

interface Builder {
  rng: Rng;
  demo: Demographics;
  directory: DirectoryModel;
  course: PatientCourse;
  physiology: PhysiologyContext;
  chronicByKey: Map<ChronicKey, ChronicState>;
}

function drawSmoking(rng: Rng, age: number, sex: 'female' | 'male'): SmokingStatus {
  // CDC adult tobacco use (2022): about 11-12% smoke cigarettes now; about a fifth are former smokers.
  const current = (age < 25 ? 0.06 : age < 65 ? 0.13 : 0.08) * (sex === 'male' ? 1.15 : 0.85);
  const former = age < 30 ? 0.06 : age < 50 ? 0.18 : 0.32;
  const r = rng.next();
  if (r < current) return 'current';
  if (r < current + former) return 'former';
  return 'never';
}

function pickPractitioner(b: Builder, filter: (p: DirectoryPractitioner) => boolean): DirectoryPractitioner {
  const options = b.directory.practitioners.filter(filter);
  return options.length > 0 ? b.rng.pick(options) : b.demo.pcp;
}

function specialist(b: Builder, specialty: Specialty): DirectoryPractitioner {
  return pickPractitioner(b, (p) => p.role === specialty);
}

function clinicNurse(b: Builder): DirectoryPractitioner {
  return pickPractitioner(b, (p) => p.role === 'nurse' && p.organization === b.demo.clinic);
}

function clinicColleague(b: Builder): DirectoryPractitioner {
  return pickPractitioner(b, (p) => p.role === 'primaryCare' && p.organization === b.demo.clinic);
}

function newEncounter(b: Builder, kind: EncounterKind, day: number, practitioner: DirectoryPractitioner): EncounterRecord {
  const { rng } = b;
  const startMinute = kind === 'inpatient' ? rng.int(0, 23) * 60 + rng.pick([0, 15, 30, 45]) : (rng.int(8 * 4, 16 * 4) * 15);
  const length = kind === 'telephone' ? rng.int(1, 3) * 5 : kind === 'wellness' ? 40 : kind === 'immunization' ? 10 : kind === 'procedure' ? 60 : 20 + rng.int(0, 2) * 10;
  return {
    uuid: rng.uuid(),
    kind,
    day,
    startMinute,
    endDay: day,
    endMinute: Math.min(23 * 60 + 59, startMinute + length),
    practitioner,
    organization: practitioner.organization,
    diagnoses: [],
    observations: [],
    reports: [],
    medicationsStarted: [],
    immunizations: [],
    procedures: [],
    newDiagnoses: [],
    escalations: [],
    noteStyles: [],
  };
}

function onMedicationFn(course: PatientCourse): (key: string, day: number) => boolean {
  return (key, day) => course.medications.some((m) => m.def.key === key && m.authoredDay <= day && (m.endDay === undefined || m.endDay > day));
}

function drawChronic(b: Builder, windowStart: number): void {
  const { rng, demo, course } = b;
  const has = new Set<ChronicKey>();
  for (const def of chronicConditions) {
    const p = def.prevalence({ age: demo.age, sex: demo.sex, bmi: course.baseBmi, smoking: course.smoking, has });
    if (demo.age < def.minOnsetAge || !rng.chance(Math.min(0.95, p))) continue;
    has.add(def.key);
    const earliest = Math.max(demo.birthDay + Math.round(def.minOnsetAge * daysPerYear), course.asOfDay - 20 * 365);
    const yearsAvailable = (course.asOfDay - earliest) / daysPerYear;
    const windowYears = (course.asOfDay - windowStart) / daysPerYear;
    // Diagnosed during the history window in proportion to the time it could have appeared.
    const incident = def.key !== 'obesity' && rng.chance(Math.min(0.6, (windowYears / Math.max(windowYears, yearsAvailable)) * 0.7));
    const onsetDay = incident ? -1 : rng.int(earliest, Math.max(earliest, windowStart - 90));
    const regimens = chronicRegimens[def.key];
    const regimenKeys: readonly MedicationKey[] = regimens ? rng.weighted(regimens.map((r, i) => ({ value: r, weight: i === 0 ? 3 : 1 }))) : [];
    const state: ChronicState = {
      def,
      onsetDay,
      diagnosedInWindow: incident,
      regimen: regimenKeys.map((k) => medications[k]),
      treatmentDay: onsetDay,
    };
    b.chronicByKey.set(def.key, state);
    course.chronic.push(state);
  }
}

function scheduleWellness(b: Builder): number[] {
  const { rng, course } = b;
  const days: number[] = [];
  let day = course.windowStart + rng.int(0, 45);
  while (day < course.asOfDay - 7) {
    if (days.length === 0 || !rng.chance(0.08)) days.push(nextWeekday(day));
    day += 365 + rng.int(-40, 40);
  }
  return days;
}

function addDiagnosisCondition(b: Builder, state: ChronicState, encounter: EncounterRecord | undefined): ConditionRecord {
  const record: ConditionRecord = {
    uuid: b.rng.uuid(),
    snomed: state.def.snomed,
    icd10: state.def.icd10,
    label: state.def.label,
    category: 'problem-list-item',
    onsetDay: state.onsetDay,
    recordedDay: encounter ? encounter.day : Math.max(state.onsetDay, b.course.windowStart),
    encounter,
    chronic: state,
  };
  state.record = record;
  b.course.conditions.push(record);
  return record;
}

function startMedication(b: Builder, def: MedicationDef, day: number, encounter: EncounterRecord | undefined, reason: ConditionRecord | undefined, chronic: boolean, courseDays?: number): MedicationRecord {
  const record: MedicationRecord = {
    uuid: b.rng.uuid(),
    def,
    authoredDay: day,
    endDay: courseDays !== undefined ? day + courseDays : undefined,
    status: courseDays !== undefined && day + courseDays <= b.course.asOfDay ? 'completed' : 'active',
    reason,
    encounter,
    requester: encounter?.practitioner ?? b.demo.pcp,
    chronic,
  };
  b.course.medications.push(record);
  encounter?.medicationsStarted.push(record);
  return record;
}

function initLatent(b: Builder): Latent {
  const { rng, demo, course } = b;
  const female = demo.sex === 'female';
  const obese = course.baseBmi >= 30;
  return {
    sex: demo.sex,
    birthDay: demo.birthDay,
    heightCm: course.heightCm,
    baseBmi: course.baseBmi,
    bmiSlopePerYear: rng.normal(0.15, 0.35),
    egfrOffset: rng.normal(0, 9),
    ckdDeclinePerYear: rng.float(1, 4),
    hdl: (female ? 58 : 46) + rng.normal(0, 8) - (obese ? 5 : 0),
    triglycerides: 110 + rng.normal(0, 30) + (obese ? 40 : 0),
    hemoglobin: (female ? 13.4 : 15) + rng.normal(0, 0.7),
    wbc: 6.8 + rng.normal(0, 1.2),
    platelets: 250 + rng.normal(0, 45),
    alt: 22 + rng.normal(0, 6) + (obese ? 9 : 0),
    heartRate: 72 + rng.normal(0, 7),
    uacr: b.chronicByKey.has('ckd') || (b.chronicByKey.has('diabetes') && rng.chance(0.35)) ? rng.float(35, 250) : rng.float(3, 22),
    markers: {},
    normal: {
      a1c: b.chronicByKey.has('prediabetes') ? rng.float(5.8, 6.3) : rng.float(4.9, 5.5),
      systolic: 114 + rng.normal(0, 6),
      diastolic: 74 + rng.normal(0, 4),
      ldl: 112 + rng.normal(0, 18),
      tsh: Math.exp(rng.normal(Math.log(1.7), 0.35)),
    },
  };
}

function markerFor(b: Builder, state: ChronicState, spec: Omit<MarkerCourse, 'onsetDay' | 'treatmentDay' | 'escalations'>): MarkerCourse {
  return { ...spec, onsetDay: state.onsetDay, treatmentDay: state.treatmentDay, escalations: [] };
}

function initMarkers(b: Builder, latent: Latent): void {
  const { rng } = b;
  const dm = b.chronicByKey.get('diabetes');
  if (dm) {
    const wellControlled = rng.chance(0.12);
    latent.markers.a1c = markerFor(b, dm, {
      pre: rng.float(6.0, 6.4),
      atDiagnosis: rng.float(7.2, 9.8),
      target: wellControlled ? rng.float(6.2, 6.5) : rng.float(6.6, 7.6),
      driftPerYear: rng.float(0.05, 0.35),
      responseDays: 120,
      driftCapYears: 4,
    });
  }
  const htn = b.chronicByKey.get('hypertension');
  if (htn) {
    latent.markers.systolic = markerFor(b, htn, { pre: rng.float(128, 136), atDiagnosis: rng.float(142, 162), target: rng.float(122, 134), driftPerYear: rng.float(0, 2.5), responseDays: 60, driftCapYears: 4 });
    latent.markers.diastolic = markerFor(b, htn, { pre: rng.float(80, 86), atDiagnosis: rng.float(88, 100), target: rng.float(74, 84), driftPerYear: rng.float(0, 1), responseDays: 60, driftCapYears: 4 });
  }
  const hld = b.chronicByKey.get('hyperlipidemia') ?? b.chronicByKey.get('cad');
  if (hld) {
    const untreated = rng.float(150, 195);
    latent.markers.ldl = markerFor(b, hld, { pre: rng.float(125, 145), atDiagnosis: untreated, target: untreated * rng.float(0.45, 0.65), driftPerYear: rng.float(0, 3), responseDays: 60, driftCapYears: 3 });
  }
  const thyroid = b.chronicByKey.get('hypothyroidism');
  if (thyroid) {
    latent.markers.tsh = markerFor(b, thyroid, { pre: rng.float(3.6, 4.4), atDiagnosis: rng.float(6.5, 14), target: rng.float(1.0, 3.2), driftPerYear: rng.float(-0.1, 0.4), responseDays: 60, driftCapYears: 3 });
  }
}

interface VisitPlan {
  kind: EncounterKind;
  day: number;
  practitioner: DirectoryPractitioner;
  setup?: (e: EncounterRecord) => void;
}

function roundQuantity(key: LabKey | VitalKey, value: number): number {
  const def = key in labs ? labs[key as LabKey] : vitals[key as VitalKey];
  return round(value, def.decimals);
}

function addQuantity(b: Builder, e: EncounterRecord, key: LabKey | VitalKey, value: number, minute: number): ObservationRecord {
  const def = key in labs ? labs[key as LabKey] : vitals[key as VitalKey];
  const obs: ObservationRecord = {
    uuid: b.rng.uuid(),
    day: e.day,
    minute,
    encounter: e,
    kind: 'quantity',
    quantity: { def, key, value: roundQuantity(key, value) },
  };
  e.observations.push(obs);
  return obs;
}

function situationOf(e: EncounterRecord): MeasureSituation {
  const acute = e.acute?.key;
  const febrile = acute === 'influenza' || acute === 'pneumonia' || acute === 'covid' || e.admission?.key === 'pneumonia' || acute === 'cellulitis';
  const respiratory = acute === 'bronchitis' || acute === 'pneumonia' || acute === 'influenza' || acute === 'covid' || e.admission?.key === 'pneumonia' || e.admission?.key === 'copdExacerbation' || e.admission?.key === 'hfExacerbation';
  return { febrile, respiratory, infection: febrile || acute === 'uti', inpatient: e.kind === 'inpatient' };
}

function addVitals(b: Builder, e: EncounterRecord, set: 'full' | 'basic' | 'acute'): void {
  const minute = e.startMinute + 5;
  const s = situationOf(e);
  const sys = measure(b.physiology, 'systolic', e.day, b.rng, b.course.windowStart, s);
  const dia = Math.min(sys - 25, measure(b.physiology, 'diastolic', e.day, b.rng, b.course.windowStart, s));
  e.observations.push({ uuid: b.rng.uuid(), day: e.day, minute, encounter: e, kind: 'bloodPressure', systolic: Math.round(sys), diastolic: Math.round(dia) });
  addQuantity(b, e, 'heartRate', measure(b.physiology, 'heartRate', e.day, b.rng, b.course.windowStart, s), minute);
  if (set === 'acute') {
    addQuantity(b, e, 'temperature', measure(b.physiology, 'temperature', e.day, b.rng, b.course.windowStart, s), minute);
    addQuantity(b, e, 'respiratoryRate', measure(b.physiology, 'respiratoryRate', e.day, b.rng, b.course.windowStart, s), minute);
    addQuantity(b, e, 'spo2', measure(b.physiology, 'spo2', e.day, b.rng, b.course.windowStart, s), minute);
    return;
  }
  const bmi = bmiAt(b.physiology, e.day, b.course.windowStart) + b.rng.normal(0, 0.15);
  const heightM = b.course.heightCm / 100;
  const weight = round(bmi * heightM * heightM, 1);
  if (set === 'full') addQuantity(b, e, 'height', b.course.heightCm, minute);
  addQuantity(b, e, 'weight', weight, minute);
  addQuantity(b, e, 'bmi', weight / (heightM * heightM), minute);
}

function addPanel(b: Builder, e: EncounterRecord, panel: keyof typeof panels): void {
  const minute = Math.min(23 * 60, e.startMinute + 60 * b.rng.int(2, 6));
  const s = situationOf(e);
  const members: ObservationRecord[] = [];
  const values = new Map<LabKey, number>();
  for (const key of panelMembers[panel]) {
    let value: number;
    if (key === 'cholesterol') continue;
    if (key === 'hematocrit') value = (values.get('hemoglobin') ?? 14) * 3 + b.rng.normal(0, 0.8);
    else if (key === 'egfr' && values.has('creatinine')) {
      value = egfrFromValues(b, e.day, values.get('creatinine') ?? 1);
    } else value = measure(b.physiology, key, e.day, b.rng, b.course.windowStart, s);
    values.set(key, roundQuantity(key, value));
  }
  if (panel === 'lipid') {
    const ldl = values.get('ldl') ?? 100;
    const hdl = values.get('hdl') ?? 50;
    const tg = values.get('triglycerides') ?? 120;
    values.set('cholesterol', Math.round(ldl + hdl + tg / 5 + b.rng.normal(0, 3)));
  }
  for (const key of panelMembers[panel]) {
    const v = values.get(key);
    if (v !== undefined) members.push(addQuantity(b, e, key, v, minute));
  }
  const report: ReportRecord = { uuid: b.rng.uuid(), panel: panels[panel], members, day: e.day, minute, encounter: e };
  e.reports.push(report);
}

function egfrFromValues(b: Builder, day: number, creatinine: number): number {
  // eGFR is reported from the creatinine on the same draw.
  const age = ageOn(b.demo.birthDay, day);
  const kappa = b.demo.sex === 'female' ? 0.7 : 0.9;
  const alpha = b.demo.sex === 'female' ? -0.241 : -0.302;
  const ratio = creatinine / kappa;
  return 142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** age * (b.demo.sex === 'female' ? 1.012 : 1);
}

function addLab(b: Builder, e: EncounterRecord, key: LabKey): void {
  const minute = Math.min(23 * 60, e.startMinute + 60 * b.rng.int(2, 6));
  addQuantity(b, e, key, measure(b.physiology, key, e.day, b.rng, b.course.windowStart, situationOf(e)), minute);
}

function hasOn(b: Builder, key: ChronicKey, day: number): ChronicState | undefined {
  const s = b.chronicByKey.get(key);
  return s && s.onsetDay <= day ? s : undefined;
}

function activeProblemRecords(b: Builder, day: number): ConditionRecord[] {
  return b.course.chronic.filter((s) => s.onsetDay <= day && s.record).map((s) => s.record as ConditionRecord);
}

function administer(b: Builder, e: EncounterRecord, vaccine: VaccineKey): void {
  const performer = e.kind === 'immunization' ? e.practitioner : clinicNurse(b);
  e.immunizations.push({ uuid: b.rng.uuid(), vaccine, day: e.day, encounter: e, performer, lot: `${b.rng.pick(['EL', 'FK', 'GH', 'AB', 'UT', 'KP'])}${b.rng.digits(4)}` });
}

function perform(b: Builder, e: EncounterRecord, key: ProcedureKey, reason?: ConditionRecord): void {
  e.procedures.push({ uuid: b.rng.uuid(), key, day: e.day, encounter: e, performer: e.practitioner, reason });
}

export function buildCourse(demo: Demographics, directory: DirectoryModel, asOf: string): PatientCourse {
  const rng = demo.rng;
  const asOfDay = dayNumber(asOf);
  const years = rng.int(3, 6);
  const windowStart = asOfDay - Math.round(years * daysPerYear) - rng.int(0, 60);
  const heightCm = round(demo.sex === 'male' ? rng.normal(176, 7) : rng.normal(162, 6.5), 1);
  const baseBmi = Math.min(55, Math.max(17.5, rng.normal(demo.age < 30 ? 26.5 : 29.3, 5.8)));
  const smoking = drawSmoking(rng, demo.age, demo.sex);
  const course: PatientCourse = {
    demographics: demo,
    asOfDay,
    windowStart,
    heightCm,
    baseBmi,
    smoking,
    smokingDetail: { packsPerDay: rng.pick([0.5, 0.5, 1, 1, 1.5, 2]), quitYearsAgo: smoking === 'former' ? rng.int(1, 30) : undefined },
    chronic: [],
    conditions: [],
    medications: [],
    allergies: [],
    encounters: [],
  };
  const chronicByKey = new Map<ChronicKey, ChronicState>();
  const b: Builder = {
    rng,
    demo,
    directory,
    course,
    chronicByKey,
    physiology: { latent: undefined as unknown as Latent, chronic: chronicByKey, onMedication: onMedicationFn(course) },
  };
  drawChronic(b, windowStart);

  // Annual check-ups anchor the schedule; problems that appear in the window are found at one.
  const wellnessDays = scheduleWellness(b);
  const plans: VisitPlan[] = wellnessDays.map((day) => ({ kind: 'wellness', day, practitioner: rng.chance(0.85) ? demo.pcp : clinicColleague(b) }));
  const laterWellness = wellnessDays.filter((d) => d >= windowStart + 150);
  for (const state of course.chronic) {
    if (!state.diagnosedInWindow) continue;
    if (laterWellness.length === 0) {
      state.diagnosedInWindow = false;
      state.onsetDay = windowStart - rng.int(120, 900);
    } else state.onsetDay = rng.pick(laterWellness);
    state.treatmentDay = state.onsetDay;
  }
  for (const state of course.chronic) {
    if (!state.diagnosedInWindow) {
      state.treatmentDay = state.onsetDay + rng.int(0, 60);
      const record = addDiagnosisCondition(b, state, undefined);
      // Long-standing problems arrive with the medicines already prescribed for them.
      for (const med of state.regimen) startMedication(b, med, state.treatmentDay, undefined, record, true);
    }
  }
  b.physiology.latent = initLatent(b);
  initMarkers(b, b.physiology.latent);

  // Follow-up visits for chronic problems after the first is known.
  const followed = course.chronic.filter((s) => s.def.key !== 'obesity' && s.def.key !== 'prediabetes');
  if (followed.length > 0) {
    const firstKnown = Math.min(...followed.map((s) => s.onsetDay));
    const interval = chronicByKey.has('diabetes') || chronicByKey.has('heartFailure') || chronicByKey.has('ckd') ? 110 : 170;
    let day = Math.max(windowStart, firstKnown) + interval + rng.int(-20, 20);
    while (day < asOfDay - 7) {
      if (!wellnessDays.some((w) => Math.abs(w - day) < 45) && rng.chance(0.85)) {
        plans.push({ kind: 'followUp', day: nextWeekday(day), practitioner: rng.chance(0.8) ? demo.pcp : clinicColleague(b) });
      }
      day += interval + rng.int(-25, 35);
    }
  }

  // Acute problems.
  const acuteRate = 0.45 + 0.08 * followed.length + (demo.age >= 70 ? 0.15 : 0);
  for (let day = windowStart + rng.int(5, 60); day < asOfDay - 3; day += Math.max(14, Math.round((-Math.log(1 - rng.next()) / acuteRate) * daysPerYear))) {
    const year = calendar(day).year;
    const age = ageOn(demo.birthDay, day);
    const def: AcuteDef = rng.weighted(acuteProblems.map((a) => ({ value: a, weight: a.weight(demo.sex, age, year) })));
    plans.push({
      kind: 'acute',
      day: nextWeekday(day),
      practitioner: rng.chance(0.55) ? demo.pcp : clinicColleague(b),
      setup: (e) => (e.acute = def),
    });
  }

  // Hospital stays, mostly for those with heart or lung disease.
  for (let y = 0; y < years; y++) {
    const p = 0.008 + (chronicByKey.has('heartFailure') ? 0.12 : 0) + (chronicByKey.has('copd') ? 0.07 : 0) + (chronicByKey.has('cad') ? 0.03 : 0) + (chronicByKey.has('afib') ? 0.03 : 0) + (demo.age >= 75 ? 0.03 : 0);
    if (!rng.chance(p)) continue;
    const day = windowStart + Math.round((y + rng.next()) * daysPerYear);
    if (day >= asOfDay - 20) continue;
    const eligible = admissions.filter((a) => a.requires === undefined || (chronicByKey.get(a.requires)?.onsetDay ?? Infinity) < day);
    const weighted = eligible.map((a) => ({ value: a, weight: a.requires ? 3 : a.key === 'pneumonia' ? 1.5 : 1 }));
    const admission = rng.weighted(weighted);
    plans.push({ kind: 'inpatient', day, practitioner: specialist(b, 'hospital medicine'), setup: (e) => (e.admission = admission) });
  }

  // Flu shots each autumn; the check-up gives it when it falls in season.
  const fluChance = demo.age >= 65 ? 0.7 : demo.age >= 50 ? 0.55 : 0.42;
  const firstYear = calendar(windowStart).year;
  const lastYear = calendar(asOfDay).year;
  for (let year = firstYear; year <= lastYear; year++) {
    if (!rng.chance(fluChance)) continue;
    const seasonStart = dayOfYear(year, 9, 15);
    const seasonEnd = dayOfYear(year, 11, 30);
    const atCheckUp = plans.find((p) => p.kind === 'wellness' && p.day >= seasonStart && p.day <= seasonEnd);
    const vaccine: VaccineKey = ageOn(demo.birthDay, seasonStart) >= 65 ? 'influenzaHighDose' : 'influenza';
    if (atCheckUp) {
      const prev = atCheckUp.setup;
      atCheckUp.setup = (e) => {
        prev?.(e);
        administer(b, e, vaccine);
      };
    } else {
      const day = nextWeekday(rng.int(seasonStart, seasonEnd));
      if (day > windowStart && day < asOfDay) plans.push({ kind: 'immunization', day, practitioner: clinicNurse(b), setup: (e) => administer(b, e, vaccine) });
    }
  }

  // Other vaccines, given at a check-up or a nurse visit.
  const covidStart = dayNumber('2021-01-15');
  if (asOfDay > covidStart && rng.chance(demo.age >= 65 ? 0.8 : 0.6)) {
    const first = Math.max(covidStart + rng.int(0, 150), windowStart + 1);
    if (first < asOfDay - 30) {
      plans.push({ kind: 'immunization', day: nextWeekday(first), practitioner: clinicNurse(b), setup: (e) => administer(b, e, first < dayNumber('2022-09-01') ? 'covid' : 'covidUpdated') });
      const second = first + 21 + rng.int(0, 14);
      if (first < dayNumber('2022-09-01') && second < asOfDay) plans.push({ kind: 'immunization', day: nextWeekday(second), practitioner: clinicNurse(b), setup: (e) => administer(b, e, 'covid') });
      for (let year = Math.max(2023, calendar(first).year + 1); year <= lastYear; year++) {
        const day = nextWeekday(dayOfYear(year, 9, 20) + rng.int(0, 60));
        if (day > windowStart && day < asOfDay && rng.chance(demo.age >= 65 ? 0.45 : 0.2)) plans.push({ kind: 'immunization', day, practitioner: clinicNurse(b), setup: (e) => administer(b, e, 'covidUpdated') });
      }
    }
  }
  const checkUps = plans.filter((p) => p.kind === 'wellness');
  const atSomeCheckUp = (add: (e: EncounterRecord) => void, minAge = 0): boolean => {
    const options = checkUps.filter((p) => ageOn(demo.birthDay, p.day) >= minAge);
    if (options.length === 0) return false;
    const plan = rng.pick(options);
    const prev = plan.setup;
    plan.setup = (e) => {
      prev?.(e);
      add(e);
    };
    return true;
  };
  if (rng.chance(0.25)) atSomeCheckUp((e) => administer(b, e, rng.chance(0.7) ? 'tdap' : 'td'));
  if (demo.age >= 51 && rng.chance(0.4)) {
    atSomeCheckUp((e) => {
      administer(b, e, 'zoster');
      const second = nextWeekday(e.day + rng.int(60, 180));
      if (second < asOfDay) plans.push({ kind: 'immunization', day: second, practitioner: clinicNurse(b), setup: (x) => administer(b, x, 'zoster') });
    }, 50);
  }
  const pneumoRisk = ['diabetes', 'copd', 'heartFailure', 'ckd', 'cad', 'asthma'].some((k) => chronicByKey.has(k as ChronicKey)) || smoking === 'current';
  if ((demo.age >= 66 || (demo.age >= 20 && pneumoRisk)) && rng.chance(0.5)) atSomeCheckUp((e) => administer(b, e, rng.chance(0.8) ? 'pcv20' : 'ppsv23'), pneumoRisk ? 19 : 65);
  if (demo.age >= 20 && demo.age <= 59 && rng.chance(0.12)) {
    atSomeCheckUp((e) => {
      administer(b, e, 'hepB');
      for (const gap of [30, 180]) {
        const day = nextWeekday(e.day + gap + rng.int(0, 14));
        if (day < asOfDay) plans.push({ kind: 'immunization', day, practitioner: clinicNurse(b), setup: (x) => administer(b, x, 'hepB') });
      }
    });
  }

  // Telephone calls: lab results, refills, symptoms.
  for (const plan of checkUps) {
    if (rng.chance(0.35)) {
      const day = plan.day + rng.int(2, 6);
      if (day < asOfDay) plans.push({ kind: 'telephone', day, practitioner: rng.chance(0.6) ? clinicNurse(b) : plan.practitioner, setup: (e) => (e.phoneTopic = 'labResults') });
    }
  }
  const phoneRate = (followed.length > 0 ? 0.45 : 0.12) + 0.12;
  for (let day = windowStart + rng.int(30, 200); day < asOfDay - 2; day += Math.max(20, Math.round((-Math.log(1 - rng.next()) / phoneRate) * daysPerYear))) {
    const topic: PhoneTopic = followed.length > 0 && rng.chance(0.65) ? 'refill' : 'symptom';
    plans.push({ kind: 'telephone', day, practitioner: rng.chance(0.7) ? clinicNurse(b) : demo.pcp, setup: (e) => (e.phoneTopic = topic) });
  }

  // Screening procedures.
  if (demo.sex === 'female') {
    for (const plan of checkUps) {
      const age = ageOn(demo.birthDay, plan.day);
      if (age >= 40 && age <= 74 && rng.chance(0.45)) {
        const day = nextWeekday(plan.day + rng.int(10, 50));
        if (day < asOfDay) plans.push({ kind: 'procedure', day, practitioner: pickPractitioner(b, (p) => p.organization.kind === 'hospital' && p.role === 'emergency medicine'), setup: (e) => perform(b, e, 'mammogram') });
      }
      if (age >= 21 && age <= 65 && rng.chance(0.3)) {
        const prev = plan.setup;
        plan.setup = (e) => {
          prev?.(e);
          perform(b, e, 'cervicalScreening');
        };
      }
    }
    if (demo.age >= 66 && rng.chance(0.4)) atSomeCheckUp((e) => perform(b, e, 'boneDensity'), 65);
  }
  if (demo.age >= 46 && demo.age <= 78 && rng.chance(0.35) && checkUps.length > 0) {
    atSomeCheckUp((e) => {
      const gi = specialist(b, 'gastroenterology');
      e.referral = { specialty: 'gastroenterology', to: gi, reason: 'screening colonoscopy' };
      e.noteStyles.push('referral');
      const day = nextWeekday(e.day + rng.int(25, 70));
      if (day < asOfDay) plans.push({ kind: 'procedure', day, practitioner: gi, setup: (x) => perform(b, x, 'colonoscopy') });
    }, 45);
  }

  // Referrals to specialists for chronic problems.
  for (const state of followed) {
    const specialty = state.def.specialty;
    if (!specialty || !rng.chance(state.diagnosedInWindow ? 0.3 : 0.1)) continue;
    const options = plans.filter((p) => (p.kind === 'followUp' || p.kind === 'wellness') && p.day >= state.onsetDay && p.day < asOfDay - 60);
    if (options.length === 0) continue;
    const plan = rng.pick(options);
    const to = specialist(b, specialty);
    const prev = plan.setup;
    plan.setup = (e) => {
      prev?.(e);
      if (e.referral) return;
      e.referral = { specialty, to, reason: state.def.label, condition: state };
      e.noteStyles.push('referral');
      plans.push({
        kind: 'specialist',
        day: nextWeekday(e.day + rng.int(20, 50)),
        practitioner: to,
        setup: (x) => {
          x.specialty = specialty;
          x.related = e;
          x.referral = e.referral;
        },
      });
    };
  }

  // Allergies recorded at the first visit.
  const allergyCount = rng.weighted([
    { value: 0, weight: 60 },
    { value: 1, weight: 28 },
    { value: 2, weight: 10 },
    { value: 3, weight: 2 },
  ]);
  const chosen = new Set<number>();
  for (let i = 0; i < allergyCount; i++) {
    const idx = allergyCatalog.indexOf(rng.weighted(allergyCatalog.map((a) => ({ value: a, weight: a.weight }))));
    if (chosen.has(idx)) continue;
    chosen.add(idx);
    course.allergies.push({ uuid: rng.uuid(), def: allergyCatalog[idx], recordedDay: windowStart, onsetYearsAgo: rng.int(2, Math.max(3, demo.age - 5)) });
  }

  // Realize visits in date order; later setups may add more plans (consults, second doses).
  const realized: EncounterRecord[] = [];
  const pending = plans.slice();
  pending.sort((x, y) => x.day - y.day);
  let guard = 0;
  while (pending.length > 0 && guard++ < 2000) {
    pending.sort((x, y) => x.day - y.day);
    const plan = pending.shift() as VisitPlan;
    if (plan.day >= asOfDay) continue;
    const before = plans.length;
    const e = realize(b, plan);
    for (let i = before; i < plans.length; i++) pending.push(plans[i]);
    realized.push(e);
  }
  // Hospital stays bring a follow-up call and visit.
  course.encounters = realized.sort((x, y) => x.day - y.day || x.startMinute - y.startMinute);
  return course;
}

function realize(b: Builder, plan: VisitPlan): EncounterRecord {
  const { rng, course, demo } = b;
  const e = newEncounter(b, plan.kind, plan.day, plan.practitioner);
  plan.setup?.(e);
  const problems = activeProblemRecords(b, e.day);
  switch (e.kind) {
    case 'wellness': {
      // New diagnoses made at this check-up.
      for (const state of course.chronic) {
        if (state.diagnosedInWindow && state.onsetDay === e.day && !state.record) {
          const record = addDiagnosisCondition(b, state, e);
          e.newDiagnoses.push(state);
          e.diagnoses.push(record);
          for (const med of state.regimen) startMedication(b, med, e.day, e, record, true);
        }
      }
      addVitals(b, e, 'full');
      e.observations.push({ uuid: rng.uuid(), day: e.day, minute: e.startMinute + 8, encounter: e, kind: 'smoking', smoking: course.smoking });
      const age = ageOn(demo.birthDay, e.day);
      const chronicCare = problems.length > 0 || e.newDiagnoses.length > 0;
      if (chronicCare || age >= 40 || rng.chance(0.5)) addPanel(b, e, 'cmp');
      const lipidNeed = hasOn(b, 'hyperlipidemia', e.day) || hasOn(b, 'cad', e.day) || hasOn(b, 'diabetes', e.day) || b.chronicByKey.get('hyperlipidemia')?.onsetDay === e.day;
      if (lipidNeed || (age >= 40 && rng.chance(0.35)) || rng.chance(0.12)) addPanel(b, e, 'lipid');
      if (rng.chance(0.5) || hasOn(b, 'ckd', e.day)) addPanel(b, e, 'cbc');
      const dmScreen = age >= 35 && age <= 70 && course.baseBmi >= 25 && rng.chance(0.4);
      if (hasOn(b, 'diabetes', e.day) || b.chronicByKey.has('prediabetes') || b.chronicByKey.get('diabetes')?.onsetDay === e.day || dmScreen) addLab(b, e, 'a1c');
      if (b.chronicByKey.has('hypothyroidism') || rng.chance(0.12)) addLab(b, e, 'tsh');
      if (hasOn(b, 'diabetes', e.day) || hasOn(b, 'ckd', e.day)) addLab(b, e, 'uacr');
      perform(b, e, 'depressionScreening');
      e.diagnoses.push(...problems.filter((p) => !e.diagnoses.includes(p)));
      e.noteStyles.unshift('progress');
      break;
    }
    case 'followUp': {
      addVitals(b, e, 'basic');
      if (hasOn(b, 'diabetes', e.day)) addLab(b, e, 'a1c');
      if (hasOn(b, 'ckd', e.day) || hasOn(b, 'heartFailure', e.day) || (hasOn(b, 'hypertension', e.day) && rng.chance(0.3))) addPanel(b, e, 'bmp');
      if (hasOn(b, 'hypothyroidism', e.day) && rng.chance(0.5)) addLab(b, e, 'tsh');
      // Intensify treatment when a marker is above goal (ADA 2024: A1c goal < 7% for most adults; ACC/AHA 2017: BP < 130/80).
      for (const obs of e.observations) {
        if (obs.quantity?.key === 'a1c' && obs.quantity.value >= 8) escalate(b, e, 'diabetes', 'a1c');
        if (obs.kind === 'bloodPressure' && (obs.systolic ?? 0) >= 145 && rng.chance(0.6)) escalate(b, e, 'hypertension', 'systolic');
      }
      const focus = problems.filter((p) => p.chronic?.def.key !== 'obesity' || rng.chance(0.3));
      e.diagnoses.push(...(focus.length > 0 ? focus : problems));
      if (hasOn(b, 'copd', e.day) && !course.encounters.some((x) => x.procedures.some((p) => p.key === 'spirometry')) && rng.chance(0.3)) perform(b, e, 'spirometry', b.chronicByKey.get('copd')?.record);
      if (hasOn(b, 'afib', e.day) && rng.chance(0.3)) perform(b, e, 'ecg', b.chronicByKey.get('afib')?.record);
      if (hasOn(b, 'osteoarthritis', e.day) && rng.chance(0.15)) perform(b, e, 'kneeXray', b.chronicByKey.get('osteoarthritis')?.record);
      e.noteStyles.unshift('progress');
      break;
    }
    case 'acute': {
      const def = e.acute as AcuteDef;
      addVitals(b, e, 'acute');
      const record: ConditionRecord = {
        uuid: rng.uuid(),
        snomed: def.snomed,
        icd10: def.icd10,
        label: def.label,
        category: 'encounter-diagnosis',
        onsetDay: e.day - rng.int(1, 6),
        abatementDay: e.day + rng.int(def.days[0], def.days[1]),
        recordedDay: e.day,
        encounter: e,
      };
      if (record.abatementDay !== undefined && record.abatementDay > course.asOfDay) record.abatementDay = undefined;
      course.conditions.push(record);
      e.acuteCondition = record;
      e.diagnoses.push(record);
      const treatment = rng.pick(acuteTreatments[def.key]);
      for (const key of treatment) startMedication(b, medications[key], e.day, e, record, false, rng.int(5, 10));
      if (def.key === 'pneumonia') perform(b, e, 'chestXray', record);
      if (def.key === 'uti' || def.key === 'pneumonia' || def.key === 'cellulitis') addPanel(b, e, 'cbc');
      e.noteStyles.push('progress');
      if (rng.chance(0.25)) {
        const day = e.day + rng.int(2, 5);
        if (day < course.asOfDay) {
          const call = newEncounter(b, 'telephone', day, rng.chance(0.6) ? clinicNurse(b) : e.practitioner);
          call.phoneTopic = 'acuteFollowUp';
          call.related = e;
          call.diagnoses.push(record);
          call.noteStyles.push('telephone');
          course.encounters.push(call);
        }
      }
      break;
    }
    case 'inpatient': {
      const admission = e.admission;
      if (!admission) break;
      const stay = rng.int(admission.stayDays[0], admission.stayDays[1]);
      e.endDay = e.day + stay;
      e.endMinute = rng.int(10 * 4, 16 * 4) * 15;
      e.organization = e.practitioner.organization;
      addVitals(b, e, 'acute');
      addPanel(b, e, 'cbc');
      addPanel(b, e, 'bmp');
      const chronicRecord = admission.requires ? b.chronicByKey.get(admission.requires)?.record : undefined;
      const record: ConditionRecord = chronicRecord ?? {
        uuid: rng.uuid(),
        snomed: admission.snomed,
        icd10: admission.icd10,
        label: admission.label,
        category: 'encounter-diagnosis',
        onsetDay: e.day - rng.int(0, 3),
        abatementDay: e.endDay + rng.int(7, 21),
        recordedDay: e.day,
        encounter: e,
      };
      if (!chronicRecord) course.conditions.push(record);
      if (record.abatementDay !== undefined && record.abatementDay > course.asOfDay) record.abatementDay = undefined;
      e.diagnoses.push(record, ...problems.filter((p) => p !== record));
      if (admission.key === 'pneumonia') {
        perform(b, e, 'chestXray', record);
        startMedication(b, medications.amoxClav, e.endDay, e, record, false, 5);
        startMedication(b, medications.azithromycin, e.endDay, e, record, false, 3);
      }
      if (admission.key === 'cellulitis') startMedication(b, medications.cephalexin, e.endDay, e, record, false, 7);
      if (admission.key === 'copdExacerbation') startMedication(b, medications.prednisone, e.endDay, e, record, false, 5);
      if (admission.key === 'hfExacerbation') perform(b, e, 'echo', record);
      if (admission.key === 'chestPain' || admission.key === 'afibRvr') perform(b, e, 'ecg', record);
      e.noteStyles.push('discharge');
      // Transition-of-care call and a visit with primary care afterwards.
      const callDay = e.endDay + rng.int(1, 3);
      if (callDay < course.asOfDay && rng.chance(0.75)) {
        const call = newEncounter(b, 'telephone', callDay, clinicNurse(b));
        call.phoneTopic = 'postDischarge';
        call.related = e;
        call.diagnoses.push(record);
        call.noteStyles.push('telephone');
        course.encounters.push(call);
      }
      const visitDay = nextWeekday(e.endDay + rng.int(6, 14));
      if (visitDay < course.asOfDay) {
        const visit = newEncounter(b, 'followUp', visitDay, demo.pcp);
        visit.related = e;
        addVitals(b, visit, 'basic');
        addPanel(b, visit, 'bmp');
        perform(b, visit, 'medicationReconciliation');
        visit.diagnoses.push(record, ...problems.filter((p) => p !== record));
        visit.noteStyles.push('progress');
        course.encounters.push(visit);
      }
      break;
    }
    case 'specialist': {
      addVitals(b, e, 'basic');
      const state = e.referral?.condition;
      if (state?.record) e.diagnoses.push(state.record);
      if (state?.def.key === 'heartFailure') perform(b, e, 'echo', state.record);
      if (state?.def.key === 'afib' || state?.def.key === 'cad') perform(b, e, 'ecg', state.record);
      if (state?.def.key === 'copd' || state?.def.key === 'asthma') perform(b, e, 'spirometry', state.record);
      if (state?.def.key === 'ckd') addLab(b, e, 'uacr');
      if (state?.def.key === 'diabetes') addLab(b, e, 'a1c');
      e.noteStyles.push('progress');
      break;
    }
    case 'telephone': {
      e.diagnoses.push(...problems.slice(0, 2));
      e.noteStyles.push('telephone');
      break;
    }
    case 'immunization':
    case 'procedure':
      break;
  }
  return e;
}

function escalate(b: Builder, e: EncounterRecord, key: ChronicKey, markerKey: 'a1c' | 'systolic'): void {
  const state = b.chronicByKey.get(key);
  if (!state || state.escalation || state.onsetDay > e.day) return;
  const regimenKeys = new Set(state.regimen.map((m) => m.key));
  const options: MedicationDef[] = key === 'diabetes' ? [medications.empagliflozin, medications.glargine] : [medications.amlodipine, medications.hctz, medications.lisinopril];
  const add = options.find((m) => !regimenKeys.has(m.key));
  if (!add) return;
  state.escalation = { day: e.day, medication: add };
  e.escalations.push({ state, medication: add });
  startMedication(b, add, e.day, e, state.record, true);
  const latent = b.physiology.latent;
  const course = latent.markers[markerKey];
  if (course) course.escalations.push(e.day);
  if (markerKey === 'systolic' && latent.markers.diastolic) latent.markers.diastolic.escalations.push(e.day);
}
