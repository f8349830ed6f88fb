/**
 * Laboratory tests, vital signs and social history with LOINC codes, UCUM units and adult
 * reference ranges as commonly reported by US clinical laboratories (MedlinePlus lab test pages,
 * NIH, 2023). Ranges that differ by sex are given per sex.
 */
import { loinc, snomed, type Code } from './systems.ts';
import type { Sex } from './conditions.ts';

export interface Range {
  low?: number;
  high?: number;
}

export interface QuantityDef {
  key: string;
  code: Code;
  /** Short name used in notes, e.g. "A1c". */
  short: string;
  unit: string;
  /** UCUM code of the unit. */
  ucum: string;
  decimals: number;
  range: Range | Record<Sex, Range>;
  category: 'laboratory' | 'vital-signs';
}

const lab = (key: string, code: string, display: string, short: string, unit: string, ucum: string, decimals: number, range: QuantityDef['range']): QuantityDef => ({
  key,
  code: loinc(code, display),
  short,
  unit,
  ucum,
  decimals,
  range,
  category: 'laboratory',
});

const vital = (key: string, code: string, display: string, short: string, unit: string, ucum: string, decimals: number, range: QuantityDef['range']): QuantityDef => ({
  key,
  code: loinc(code, display),
  short,
  unit,
  ucum,
  decimals,
  range,
  category: 'vital-signs',
});

