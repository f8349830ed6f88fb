import { GalenError } from '../../errors/index.ts';
import { booleanField, choiceField, defineInputs, numberField } from './fields.ts';
import { defineCalculator } from './define.ts';
import { cardiovascularRiskCategory } from './risk-category.ts';

/**
 * 2013 ACC/AHA Pooled Cohort Equations: 10-year risk of a first hard ASCVD event (nonfatal MI,
 * CHD death, fatal or nonfatal stroke). Sex- and race-specific Cox models; "other" race uses the
 * white equations, as the guideline advises. Coefficients are the guideline's published table
 * (Goff et al. 2014, Table A), rounded there to three decimals.
 */
interface PceModel {
  lnAge: number;
  lnAgeSquared: number;
  lnTotalCholesterol: number;
  lnAgeXLnTotalCholesterol: number;
  lnHdl: number;
  lnAgeXLnHdl: number;
  lnTreatedSbp: number;
  lnAgeXLnTreatedSbp: number;
  lnUntreatedSbp: number;
  lnAgeXLnUntreatedSbp: number;
  smoker: number;
  lnAgeXSmoker: number;
  diabetes: number;
  baselineSurvival: number;
  meanSum: number;
}

export const pceModels: Record<'white_female' | 'african_american_female' | 'white_male' | 'african_american_male', PceModel> = {
  white_female: {
    lnAge: -29.799, lnAgeSquared: 4.884, lnTotalCholesterol: 13.54, lnAgeXLnTotalCholesterol: -3.114, lnHdl: -13.578, lnAgeXLnHdl: 3.149,
    lnTreatedSbp: 2.019, lnAgeXLnTreatedSbp: 0, lnUntreatedSbp: 1.957, lnAgeXLnUntreatedSbp: 0, smoker: 7.574, lnAgeXSmoker: -1.665,
    diabetes: 0.661, baselineSurvival: 0.9665, meanSum: -29.18,
  },
  african_american_female: {
    lnAge: 17.114, lnAgeSquared: 0, lnTotalCholesterol: 0.94, lnAgeXLnTotalCholesterol: 0, lnHdl: -18.92, lnAgeXLnHdl: 4.475,
    lnTreatedSbp: 29.291, lnAgeXLnTreatedSbp: -6.432, lnUntreatedSbp: 27.82, lnAgeXLnUntreatedSbp: -6.087, smoker: 0.691, lnAgeXSmoker: 0,
    diabetes: 0.874, baselineSurvival: 0.9533, meanSum: 86.61,
  },
  white_male: {
    lnAge: 12.344, lnAgeSquared: 0, lnTotalCholesterol: 11.853, lnAgeXLnTotalCholesterol: -2.664, lnHdl: -7.99, lnAgeXLnHdl: 1.769,
    lnTreatedSbp: 1.797, lnAgeXLnTreatedSbp: 0, lnUntreatedSbp: 1.764, lnAgeXLnUntreatedSbp: 0, smoker: 7.837, lnAgeXSmoker: -1.795,
    diabetes: 0.658, baselineSurvival: 0.9144, meanSum: 61.18,
  },
  african_american_male: {
    lnAge: 2.469, lnAgeSquared: 0, lnTotalCholesterol: 0.302, lnAgeXLnTotalCholesterol: 0, lnHdl: -0.307, lnAgeXLnHdl: 0,
    lnTreatedSbp: 1.916, lnAgeXLnTreatedSbp: 0, lnUntreatedSbp: 1.809, lnAgeXLnUntreatedSbp: 0, smoker: 0.549, lnAgeXSmoker: 0,
    diabetes: 0.645, baselineSurvival: 0.8954, meanSum: 19.54,
  },
};

