import { booleanField, choiceField, defineInputs, numberField } from './fields.ts';
import { defineCalculator } from './define.ts';

/**
 * CHA₂DS₂-VASc stroke-risk score for atrial fibrillation (Lip GYH, Nieuwlaat R, Pisters R, et al.
 * Chest 2010;137:263–272): congestive heart failure 1, hypertension 1, age ≥ 75 years 2,
 * diabetes 1, prior stroke/TIA/thromboembolism 2, vascular disease 1, age 65–74 years 1,
 * female sex 1 (maximum 9).
 */
const inputs = defineInputs({
  age: numberField('Age', 'years', 18, 120),
  sex: choiceField('Sex', ['female', 'male'] as const),
  congestiveHeartFailure: booleanField('Heart failure or left-ventricular dysfunction'),
  hypertension: booleanField('Hypertension'),
  diabetes: booleanField('Diabetes'),
  strokeOrTia: booleanField('Prior stroke, TIA or thromboembolism'),
  vascularDisease: booleanField('Vascular disease (prior myocardial infarction, peripheral artery disease or aortic plaque)'),
});

export type Cha2ds2VascInput = {
  age: number;
  sex: 'female' | 'male';
  congestiveHeartFailure: boolean;
  hypertension: boolean;
  diabetes: boolean;
  strokeOrTia: boolean;
  vascularDisease: boolean;
};

export function cha2ds2VascScore(input: Cha2ds2VascInput): number {
  let score = 0;
  if (input.congestiveHeartFailure) score += 1;
  if (input.hypertension) score += 1;
  if (input.age >= 75) score += 2;
  else if (input.age >= 65) score += 1;
  if (input.diabetes) score += 1;
  if (input.strokeOrTia) score += 2;
  if (input.vascularDisease) score += 1;
  if (input.sex === 'female') score += 1;
  return score;
}

/**
 * Reading per the 2023 ACC/AHA/ACCP/HRS atrial fibrillation guideline: anticoagulation is
 * recommended at an annual thromboembolic risk of 2 % or more (score ≥ 2 in men, ≥ 3 in women)
 * and is reasonable at 1 to < 2 % (score 1 in men, 2 in women). Female sex alone adds risk only
 * together with another factor, so women's thresholds sit one point higher.
 */
function interpret(score: number, sex: 'female' | 'male'): string {
  const withoutSex = sex === 'female' ? score - 1 : score;
  if (withoutSex >= 2) return `score ${score}: high stroke risk; oral anticoagulation is recommended unless contraindicated`;
  if (withoutSex === 1) return `score ${score}: intermediate stroke risk; oral anticoagulation is reasonable to consider`;
  return `score ${score}: low stroke risk; anticoagulation is not recommended on this score alone`;
}

export const cha2ds2vasc = defineCalculator<Cha2ds2VascInput, { score: number }>({
  name: 'cha2ds2vasc',
  title: 'CHA₂DS₂-VASc score (stroke risk in atrial fibrillation)',
  description: 'Stroke and thromboembolism risk score for adults with non-valvular atrial fibrillation.',
  source: {
    organization: 'Lip GYH, Nieuwlaat R, Pisters R, Lane DA, Crijns HJGM',
    title: 'Refining clinical risk stratification for predicting stroke and thromboembolism in atrial fibrillation using a novel risk factor-based approach',
    publication: 'Chest 2010;137(2):263–272; thresholds per the 2023 ACC/AHA/ACCP/HRS Atrial Fibrillation Guideline',
    year: 2010,
  },
  specs: inputs.specs,
  schema: inputs.schema,
  compute: (input) => {
    const score = cha2ds2VascScore(input);
    return { values: { score }, interpretation: interpret(score, input.sex) };
  },
});
