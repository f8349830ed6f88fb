/**
 * Lab and vital-sign values that follow a patient's conditions over time: A1c rising before a
 * diabetes diagnosis, falling on treatment and drifting up again (ADA Standards of Care 2024);
 * eGFR by age and sex, declining steadily in chronic kidney disease (KDIGO 2024), with creatinine
 * derived from it through the race-free CKD-EPI 2021 equation (NKF/ASN 2021); blood pressure above
 * goal until treated (ACC/AHA 2017); LDL falling on a statin (ACC/AHA 2018); TSH high until
 * levothyroxine is started (ATA 2014). Values are true values plus measurement noise.
 */
import { ageOn } from './dates.ts';
import type { Rng } from './random.ts';
import type { ChronicState } from './course-types.ts';
import type { ChronicKey, Sex } from './vocabulary/conditions.ts';
import type { LabKey, VitalKey } from './vocabulary/observations.ts';

const daysPerYear = 365.25;

/** How a marker moves: before diagnosis, at diagnosis, on treatment, and its drift afterwards. */
export interface MarkerCourse {
  pre: number;
  atDiagnosis: number;
  target: number;
  driftPerYear: number;
  onsetDay: number;
  treatmentDay: number;
  /** Days for treatment to bring the value to target. */
  responseDays: number;
  /** Days on which treatment was intensified. */
  escalations: number[];
  /** The drift stops after this many years (clinicians act before values run away). */
  driftCapYears: number;
}

export function markerValue(c: MarkerCourse, day: number): number {
  if (day < c.onsetDay - 730) return c.pre - (c.atDiagnosis - c.pre) * 0.15;
  if (day < c.onsetDay) {
    // The two years before diagnosis: edging towards the diagnostic threshold.
    const t = (day - (c.onsetDay - 730)) / 730;
    return c.pre - (c.atDiagnosis - c.pre) * 0.15 * (1 - t);
  }
  let base = c.atDiagnosis;
  let start = Math.max(c.treatmentDay, c.onsetDay);
  for (const e of c.escalations) {
    if (day >= e) {
      base = markerValue({ ...c, escalations: c.escalations.filter((x) => x < e) }, e - 1);
      start = e;
    }
  }
  const sinceStart = day - start;
  if (sinceStart < c.responseDays) return base + (c.target - base) * (sinceStart / c.responseDays);
  const years = Math.min(c.driftCapYears, (sinceStart - c.responseDays) / daysPerYear);
  return c.target + c.driftPerYear * years;
}

/** CKD-EPI 2021 creatinine equation (race-free). */
export function egfrFromCreatinine(creatinine: number, age: number, sex: Sex): number {
  const kappa = sex === 'female' ? 0.7 : 0.9;
  const alpha = sex === 'female' ? -0.241 : -0.302;
  const ratio = creatinine / kappa;
  return 142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** age * (sex === 'female' ? 1.012 : 1);
}