const inputs = defineInputs({
  age: numberField('Age', 'years', 40, 79),
  sex: choiceField('Sex', ['female', 'male'] as const),
  race: choiceField('Race', ['white', 'african_american', 'other'] as const, '"other" uses the equations for white adults'),
  totalCholesterol: numberField('Total cholesterol', 'mg/dL', 130, 320),
  hdl: numberField('HDL cholesterol', 'mg/dL', 20, 100),
  systolic: numberField('Systolic blood pressure', 'mm Hg', 90, 200),
  treatedHypertension: booleanField('On treatment for high blood pressure'),
  smoker: booleanField('Current smoker'),
  diabetes: booleanField('Diabetes'),
});

export type PceInput = {
  age: number;
  sex: 'female' | 'male';
  race: 'white' | 'african_american' | 'other';
  totalCholesterol: number;
  hdl: number;
  systolic: number;
  treatedHypertension: boolean;
  smoker: boolean;
  diabetes: boolean;
};

export function pceModelFor(sex: PceInput['sex'], race: PceInput['race']): PceModel {
  const group = race === 'african_american' ? 'african_american' : 'white';
  return pceModels[`${group}_${sex}`];
}

/** The "individual sum" of coefficient × value, as the guideline's worked example shows it. */
export function pceIndividualSum(input: PceInput): number {
  const m = pceModelFor(input.sex, input.race);
  const lnAge = Math.log(input.age);
  const lnTc = Math.log(input.totalCholesterol);
  const lnHdl = Math.log(input.hdl);
  const lnSbp = Math.log(input.systolic);
  const smoker = input.smoker ? 1 : 0;
  const sbpTerm = input.treatedHypertension
    ? m.lnTreatedSbp * lnSbp + m.lnAgeXLnTreatedSbp * lnAge * lnSbp
    : m.lnUntreatedSbp * lnSbp + m.lnAgeXLnUntreatedSbp * lnAge * lnSbp;
  return (
    m.lnAge * lnAge +
    m.lnAgeSquared * lnAge * lnAge +
    m.lnTotalCholesterol * lnTc +
    m.lnAgeXLnTotalCholesterol * lnAge * lnTc +
    m.lnHdl * lnHdl +
    m.lnAgeXLnHdl * lnAge * lnHdl +
    sbpTerm +
    m.smoker * smoker +
    m.lnAgeXSmoker * lnAge * smoker +
    m.diabetes * (input.diabetes ? 1 : 0)
  );
}

export const pce = defineCalculator<PceInput, { tenYearRisk: number; tenYearRiskPercent: number; individualSum: number }>({
  name: 'pce',
  title: '2013 ACC/AHA Pooled Cohort Equations (10-year ASCVD risk)',
  description: '10-year risk of a first hard atherosclerotic cardiovascular event (heart attack, coronary death or stroke) for adults 40–79 without cardiovascular disease.',
  source: {
    organization: 'American College of Cardiology / American Heart Association (Goff DC Jr, Lloyd-Jones DM, et al.)',
    title: '2013 ACC/AHA Guideline on the Assessment of Cardiovascular Risk',
    publication: 'Circulation 2014;129(25 Suppl 2):S49–S73; J Am Coll Cardiol 2014;63:2935–59',
    year: 2013,
  },
  specs: inputs.specs,
  schema: inputs.schema,
  check: (input) => {
    if (input.hdl >= input.totalCholesterol) {
      throw new GalenError('invalid_input', 'hdl must be lower than totalCholesterol', { location: 'hdl' });
    }
  },
  compute: (input) => {
    const m = pceModelFor(input.sex, input.race);
    const individualSum = pceIndividualSum(input);
    const tenYearRisk = 1 - Math.pow(m.baselineSurvival, Math.exp(individualSum - m.meanSum));
    const notes = input.race === 'other' ? ['Race "other": the equations for white adults were used, as the guideline advises.'] : [];
    return {
      values: { tenYearRisk, tenYearRiskPercent: Math.round(tenYearRisk * 1000) / 10, individualSum },
      interpretation: `10-year ASCVD risk ${(tenYearRisk * 100).toFixed(1)} %: ${cardiovascularRiskCategory(tenYearRisk)}`,
      notes,
    };
  },
});
