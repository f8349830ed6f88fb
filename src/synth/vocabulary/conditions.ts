/**
 * Chronic and acute problems the generator places, with SNOMED CT and ICD-10-CM codes and an
 * adult prevalence model by age and sex.
 *
 * The prevalence figures are rounded from public surveillance summaries (problem-list, i.e.
 * diagnosed, prevalence, which is lower than survey prevalence that counts undiagnosed cases):
 * hypertension and hyperlipidemia from CDC NHANES summaries (2017-2020); type 2 diabetes from the
 * CDC National Diabetes Statistics Report (2023); asthma from CDC's asthma data (2021); COPD from
 * CDC BRFSS (2018), with its strong tie to smoking; chronic kidney disease from the CDC Chronic
 * Kidney Disease Surveillance System (2023); heart failure, atrial fibrillation and coronary
 * artery disease from the AHA Heart Disease and Stroke Statistics update (2023); depression from
 * NIMH (2021); hypothyroidism from the American Thyroid Association (2019); knee osteoarthritis
 * from CDC arthritis data (2020).
 */
import { icd10, snomed, type Code } from './systems.ts';

export type ChronicKey =
  | 'obesity'
  | 'hypertension'
  | 'diabetes'
  | 'prediabetes'
  | 'hyperlipidemia'
  | 'ckd'
  | 'cad'
  | 'heartFailure'
  | 'afib'
  | 'copd'
  | 'asthma'
  | 'depression'
  | 'hypothyroidism'
  | 'osteoarthritis';

export type Sex = 'female' | 'male';
export type SmokingStatus = 'never' | 'former' | 'current';

export interface RiskProfile {
  age: number;
  sex: Sex;
  bmi: number;
  smoking: SmokingStatus;
  has: ReadonlySet<ChronicKey>;
}

export type Specialty =
  | 'cardiology'
  | 'endocrinology'
  | 'nephrology'
  | 'pulmonology'
  | 'gastroenterology'
  | 'orthopedics'
  | 'behavioral health'
  | 'hospital medicine'
  | 'emergency medicine';

export interface ChronicDef {
  key: ChronicKey;
  snomed: Code;
  icd10: Code;
  /** How clinicians write it in a note. */
  label: string;
  /** Youngest age at which it is usually diagnosed. */
  minOnsetAge: number;
  /** Specialist a primary-care clinician refers to, if any. */
  specialty?: Specialty;
  /** Probability of being on the problem list at the given profile. */
  prevalence(p: RiskProfile): number;
}

function band(age: number, bands: readonly [number, number][]): number {
  let value = 0;
  for (const [from, p] of bands) if (age >= from) value = p;
  return value;
}

