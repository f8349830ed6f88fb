import type { Citation } from '../citation.ts';
import type { UnitConversion } from './units.ts';

export type Sex = 'female' | 'male';

export interface Limits {
  low?: number;
  high?: number;
}

/** Usual adult reference data for one common lab test. */
export interface LabDefinition {
  key: string;
  name: string;
  /** LOINC codes that report this test. */
  loinc: string[];
  /** The unit the ranges below are written in. */
  unit: string;
  /** Other units seen in records, normalised (see units.ts), with their conversion to `unit`. */
  conversions: Record<string, UnitConversion>;
  /** Usual adult range: below `low` is low, above `high` is high. */
  range: (sex: Sex | undefined) => Limits;
  /** Values that need prompt attention; each institution's laboratory sets its own. */
  critical?: Limits;
  /** Named bands the guidance uses (e.g. "prediabetes range"). */
  category?: (value: number, sex: Sex | undefined) => string | undefined;
  /** What the test measures and what a high or low value can mean, in plain words for patients. */
  meaning: string;
  source: Citation;
  /** Only meaningful for one sex (PSA). */
  onlyFor?: Sex;
}

const same = 1;
const cellCountUnits = { '10*3/ul': same, '10*9/l': same, 'k/ul': same, 'thou/ul': same, '10*3/mm3': same, '/nl': same };
const criticalSource = 'critical limits are typical US hospital laboratory call-back values; each laboratory sets its own';

const mgPerDlCholesterol = { 'mg/dl': same, 'mmol/l': 38.67 };

