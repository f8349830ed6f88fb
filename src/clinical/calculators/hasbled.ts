import { booleanField, defineInputs, numberField } from './fields.ts';
import { defineCalculator } from './define.ts';

/**
 * HAS-BLED bleeding-risk score on anticoagulation (Pisters R, Lane DA, Nieuwlaat R, et al.
 * Chest 2010;138:1093–1100): one point each for uncontrolled hypertension (systolic > 160 mm Hg),
 * abnormal renal function, abnormal liver function, prior stroke, bleeding history or
 * predisposition, labile INR, age > 65, antiplatelet/NSAID use, and alcohol excess (maximum 9).
 */
const inputs = defineInputs({
  age: numberField('Age', 'years', 18, 120),
  uncontrolledHypertension: booleanField('Uncontrolled hypertension (systolic > 160 mm Hg)'),
  abnormalRenalFunction: booleanField('Abnormal renal function (dialysis, transplant, or creatinine ≥ 2.26 mg/dL / 200 µmol/L)'),
  abnormalLiverFunction: booleanField('Abnormal liver function (cirrhosis, or bilirubin > 2× and AST/ALT > 3× upper limit of normal)'),
  stroke: booleanField('Prior stroke'),
  bleeding: booleanField('Prior major bleeding or predisposition to bleeding'),
  labileInr: booleanField('Labile INR (time in therapeutic range < 60 %)'),
  antiplateletOrNsaid: booleanField('Antiplatelet agent or NSAID use'),
  alcohol: booleanField('Alcohol use ≥ 8 drinks a week'),
});

export type HasBledInput = {
  age: number;
  uncontrolledHypertension: boolean;
  abnormalRenalFunction: boolean;
  abnormalLiverFunction: boolean;
  stroke: boolean;
  bleeding: boolean;
  labileInr: boolean;
  antiplateletOrNsaid: boolean;
  alcohol: boolean;
};

export function hasBledScore(input: HasBledInput): number {
  const flags = [
    input.uncontrolledHypertension, input.abnormalRenalFunction, input.abnormalLiverFunction, input.stroke, input.bleeding,
    input.labileInr, input.age > 65, input.antiplateletOrNsaid, input.alcohol,
  ];
  return flags.filter(Boolean).length;
}

export const hasbled = defineCalculator<HasBledInput, { score: number }>({
  name: 'hasbled',
  title: 'HAS-BLED score (bleeding risk on anticoagulation)',
  description: 'One-year major bleeding risk score for adults with atrial fibrillation on or considering anticoagulation.',
  source: {
    organization: 'Pisters R, Lane DA, Nieuwlaat R, de Vos CB, Crijns HJGM, Lip GYH',
    title: 'A novel user-friendly score (HAS-BLED) to assess 1-year risk of major bleeding in patients with atrial fibrillation: the Euro Heart Survey',
    publication: 'Chest 2010;138(5):1093–1100',
    year: 2010,
  },
  specs: inputs.specs,
  schema: inputs.schema,
  compute: (input) => {
    const score = hasBledScore(input);
    const interpretation = score >= 3
      ? `score ${score}: high bleeding risk; correct modifiable factors (blood pressure, labile INR, antiplatelet/NSAID use, alcohol) and review more often. A high score alone is not a reason to withhold anticoagulation.`
      : `score ${score}: low to moderate bleeding risk`;
    return { values: { score }, interpretation };
  },
});