export const labs = {
  a1c: lab('a1c', '4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', 'A1c', '%', '%', 1, { low: 4.0, high: 5.6 }),
  glucose: lab('glucose', '2345-7', 'Glucose [Mass/volume] in Serum or Plasma', 'glucose', 'mg/dL', 'mg/dL', 0, { low: 70, high: 99 }),
  cholesterol: lab('cholesterol', '2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', 'total cholesterol', 'mg/dL', 'mg/dL', 0, { high: 199 }),
  triglycerides: lab('triglycerides', '2571-8', 'Triglyceride [Mass/volume] in Serum or Plasma', 'triglycerides', 'mg/dL', 'mg/dL', 0, { high: 149 }),
  hdl: lab('hdl', '2085-9', 'Cholesterol in HDL [Mass/volume] in Serum or Plasma', 'HDL', 'mg/dL', 'mg/dL', 0, { female: { low: 50 }, male: { low: 40 } }),
  ldl: lab('ldl', '18262-6', 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay', 'LDL', 'mg/dL', 'mg/dL', 0, { high: 99 }),
  sodium: lab('sodium', '2951-2', 'Sodium [Moles/volume] in Serum or Plasma', 'Na', 'mmol/L', 'mmol/L', 0, { low: 135, high: 145 }),
  potassium: lab('potassium', '2823-3', 'Potassium [Moles/volume] in Serum or Plasma', 'K', 'mmol/L', 'mmol/L', 1, { low: 3.5, high: 5.1 }),
  chloride: lab('chloride', '2075-0', 'Chloride [Moles/volume] in Serum or Plasma', 'Cl', 'mmol/L', 'mmol/L', 0, { low: 98, high: 107 }),
  co2: lab('co2', '2028-9', 'Carbon dioxide, total [Moles/volume] in Serum or Plasma', 'CO2', 'mmol/L', 'mmol/L', 0, { low: 22, high: 29 }),
  bun: lab('bun', '3094-0', 'Urea nitrogen [Mass/volume] in Serum or Plasma', 'BUN', 'mg/dL', 'mg/dL', 0, { low: 7, high: 20 }),
  creatinine: lab('creatinine', '2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', 'creatinine', 'mg/dL', 'mg/dL', 2, { female: { low: 0.59, high: 1.04 }, male: { low: 0.74, high: 1.35 } }),
  egfr: lab('egfr', '98979-8', 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)', 'eGFR', 'mL/min/1.73m2', 'mL/min/{1.73_m2}', 0, { low: 60 }),
  calcium: lab('calcium', '17861-6', 'Calcium [Mass/volume] in Serum or Plasma', 'Ca', 'mg/dL', 'mg/dL', 1, { low: 8.6, high: 10.3 }),
  albumin: lab('albumin', '1751-7', 'Albumin [Mass/volume] in Serum or Plasma', 'albumin', 'g/dL', 'g/dL', 1, { low: 3.5, high: 5.0 }),
  protein: lab('protein', '2885-2', 'Protein [Mass/volume] in Serum or Plasma', 'total protein', 'g/dL', 'g/dL', 1, { low: 6.0, high: 8.3 }),
  bilirubin: lab('bilirubin', '1975-2', 'Bilirubin.total [Mass/volume] in Serum or Plasma', 'bilirubin', 'mg/dL', 'mg/dL', 1, { low: 0.1, high: 1.2 }),
  alt: lab('alt', '1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', 'ALT', 'U/L', 'U/L', 0, { low: 7, high: 56 }),
  ast: lab('ast', '1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', 'AST', 'U/L', 'U/L', 0, { low: 10, high: 40 }),
  alp: lab('alp', '6768-6', 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma', 'alk phos', 'U/L', 'U/L', 0, { low: 44, high: 147 }),
  tsh: lab('tsh', '3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', 'TSH', 'mIU/L', 'm[IU]/L', 2, { low: 0.4, high: 4.0 }),
  hemoglobin: lab('hemoglobin', '718-7', 'Hemoglobin [Mass/volume] in Blood', 'Hgb', 'g/dL', 'g/dL', 1, { female: { low: 12.0, high: 15.5 }, male: { low: 13.5, high: 17.5 } }),
  hematocrit: lab('hematocrit', '4544-3', 'Hematocrit [Volume Fraction] of Blood by Automated count', 'Hct', '%', '%', 1, { female: { low: 36, high: 46 }, male: { low: 41, high: 53 } }),
  wbc: lab('wbc', '6690-2', 'Leukocytes [#/volume] in Blood by Automated count', 'WBC', 'x10^3/uL', '10*3/uL', 1, { low: 4.5, high: 11.0 }),
  platelets: lab('platelets', '777-3', 'Platelets [#/volume] in Blood by Automated count', 'platelets', 'x10^3/uL', '10*3/uL', 0, { low: 150, high: 400 }),
  uacr: lab('uacr', '9318-7', 'Albumin/Creatinine [Mass Ratio] in Urine', 'urine albumin/creatinine', 'mg/g', 'mg/g', 0, { high: 29 }),
} as const satisfies Record<string, QuantityDef>;

export type LabKey = keyof typeof labs;

export const vitals = {
  systolic: vital('systolic', '8480-6', 'Systolic blood pressure', 'SBP', 'mmHg', 'mm[Hg]', 0, { low: 90, high: 129 }),
  diastolic: vital('diastolic', '8462-4', 'Diastolic blood pressure', 'DBP', 'mmHg', 'mm[Hg]', 0, { low: 60, high: 79 }),
  heartRate: vital('heartRate', '8867-4', 'Heart rate', 'HR', '/min', '/min', 0, { low: 60, high: 100 }),
  respiratoryRate: vital('respiratoryRate', '9279-1', 'Respiratory rate', 'RR', '/min', '/min', 0, { low: 12, high: 20 }),
  temperature: vital('temperature', '8310-5', 'Body temperature', 'T', 'C', 'Cel', 1, { low: 36.1, high: 37.9 }),
  spo2: vital('spo2', '59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry', 'SpO2', '%', '%', 0, { low: 95 }),
  height: vital('height', '8302-2', 'Body height', 'height', 'cm', 'cm', 1, {}),
  weight: vital('weight', '29463-7', 'Body weight', 'weight', 'kg', 'kg', 1, {}),
  bmi: vital('bmi', '39156-5', 'Body mass index (BMI) [Ratio]', 'BMI', 'kg/m2', 'kg/m2', 1, { low: 18.5, high: 24.9 }),
} as const satisfies Record<string, QuantityDef>;

export type VitalKey = keyof typeof vitals;

export const bloodPressurePanel = loinc('85354-9', 'Blood pressure panel with all children optional');

export const panels = {
  lipid: loinc('57698-3', 'Lipid panel with direct LDL - Serum or Plasma'),
  cmp: loinc('24323-8', 'Comprehensive metabolic 2000 panel - Serum or Plasma'),
  bmp: loinc('51990-0', 'Basic metabolic panel - Blood'),
  cbc: loinc('58410-2', 'CBC panel - Blood by Automated count'),
} as const;

export const panelMembers: Record<keyof typeof panels, readonly LabKey[]> = {
  lipid: ['cholesterol', 'triglycerides', 'hdl', 'ldl'],
  cmp: ['glucose', 'bun', 'creatinine', 'egfr', 'sodium', 'potassium', 'chloride', 'co2', 'calcium', 'protein', 'albumin', 'bilirubin', 'alp', 'ast', 'alt'],
  bmp: ['glucose', 'bun', 'creatinine', 'egfr', 'sodium', 'potassium', 'chloride', 'co2', 'calcium'],
  cbc: ['wbc', 'hemoglobin', 'hematocrit', 'platelets'],
};

export const smokingStatusCode = loinc('72166-2', 'Tobacco smoking status');

export const smokingAnswers = {
  never: snomed('266919005', 'Never smoked tobacco (finding)'),
  former: snomed('8517006', 'Ex-smoker (finding)'),
  current: snomed('449868002', 'Smokes tobacco daily (finding)'),
} as const;

export function rangeFor(def: QuantityDef, sex: Sex): Range {
  const r = def.range;
  return 'female' in r ? r[sex] : r;
}