export const labCatalog: LabDefinition[] = [
  {
    key: 'hba1c', name: 'Hemoglobin A1c', loinc: ['4548-4', '17856-6', '4549-2', '59261-8'], unit: '%',
    conversions: { '%': same, 'mmol/mol': (ifcc) => ifcc * 0.0915 + 2.15 },
    range: () => ({ high: 5.6 }),
    category: (v) => (v >= 6.5 ? 'diabetes range (6.5 % or higher)' : v >= 5.7 ? 'prediabetes range (5.7–6.4 %)' : 'normal (below 5.7 %)'),
    meaning: 'A1c shows your average blood sugar over the past 2 to 3 months. A higher number means your blood sugar has been higher. Your care team uses it to check for diabetes or to see how well diabetes treatment is working.',
    source: { organization: 'American Diabetes Association', title: 'Standards of Care in Diabetes—2024: 2. Diagnosis and Classification of Diabetes', publication: 'Diabetes Care 2024;47(Suppl 1):S20–S42', year: 2024 },
  },
  {
    key: 'glucose-fasting', name: 'Glucose, fasting', loinc: ['1558-6', '76629-5'], unit: 'mg/dL',
    conversions: { 'mg/dl': same, 'mmol/l': 18.016 },
    range: () => ({ low: 70, high: 99 }), critical: { low: 54, high: 400 },
    category: (v) => (v >= 126 ? 'diabetes range (126 mg/dL or higher)' : v >= 100 ? 'prediabetes range (100–125 mg/dL)' : undefined),
    meaning: 'This is the sugar in your blood after not eating for at least 8 hours. High values can be a sign of prediabetes or diabetes. Very low values can make you shaky, sweaty or confused.',
    source: { organization: 'American Diabetes Association', title: 'Standards of Care in Diabetes—2024: 2. Diagnosis and Classification of Diabetes; 6. Glycemic Goals and Hypoglycemia (level 2 hypoglycemia below 54 mg/dL)', publication: 'Diabetes Care 2024;47(Suppl 1)', year: 2024 },
  },
  {
    key: 'glucose', name: 'Glucose', loinc: ['2345-7', '2339-0', '41653-7', '2340-8'], unit: 'mg/dL',
    conversions: { 'mg/dl': same, 'mmol/l': 18.016 },
    range: () => ({ low: 70, high: 139 }), critical: { low: 54, high: 400 },
    category: (v) => (v >= 200 ? 'at or above 200 mg/dL, which with symptoms meets the diabetes criterion for a random glucose' : undefined),
    meaning: 'This is the sugar in your blood at the time of the test. It goes up after meals. High values can be a sign of diabetes. Very low values can make you shaky, sweaty or confused.',
    source: { organization: 'American Diabetes Association', title: 'Standards of Care in Diabetes—2024: 2. Diagnosis and Classification of Diabetes', publication: 'Diabetes Care 2024;47(Suppl 1):S20–S42', year: 2024 },
  },
  {
    key: 'cholesterol-total', name: 'Total cholesterol', loinc: ['2093-3'], unit: 'mg/dL', conversions: mgPerDlCholesterol,
    range: () => ({ high: 199 }),
    category: (v) => (v >= 240 ? 'high (240 mg/dL or higher)' : v >= 200 ? 'borderline high (200–239 mg/dL)' : 'desirable (below 200 mg/dL)'),
    meaning: 'Cholesterol is a fat carried in your blood. Too much of it over many years can build up in blood vessels and raise the chance of heart attack and stroke.',
    source: { organization: 'National Cholesterol Education Program (NHLBI)', title: 'Third Report of the Expert Panel on Detection, Evaluation, and Treatment of High Blood Cholesterol in Adults (ATP III)', publication: 'Circulation 2002;106:3143–3421', year: 2002 },
  },
  {
    key: 'ldl', name: 'LDL cholesterol', loinc: ['13457-7', '18262-6', '2089-1'], unit: 'mg/dL', conversions: mgPerDlCholesterol,
    range: () => ({ high: 129 }),
    category: (v) => (v >= 190 ? 'very high (190 mg/dL or higher)' : v >= 160 ? 'high (160–189 mg/dL)' : v >= 130 ? 'borderline high (130–159 mg/dL)' : v >= 100 ? 'near optimal (100–129 mg/dL)' : 'optimal (below 100 mg/dL)'),
    meaning: 'LDL is often called "bad" cholesterol. Higher LDL over time builds up in the walls of blood vessels and raises the chance of heart attack and stroke.',
    source: { organization: 'National Cholesterol Education Program (NHLBI)', title: 'Third Report of the Expert Panel on Detection, Evaluation, and Treatment of High Blood Cholesterol in Adults (ATP III)', publication: 'Circulation 2002;106:3143–3421', year: 2002 },
  },
  {
    key: 'hdl', name: 'HDL cholesterol', loinc: ['2085-9'], unit: 'mg/dL', conversions: mgPerDlCholesterol,
    range: (sex) => ({ low: sex === 'female' ? 50 : 40 }),
    category: (v) => (v >= 60 ? 'high, which is protective (60 mg/dL or higher)' : undefined),
    meaning: 'HDL is often called "good" cholesterol. It helps carry extra cholesterol away from blood vessels, so a higher number is usually better.',
    source: { organization: 'National Cholesterol Education Program (NHLBI)', title: 'Third Report of the Expert Panel on Detection, Evaluation, and Treatment of High Blood Cholesterol in Adults (ATP III): low HDL below 40 mg/dL in men and below 50 mg/dL in women', publication: 'Circulation 2002;106:3143–3421', year: 2002 },
  },
  {
    key: 'triglycerides', name: 'Triglycerides', loinc: ['2571-8', '3043-7'], unit: 'mg/dL', conversions: { 'mg/dl': same, 'mmol/l': 88.57 },
    range: () => ({ high: 149 }),
    category: (v) => (v >= 500 ? 'very high (500 mg/dL or higher), which also raises the risk of pancreatitis' : v >= 200 ? 'high (200–499 mg/dL)' : v >= 150 ? 'borderline high (150–199 mg/dL)' : 'normal (below 150 mg/dL)'),
    meaning: 'Triglycerides are a type of fat in your blood that comes from food and from extra calories. High levels add to heart risk, and very high levels can inflame the pancreas.',
    source: { organization: 'National Cholesterol Education Program (NHLBI)', title: 'Third Report of the Expert Panel on Detection, Evaluation, and Treatment of High Blood Cholesterol in Adults (ATP III)', publication: 'Circulation 2002;106:3143–3421', year: 2002 },
  },
  {
    key: 'creatinine', name: 'Creatinine', loinc: ['2160-0', '38483-4'], unit: 'mg/dL', conversions: { 'mg/dl': same, 'umol/l': 1 / 88.4 },
    range: (sex) => (sex === 'female' ? { low: 0.59, high: 1.04 } : sex === 'male' ? { low: 0.74, high: 1.35 } : { low: 0.59, high: 1.35 }),
    meaning: 'Creatinine is a waste product from your muscles that your kidneys filter out. A high level can mean your kidneys are not filtering as well as they should.',
    source: { organization: 'Mayo Clinic Laboratories', title: 'Creatinine, serum: adult reference values (males 0.74–1.35, females 0.59–1.04 mg/dL)', year: 2024 },
  },
  {
    key: 'egfr', name: 'eGFR', loinc: ['98979-8', '62238-1', '33914-3', '48642-3', '48643-1', '88293-6', '88294-4', '50044-7'], unit: 'mL/min/1.73 m²',
    conversions: { 'ml/min/1.73m2': same, 'ml/min/1.73m*2': same, 'ml/min': same },
    range: () => ({ low: 60 }), critical: { low: 15 },
    category: (v) => (v >= 90 ? 'G1 normal or high' : v >= 60 ? 'G2 mildly decreased' : v >= 45 ? 'G3a mildly to moderately decreased' : v >= 30 ? 'G3b moderately to severely decreased' : v >= 15 ? 'G4 severely decreased' : 'G5 kidney failure'),
    meaning: 'eGFR estimates how well your kidneys filter your blood. A higher number is better. A number below 60 for 3 months or more is a sign of chronic kidney disease.',
    source: { organization: 'KDIGO', title: 'KDIGO 2024 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease', publication: 'Kidney Int 2024;105(4S):S117–S314', year: 2024 },
  },
  {
    key: 'potassium', name: 'Potassium', loinc: ['2823-3', '6298-4'], unit: 'mmol/L', conversions: { 'mmol/l': same, 'meq/l': same },
    range: () => ({ low: 3.5, high: 5.0 }), critical: { low: 2.8, high: 6.2 },
    meaning: 'Potassium is a mineral that helps your nerves, muscles and heart work. Levels that are too high or too low can affect your heartbeat.',
    source: { organization: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Potassium blood test', year: 2023 },
  },
  {
    key: 'sodium', name: 'Sodium', loinc: ['2951-2', '2947-0'], unit: 'mmol/L', conversions: { 'mmol/l': same, 'meq/l': same },
    range: () => ({ low: 135, high: 145 }), critical: { low: 120, high: 160 },
    meaning: 'Sodium is a salt that helps control the water balance in your body. Levels that are too low or too high can cause confusion, weakness or seizures.',
    source: { organization: 'MedlinePlus (U.S. National Library of Medicine)', title: 'Sodium blood test', year: 2023 },
  },
  {
    key: 'tsh', name: 'TSH', loinc: ['3016-3', '11580-8'], unit: 'mIU/L', conversions: { 'miu/l': same, 'uiu/ml': same, 'mu/l': same, 'uu/ml': same },
    range: () => ({ low: 0.5, high: 5.0 }),
    meaning: 'TSH is a hormone that tells your thyroid gland how hard to work. A high TSH often means the thyroid is underactive; a low TSH often means it is overactive.',
    source: { organization: 'MedlinePlus (U.S. National Library of Medicine)', title: 'TSH (thyroid-stimulating hormone) test', year: 2023 },
  },
  {
    key: 'hemoglobin', name: 'Hemoglobin', loinc: ['718-7', '30313-1', '20509-6'], unit: 'g/dL', conversions: { 'g/dl': same, 'g/l': 0.1 },
    range: (sex) => (sex === 'female' ? { low: 12.0, high: 15.5 } : sex === 'male' ? { low: 13.0, high: 17.5 } : { low: 12.0, high: 17.5 }),
    critical: { low: 7.0, high: 20.0 },
    meaning: 'Hemoglobin is the part of red blood cells that carries oxygen. A low level is called anemia and can make you feel tired or short of breath.',
    source: { organization: 'World Health Organization', title: 'Guideline on haemoglobin cutoffs to define anaemia in individuals and populations (anaemia below 13.0 g/dL in men, 12.0 g/dL in non-pregnant women)', year: 2024 },
  },
  {
    key: 'wbc', name: 'White blood cell count', loinc: ['6690-2', '26464-8'], unit: '10³/µL', conversions: cellCountUnits,
    range: () => ({ low: 4.5, high: 11.0 }), critical: { low: 2.0, high: 30.0 },
    meaning: 'White blood cells fight infection. A high count can mean infection or inflammation. A low count can make it harder to fight infections.',
    source: { organization: 'MedlinePlus (U.S. National Library of Medicine)', title: 'WBC count', year: 2023 },
  },
  {
    key: 'platelets', name: 'Platelet count', loinc: ['777-3', '26515-7', '49497-1'], unit: '10³/µL', conversions: cellCountUnits,
    range: () => ({ low: 150, high: 450 }), critical: { low: 20, high: 1000 },
    meaning: 'Platelets help your blood clot. A low count can cause easy bruising or bleeding. A high count can raise the chance of clots.',
    source: { organization: 'National Heart, Lung, and Blood Institute', title: 'Thrombocytopenia: normal platelet count 150,000 to 450,000 per microliter', year: 2022 },
  },
  {
    key: 'alt', name: 'ALT', loinc: ['1742-6', '1743-4', '1744-2', '76625-3'], unit: 'U/L', conversions: { 'u/l': same, 'iu/l': same },
    range: (sex) => ({ high: sex === 'female' ? 25 : 33 }),
    meaning: 'ALT is an enzyme found mostly in the liver. A high level can mean the liver is irritated or injured, for example by fat in the liver, alcohol, medicines or hepatitis.',
    source: { organization: 'American College of Gastroenterology (Kwo PY, Cohen SM, Lim JK)', title: 'ACG Clinical Guideline: Evaluation of Abnormal Liver Chemistries (healthy upper limit of ALT 29–33 U/L in men, 19–25 U/L in women)', publication: 'Am J Gastroenterol 2017;112:18–35', year: 2017 },
  },
  {
    key: 'ast', name: 'AST', loinc: ['1920-8', '30239-8'], unit: 'U/L', conversions: { 'u/l': same, 'iu/l': same },
    range: () => ({ low: 8, high: 33 }),
    meaning: 'AST is an enzyme found in the liver, heart and muscles. A high level can mean damage to the liver or to muscle.',
    source: { organization: 'MedlinePlus (U.S. National Library of Medicine)', title: 'AST test', year: 2023 },
  },
  {
    key: 'uacr', name: 'Urine albumin/creatinine ratio', loinc: ['9318-7', '14959-1', '32294-1', '14958-3'], unit: 'mg/g',
    conversions: { 'mg/g': same, 'ug/mg': same, 'mg/gcreat': same, 'mg/mmol': 8.84 },
    range: () => ({ high: 29 }),
    category: (v) => (v >= 300 ? 'A3 severely increased (300 mg/g or higher)' : v >= 30 ? 'A2 moderately increased (30–299 mg/g)' : 'A1 normal to mildly increased (below 30 mg/g)'),
    meaning: 'This test looks for a protein called albumin in your urine. Healthy kidneys keep albumin in the blood, so albumin in the urine can be an early sign of kidney damage.',
    source: { organization: 'KDIGO', title: 'KDIGO 2024 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease (albuminuria categories A1–A3)', publication: 'Kidney Int 2024;105(4S):S117–S314', year: 2024 },
  },
  {
    key: 'vitamin-d', name: '25-hydroxyvitamin D', loinc: ['62292-8', '1989-3', '14635-7', '49054-0'], unit: 'ng/mL',
    conversions: { 'ng/ml': same, 'ug/l': same, 'nmol/l': 1 / 2.496 },
    range: () => ({ low: 20, high: 50 }), critical: { high: 150 },
    category: (v) => (v < 12 ? 'deficient (below 12 ng/mL)' : v < 20 ? 'inadequate for bone health (12–19 ng/mL)' : v <= 50 ? 'adequate (20–50 ng/mL)' : 'above 50 ng/mL, which may cause harm'),
    meaning: 'Vitamin D helps your body take in calcium and keep bones strong. Low levels can weaken bones. Very high levels, usually from supplements, can be harmful.',
    source: { organization: 'NIH Office of Dietary Supplements', title: 'Vitamin D: Fact Sheet for Health Professionals', year: 2024 },
  },
  {
    key: 'psa', name: 'Prostate-specific antigen (PSA)', loinc: ['2857-1', '35741-8', '83112-3'], unit: 'ng/mL', conversions: { 'ng/ml': same, 'ug/l': same },
    range: () => ({ high: 4.0 }), onlyFor: 'male',
    meaning: 'PSA is a protein made by the prostate. A higher level can come from prostate cancer, but also from an enlarged or inflamed prostate. Your care team looks at it together with other information.',
    source: { organization: 'National Cancer Institute', title: 'Prostate-Specific Antigen (PSA) Test fact sheet (4.0 ng/mL long used as the cut-off; no single level is normal for every man)', year: 2022 },
  },
];

export const criticalLimitNote = criticalSource;

const byLoinc = new Map<string, LabDefinition>();
for (const lab of labCatalog) for (const code of lab.loinc) byLoinc.set(code, lab);

export function labForLoinc(loinc: string): LabDefinition | undefined {
  return byLoinc.get(loinc.trim());
}
