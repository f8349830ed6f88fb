import { GalenError } from '../../errors/index.ts';
import { booleanField, choiceField, defineInputs, numberField, optionalField } from './fields.ts';
import { defineCalculator } from './define.ts';
import { preventCoefficients, type PreventHorizon, type PreventModel, type PreventOutcome, type PreventTerm } from './prevent-coefficients.ts';
import { cardiovascularRiskCategory } from './risk-category.ts';

/** mg/dL → mmol/L for cholesterol, the factor the PREVENT paper uses. */
export const cholesterolMgDlToMmolL = 0.02586;

const inputs = defineInputs({
  age: numberField('Age', 'years', 30, 79, '30-year risk is estimated for ages 30–59 only'),
  sex: choiceField('Sex', ['female', 'male'] as const),
  totalCholesterol: numberField('Total cholesterol', 'mg/dL', 130, 320),
  hdl: numberField('HDL cholesterol', 'mg/dL', 20, 100),
  systolic: numberField('Systolic blood pressure', 'mm Hg', 90, 200),
  treatedHypertension: booleanField('On blood-pressure-lowering medicine'),
  diabetes: booleanField('Diabetes'),
  smoker: booleanField('Current smoker (cigarettes in the past 30 days)'),
  egfr: numberField('eGFR (CKD-EPI 2021)', 'mL/min/1.73 m²', 15, 140),
  statin: booleanField('On a statin'),
  bmi: optionalField(numberField('Body-mass index', 'kg/m²', 18.5, 39.9, 'needed for heart-failure risk only')),
});

export type PreventInput = {
  age: number;
  sex: 'female' | 'male';
  totalCholesterol: number;
  hdl: number;
  systolic: number;
  treatedHypertension: boolean;
  diabetes: boolean;
  smoker: boolean;
  egfr: number;
  statin: boolean;
  bmi?: number;
};

/** The centred and scaled predictor terms of the base model (see prevent-coefficients.ts). */
export function preventTerms(input: PreventInput): Record<PreventTerm, number> {
  const age = (input.age - 55) / 10;
  const nonHdl = (input.totalCholesterol - input.hdl) * cholesterolMgDlToMmolL - 3.5;
  const hdl = (input.hdl * cholesterolMgDlToMmolL - 1.3) / 0.3;
  const sbpLow = (Math.min(input.systolic, 110) - 110) / 20;
  const sbpHigh = (Math.max(input.systolic, 110) - 130) / 20;
  const bmi = input.bmi ?? 25;
  const bmiLow = (Math.min(bmi, 30) - 25) / 5;
  const bmiHigh = (Math.max(bmi, 30) - 30) / 5;
  const egfrLow = (Math.min(input.egfr, 60) - 60) / -15;
  const egfrHigh = (Math.max(input.egfr, 60) - 90) / -15;
  const diabetes = input.diabetes ? 1 : 0;
  const smoker = input.smoker ? 1 : 0;
  const bpTreated = input.treatedHypertension ? 1 : 0;
  const statin = input.statin ? 1 : 0;
  return {
    age, ageSquared: age * age, nonHdl, hdl, sbpLow, sbpHigh, diabetes, smoker, bmiLow, bmiHigh, egfrLow, egfrHigh, bpTreated, statin,
    bpTreatedXSbpHigh: bpTreated * sbpHigh, statinXNonHdl: statin * nonHdl, ageXNonHdl: age * nonHdl, ageXHdl: age * hdl,
    ageXSbpHigh: age * sbpHigh, ageXDiabetes: age * diabetes, ageXSmoker: age * smoker, ageXBmiHigh: age * bmiHigh,
    ageXEgfrLow: age * egfrLow, constant: 1,
  };
}

function logistic(model: PreventModel, terms: Record<PreventTerm, number>): number {
  let logOdds = 0;
  for (const [term, coefficient] of Object.entries(model) as [PreventTerm, number][]) logOdds += coefficient * terms[term];
  return 1 / (1 + Math.exp(-logOdds));
}

export function preventRisk(input: PreventInput, horizon: PreventHorizon, outcome: PreventOutcome): number {
  return logistic(preventCoefficients[horizon][input.sex][outcome], preventTerms(input));
}

interface PreventValues {
  tenYearTotalCvd: number;
  tenYearAscvd: number;
  tenYearHeartFailure: number | null;
  thirtyYearTotalCvd: number | null;
  thirtyYearAscvd: number | null;
  thirtyYearHeartFailure: number | null;
}

const percent = (risk: number): string => `${(risk * 100).toFixed(1)} %`;

export const prevent = defineCalculator<PreventInput, PreventValues>({
  name: 'prevent',
  title: 'AHA PREVENT equations (base model)',
  description: '10- and 30-year risk of total cardiovascular disease, atherosclerotic CVD and heart failure for adults 30–79 without cardiovascular disease; sex-specific, without race.',
  source: {
    organization: 'American Heart Association (Khan SS, Matsushita K, Sang Y, et al.)',
    title: "Development and Validation of the American Heart Association's PREVENT Equations",
    publication: 'Circulation 2024;149(6):430–449',
    year: 2023,
  },
  specs: inputs.specs,
  schema: inputs.schema,
  check: (input) => {
    if (input.hdl >= input.totalCholesterol) {
      throw new GalenError('invalid_input', 'hdl must be lower than totalCholesterol', { location: 'hdl' });
    }
  },
  compute: (input) => {
    const notes: string[] = [];
    const hasBmi = input.bmi !== undefined;
    const thirty = input.age < 60;
    if (!hasBmi) notes.push('Heart-failure risk needs BMI (18.5–39.9 kg/m²); it was not given, so heart-failure risk is not estimated.');
    if (!thirty) notes.push('30-year risk is estimated only for ages 30–59, as in the PREVENT derivation.');
    const values: PreventValues = {
      tenYearTotalCvd: preventRisk(input, 'tenYear', 'totalCvd'),
      tenYearAscvd: preventRisk(input, 'tenYear', 'ascvd'),
      tenYearHeartFailure: hasBmi ? preventRisk(input, 'tenYear', 'heartFailure') : null,
      thirtyYearTotalCvd: thirty ? preventRisk(input, 'thirtyYear', 'totalCvd') : null,
      thirtyYearAscvd: thirty ? preventRisk(input, 'thirtyYear', 'ascvd') : null,
      thirtyYearHeartFailure: thirty && hasBmi ? preventRisk(input, 'thirtyYear', 'heartFailure') : null,
    };
    notes.push('Risk categories follow the 2018 AHA/ACC cholesterol guideline thresholds for 10-year ASCVD risk.');
    return {
      values,
      interpretation:
        `10-year total CVD risk ${percent(values.tenYearTotalCvd)}; 10-year ASCVD risk ${percent(values.tenYearAscvd)}: ` +
        cardiovascularRiskCategory(values.tenYearAscvd),
      notes,
    };
  },
});