/** Ordered so each condition's risk can depend on those drawn before it. */
export const chronicConditions: readonly ChronicDef[] = [
  {
    key: 'obesity',
    snomed: snomed('414916001', 'Obesity (disorder)'),
    icd10: icd10('E66.9', 'Obesity, unspecified'),
    label: 'obesity',
    minOnsetAge: 18,
    // Placed from the body-mass index itself (BMI >= 30), not drawn.
    prevalence: (p) => (p.bmi >= 30 ? 0.85 : 0),
  },
  {
    key: 'hypertension',
    snomed: snomed('59621000', 'Essential hypertension (disorder)'),
    icd10: icd10('I10', 'Essential (primary) hypertension'),
    label: 'hypertension',
    minOnsetAge: 25,
    specialty: 'cardiology',
    prevalence: (p) =>
      band(p.age, [[18, 0.08], [40, 0.3], [60, 0.55], [75, 0.66]]) * (p.sex === 'male' ? 1.1 : 0.95) * (p.bmi >= 30 ? 1.45 : p.bmi < 25 ? 0.75 : 1),
  },
  {
    key: 'diabetes',
    snomed: snomed('44054006', 'Diabetes mellitus type 2 (disorder)'),
    icd10: icd10('E11.9', 'Type 2 diabetes mellitus without complications'),
    label: 'type 2 diabetes',
    minOnsetAge: 25,
    specialty: 'endocrinology',
    prevalence: (p) => band(p.age, [[18, 0.025], [45, 0.12], [65, 0.2]]) * (p.bmi >= 30 ? 1.9 : p.bmi < 25 ? 0.5 : 1),
  },
  {
    key: 'prediabetes',
    snomed: snomed('15777000', 'Prediabetes (finding)'),
    icd10: icd10('R73.03', 'Prediabetes'),
    label: 'prediabetes',
    minOnsetAge: 25,
    prevalence: (p) => (p.has.has('diabetes') ? 0 : band(p.age, [[18, 0.04], [40, 0.12], [60, 0.16]]) * (p.bmi >= 30 ? 1.6 : 1)),
  },
  {
    key: 'hyperlipidemia',
    snomed: snomed('55822004', 'Hyperlipidemia (disorder)'),
    icd10: icd10('E78.5', 'Hyperlipidemia, unspecified'),
    label: 'hyperlipidemia',
    minOnsetAge: 25,
    prevalence: (p) => band(p.age, [[18, 0.06], [40, 0.25], [60, 0.42]]) * (p.has.has('diabetes') ? 1.4 : 1),
  },
  {
    key: 'ckd',
    snomed: snomed('433144002', 'Chronic kidney disease stage 3 (disorder)'),
    icd10: icd10('N18.30', 'Chronic kidney disease, stage 3 unspecified'),
    label: 'chronic kidney disease stage 3',
    minOnsetAge: 35,
    specialty: 'nephrology',
    prevalence: (p) =>
      band(p.age, [[18, 0.004], [45, 0.035], [65, 0.09], [75, 0.18]]) * (p.has.has('diabetes') ? 2 : 1) * (p.has.has('hypertension') ? 1.4 : 1),
  },
  {
    key: 'cad',
    snomed: snomed('53741008', 'Coronary arteriosclerosis (disorder)'),
    icd10: icd10('I25.10', 'Atherosclerotic heart disease of native coronary artery without angina pectoris'),
    label: 'coronary artery disease',
    minOnsetAge: 40,
    specialty: 'cardiology',
    prevalence: (p) =>
      band(p.age, [[18, 0.004], [40, 0.045], [60, 0.12], [80, 0.22]]) *
      (p.sex === 'male' ? 1.35 : 0.7) *
      (p.has.has('diabetes') ? 1.5 : 1) *
      (p.smoking === 'current' ? 1.5 : 1),
  },
  {
    key: 'heartFailure',
    snomed: snomed('84114007', 'Heart failure (disorder)'),
    icd10: icd10('I50.9', 'Heart failure, unspecified'),
    label: 'heart failure',
    minOnsetAge: 45,
    specialty: 'cardiology',
    prevalence: (p) => band(p.age, [[18, 0.001], [40, 0.01], [60, 0.045], [80, 0.11]]) * (p.has.has('cad') ? 2.2 : 1) * (p.has.has('hypertension') ? 1.3 : 1),
  },
  {
    key: 'afib',
    snomed: snomed('49436004', 'Atrial fibrillation (disorder)'),
    icd10: icd10('I48.91', 'Unspecified atrial fibrillation'),
    label: 'atrial fibrillation',
    minOnsetAge: 45,
    specialty: 'cardiology',
    prevalence: (p) => band(p.age, [[18, 0.001], [55, 0.02], [65, 0.05], [75, 0.1], [85, 0.14]]) * (p.sex === 'male' ? 1.25 : 0.85),
  },
  {
    key: 'copd',
    snomed: snomed('13645005', 'Chronic obstructive lung disease (disorder)'),
    icd10: icd10('J44.9', 'Chronic obstructive pulmonary disease, unspecified'),
    label: 'COPD',
    minOnsetAge: 40,
    specialty: 'pulmonology',
    prevalence: (p) =>
      band(p.age, [[18, 0.004], [40, 0.05], [65, 0.11]]) * (p.smoking === 'current' ? 2.6 : p.smoking === 'former' ? 2 : 0.3),
  },
  {
    key: 'asthma',
    snomed: snomed('195967001', 'Asthma (disorder)'),
    icd10: icd10('J45.909', 'Unspecified asthma, uncomplicated'),
    label: 'asthma',
    minOnsetAge: 5,
    specialty: 'pulmonology',
    prevalence: (p) => (p.sex === 'female' ? 0.1 : 0.065) * (p.bmi >= 30 ? 1.3 : 1),
  },
  {
    key: 'depression',
    snomed: snomed('35489007', 'Depressive disorder (disorder)'),
    icd10: icd10('F32.A', 'Depression, unspecified'),
    label: 'depression',
    minOnsetAge: 15,
    specialty: 'behavioral health',
    prevalence: (p) => band(p.age, [[18, 0.14], [26, 0.1], [50, 0.075]]) * (p.sex === 'female' ? 1.35 : 0.7),
  },
  {
    key: 'hypothyroidism',
    snomed: snomed('40930008', 'Hypothyroidism (disorder)'),
    icd10: icd10('E03.9', 'Hypothyroidism, unspecified'),
    label: 'hypothyroidism',
    minOnsetAge: 20,
    specialty: 'endocrinology',
    prevalence: (p) => band(p.age, [[18, 0.03], [40, 0.07], [60, 0.12]]) * (p.sex === 'female' ? 1 : 0.22),
  },
  {
    key: 'osteoarthritis',
    snomed: snomed('239873007', 'Osteoarthritis of knee (disorder)'),
    icd10: icd10('M17.9', 'Osteoarthritis of knee, unspecified'),
    label: 'knee osteoarthritis',
    minOnsetAge: 40,
    specialty: 'orthopedics',
    prevalence: (p) => band(p.age, [[18, 0.005], [45, 0.07], [65, 0.18]]) * (p.sex === 'female' ? 1.3 : 0.8) * (p.bmi >= 30 ? 1.6 : 1),
  },
];