/** Inverse of the CKD-EPI 2021 equation, by bisection (it is monotonic in creatinine). */
export function creatinineForEgfr(egfr: number, age: number, sex: Sex): number {
  let lo = 0.2;
  let hi = 15;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (egfrFromCreatinine(mid, age, sex) > egfr) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface Latent {
  sex: Sex;
  birthDay: number;
  heightCm: number;
  baseBmi: number;
  bmiSlopePerYear: number;
  egfrOffset: number;
  ckdDeclinePerYear: number;
  hdl: number;
  triglycerides: number;
  hemoglobin: number;
  wbc: number;
  platelets: number;
  alt: number;
  heartRate: number;
  uacr: number;
  markers: Partial<Record<'a1c' | 'systolic' | 'diastolic' | 'ldl' | 'tsh', MarkerCourse>>;
  normal: { a1c: number; systolic: number; diastolic: number; ldl: number; tsh: number };
}

export interface PhysiologyContext {
  latent: Latent;
  chronic: ReadonlyMap<ChronicKey, ChronicState>;
  onMedication: (key: string, day: number) => boolean;
}

function has(ctx: PhysiologyContext, key: ChronicKey, day: number): boolean {
  const s = ctx.chronic.get(key);
  return s !== undefined && s.onsetDay <= day;
}

function marker(ctx: PhysiologyContext, key: keyof Latent['markers'], day: number): number {
  const course = ctx.latent.markers[key];
  return course ? markerValue(course, day) : ctx.latent.normal[key];
}

export function egfrAt(ctx: PhysiologyContext, day: number): number {
  const { latent } = ctx;
  const age = ageOn(latent.birthDay, day);
  const healthy = Math.max(68, 128 - 0.95 * Math.max(0, age - 25) + latent.egfrOffset);
  const ckd = ctx.chronic.get('ckd');
  if (!ckd) return healthy;
  const atOnset = 54 + latent.egfrOffset / 4;
  if (day < ckd.onsetDay - 730) return Math.min(healthy, 66);
  if (day < ckd.onsetDay) return 66 - (66 - atOnset) * ((day - (ckd.onsetDay - 730)) / 730);
  const years = (day - ckd.onsetDay) / daysPerYear;
  return Math.max(22, atOnset - latent.ckdDeclinePerYear * years);
}

export function bmiAt(ctx: PhysiologyContext, day: number, windowStart: number): number {
  const years = (day - windowStart) / daysPerYear;
  return Math.min(60, Math.max(16, ctx.latent.baseBmi + ctx.latent.bmiSlopePerYear * years));
}

export interface MeasureSituation {
  febrile: boolean;
  respiratory: boolean;
  infection: boolean;
  inpatient: boolean;
}

const calm: MeasureSituation = { febrile: false, respiratory: false, infection: false, inpatient: false };

/** One measured value (true value plus noise), unrounded. */
export function measure(ctx: PhysiologyContext, key: LabKey | VitalKey, day: number, rng: Rng, windowStart: number, situation: MeasureSituation = calm): number {
  const { latent } = ctx;
  const age = ageOn(latent.birthDay, day);
  const a1c = marker(ctx, 'a1c', day);
  switch (key) {
    case 'a1c':
      return a1c + rng.normal(0, 0.15);
    case 'glucose':
      // Fasting glucose tracks average glucose (ADAG: eAG = 28.7 x A1c - 46.7).
      return 28.7 * a1c - 56 + rng.normal(0, 9);
    case 'ldl': {
      const v = marker(ctx, 'ldl', day);
      return Math.max(35, v + rng.normal(0, 8));
    }
    case 'hdl':
      return Math.max(22, latent.hdl + rng.normal(0, 4));
    case 'triglycerides':
      return Math.max(40, latent.triglycerides * (has(ctx, 'diabetes', day) && a1c > 8 ? 1.3 : 1) + rng.normal(0, 18));
    case 'cholesterol':
      // Only used through lipidPanel(), which adds the parts.
      return 0;
    case 'egfr':
      return egfrAt(ctx, day) + rng.normal(0, 2.5);
    case 'creatinine':
      return creatinineForEgfr(egfrAt(ctx, day) + rng.normal(0, 2.5), age, latent.sex);
    case 'bun':
      return Math.max(5, 14 + (90 - Math.min(90, egfrAt(ctx, day))) * 0.35 + rng.normal(0, 3));
    case 'potassium': {
      let k = 4.2 + rng.normal(0, 0.3);
      if (egfrAt(ctx, day) < 45) k += 0.35;
      if (ctx.onMedication('lisinopril', day) || ctx.onMedication('losartan', day) || ctx.onMedication('spironolactone', day)) k += 0.2;
      if (ctx.onMedication('hctz', day) || ctx.onMedication('furosemide', day)) k -= 0.35;
      return k;
    }
    case 'sodium':
      return 139.5 + rng.normal(0, 2) - (ctx.onMedication('hctz', day) ? 1.5 : 0);
    case 'chloride':
      return 103 + rng.normal(0, 2);
    case 'co2':
      return 25.5 + rng.normal(0, 1.8) - (egfrAt(ctx, day) < 40 ? 2 : 0);
    case 'calcium':
      return 9.4 + rng.normal(0, 0.3);
    case 'albumin':
      return 4.2 + rng.normal(0, 0.25) - (situation.inpatient ? 0.5 : 0);
    case 'protein':
      return 7.0 + rng.normal(0, 0.35);
    case 'bilirubin':
      return Math.max(0.2, 0.6 + rng.normal(0, 0.2));
    case 'alt':
      return Math.max(8, latent.alt + rng.normal(0, 6));
    case 'ast':
      return Math.max(10, latent.alt * 0.8 + 4 + rng.normal(0, 5));
    case 'alp':
      return 75 + rng.normal(0, 18);
    case 'tsh':
      return Math.max(0.05, marker(ctx, 'tsh', day) * Math.exp(rng.normal(0, 0.15)));
    case 'hemoglobin':
      return latent.hemoglobin - (has(ctx, 'ckd', day) ? 1.2 : 0) + rng.normal(0, 0.3);
    case 'hematocrit':
      return 0;
    case 'wbc':
      return Math.max(2.5, latent.wbc + (situation.infection ? rng.float(4, 8) : 0) + rng.normal(0, 0.8));
    case 'platelets':
      return Math.max(90, latent.platelets + rng.normal(0, 20));
    case 'uacr':
      return Math.max(2, latent.uacr * Math.exp(rng.normal(0, 0.2)));
    case 'systolic':
      return marker(ctx, 'systolic', day) + 0.25 * Math.max(0, age - 40) + rng.normal(0, 6);
    case 'diastolic':
      return marker(ctx, 'diastolic', day) + rng.normal(0, 4);
    case 'heartRate': {
      let hr = latent.heartRate + rng.normal(0, 5);
      if (has(ctx, 'afib', day)) hr += rng.float(5, 25);
      if (ctx.onMedication('metoprolol', day)) hr -= 9;
      if (situation.febrile) hr += 14;
      return Math.max(45, hr);
    }
    case 'respiratoryRate':
      return 15 + rng.normal(0, 1.5) + (situation.respiratory ? 5 : 0);
    case 'temperature':
      return situation.febrile ? rng.float(38.1, 39.2) : 36.8 + rng.normal(0, 0.2);
    case 'spo2': {
      let s = 98 + rng.normal(0, 0.8);
      if (has(ctx, 'copd', day)) s -= 3;
      if (situation.respiratory) s -= situation.inpatient ? 5 : 2;
      return Math.min(100, s);
    }
    case 'height':
      return latent.heightCm + rng.normal(0, 0.4);
    case 'weight':
    case 'bmi':
      return 0;
  }
}