export const chronicByKey: ReadonlyMap<ChronicKey, ChronicDef> = new Map(chronicConditions.map((c) => [c.key, c]));

export type AcuteKey =
  | 'bronchitis'
  | 'pharyngitis'
  | 'sinusitis'
  | 'uti'
  | 'lowBackPain'
  | 'ankleSprain'
  | 'influenza'
  | 'gastroenteritis'
  | 'covid'
  | 'cellulitis'
  | 'pneumonia';

export interface AcuteDef {
  key: AcuteKey;
  snomed: Code;
  icd10: Code;
  label: string;
  /** Presenting complaint as a patient would put it. */
  complaint: string;
  /** Relative frequency among acute visits. */
  weight: (sex: Sex, age: number, year: number) => number;
  /** Days until it resolves. */
  days: [number, number];
}

export const acuteProblems: readonly AcuteDef[] = [
  { key: 'bronchitis', snomed: snomed('10509002', 'Acute bronchitis (disorder)'), icd10: icd10('J20.9', 'Acute bronchitis, unspecified'), label: 'acute bronchitis', complaint: 'cough for about a week', weight: () => 3, days: [10, 21] },
  { key: 'pharyngitis', snomed: snomed('195662009', 'Acute viral pharyngitis (disorder)'), icd10: icd10('J02.9', 'Acute pharyngitis, unspecified'), label: 'viral pharyngitis', complaint: 'sore throat', weight: (_s, age) => (age < 40 ? 3 : 1.5), days: [5, 10] },
  { key: 'sinusitis', snomed: snomed('444814009', 'Viral sinusitis (disorder)'), icd10: icd10('J01.90', 'Acute sinusitis, unspecified'), label: 'acute sinusitis', complaint: 'sinus pressure and congestion', weight: () => 3, days: [7, 14] },
  { key: 'uti', snomed: snomed('68566005', 'Urinary tract infectious disease (disorder)'), icd10: icd10('N39.0', 'Urinary tract infection, site not specified'), label: 'urinary tract infection', complaint: 'burning with urination', weight: (sex) => (sex === 'female' ? 3.5 : 0.5), days: [5, 10] },
  { key: 'lowBackPain', snomed: snomed('279039007', 'Low back pain (finding)'), icd10: icd10('M54.50', 'Low back pain, unspecified'), label: 'low back pain', complaint: 'low back pain after lifting', weight: () => 2.5, days: [14, 42] },
  { key: 'ankleSprain', snomed: snomed('44465007', 'Sprain of ankle (disorder)'), icd10: icd10('S93.409A', 'Sprain of unspecified ligament of unspecified ankle, initial encounter'), label: 'ankle sprain', complaint: 'twisted ankle', weight: (_s, age) => (age < 50 ? 1.5 : 0.6), days: [14, 35] },
  { key: 'influenza', snomed: snomed('6142004', 'Influenza (disorder)'), icd10: icd10('J11.1', 'Influenza due to unidentified influenza virus with other respiratory manifestations'), label: 'influenza', complaint: 'fever, body aches and cough', weight: () => 1.2, days: [7, 14] },
  { key: 'gastroenteritis', snomed: snomed('25374005', 'Gastroenteritis (disorder)'), icd10: icd10('A09', 'Infectious gastroenteritis and colitis, unspecified'), label: 'gastroenteritis', complaint: 'vomiting and diarrhea', weight: () => 1.2, days: [3, 7] },
  { key: 'covid', snomed: snomed('840539006', 'Disease caused by severe acute respiratory syndrome coronavirus 2 (disorder)'), icd10: icd10('U07.1', 'COVID-19'), label: 'COVID-19', complaint: 'fever and cough, home test positive', weight: (_s, _a, year) => (year >= 2020 ? 1.5 : 0), days: [7, 14] },
  { key: 'cellulitis', snomed: snomed('128045006', 'Cellulitis (disorder)'), icd10: icd10('L03.90', 'Cellulitis, unspecified'), label: 'cellulitis', complaint: 'red, warm, swollen skin on the leg', weight: (_s, age) => (age >= 50 ? 0.8 : 0.4), days: [7, 14] },
  { key: 'pneumonia', snomed: snomed('233604007', 'Pneumonia (disorder)'), icd10: icd10('J18.9', 'Pneumonia, unspecified organism'), label: 'community-acquired pneumonia', complaint: 'fever, productive cough and shortness of breath', weight: (_s, age) => (age >= 65 ? 0.9 : 0.3), days: [14, 28] },
];

export const acuteByKey: ReadonlyMap<AcuteKey, AcuteDef> = new Map(acuteProblems.map((a) => [a.key, a]));

/** Reasons for a hospital stay, each with a discharge diagnosis. */
export interface AdmissionDef {
  key: string;
  snomed: Code;
  icd10: Code;
  label: string;
  /** Chronic condition that makes it likely, if any. */
  requires?: ChronicKey;
  stayDays: [number, number];
}

export const admissions: readonly AdmissionDef[] = [
  { key: 'hfExacerbation', snomed: snomed('84114007', 'Heart failure (disorder)'), icd10: icd10('I50.9', 'Heart failure, unspecified'), label: 'acute on chronic heart failure exacerbation', requires: 'heartFailure', stayDays: [3, 6] },
  { key: 'copdExacerbation', snomed: snomed('195951007', 'Acute exacerbation of chronic obstructive airways disease (disorder)'), icd10: icd10('J44.1', 'Chronic obstructive pulmonary disease with (acute) exacerbation'), label: 'COPD exacerbation', requires: 'copd', stayDays: [2, 5] },
  { key: 'pneumonia', snomed: snomed('233604007', 'Pneumonia (disorder)'), icd10: icd10('J18.9', 'Pneumonia, unspecified organism'), label: 'community-acquired pneumonia', stayDays: [2, 5] },
  { key: 'cellulitis', snomed: snomed('128045006', 'Cellulitis (disorder)'), icd10: icd10('L03.90', 'Cellulitis, unspecified'), label: 'lower-extremity cellulitis', stayDays: [2, 4] },
  { key: 'chestPain', snomed: snomed('29857009', 'Chest pain (finding)'), icd10: icd10('R07.9', 'Chest pain, unspecified'), label: 'chest pain, acute coronary syndrome ruled out', requires: 'cad', stayDays: [1, 2] },
  { key: 'afibRvr', snomed: snomed('49436004', 'Atrial fibrillation (disorder)'), icd10: icd10('I48.91', 'Unspecified atrial fibrillation'), label: 'atrial fibrillation with rapid ventricular response', requires: 'afib', stayDays: [2, 4] },
];
