import { choiceField, defineInputs, numberField } from './fields.ts';
import { defineCalculator } from './define.ts';

/**
 * CKD-EPI 2021 creatinine equation, refit without a race term (Inker LA, Eneanya ND, et al.
 * N Engl J Med 2021;385:1737–49), as recommended by the NKF-ASN Task Force (2021):
 *   eGFR = 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 [if female]
 *   κ = 0.7 (female) / 0.9 (male); α = −0.241 (female) / −0.302 (male); Scr in mg/dL.
 */
export function ckdEpi2021(creatinineMgDl: number, age: number, sex: 'female' | 'male'): number {
  const female = sex === 'female';
  const kappa = female ? 0.7 : 0.9;
  const alpha = female ? -0.241 : -0.302;
  const ratio = creatinineMgDl / kappa;
  return 142 * Math.pow(Math.min(ratio, 1), alpha) * Math.pow(Math.max(ratio, 1), -1.2) * Math.pow(0.9938, age) * (female ? 1.012 : 1);
}

/** KDIGO GFR categories (KDIGO 2012, kept in the KDIGO 2024 CKD guideline). */
export function gfrCategory(egfr: number): { category: string; description: string } {
  if (egfr >= 90) return { category: 'G1', description: 'normal or high' };
  if (egfr >= 60) return { category: 'G2', description: 'mildly decreased' };
  if (egfr >= 45) return { category: 'G3a', description: 'mildly to moderately decreased' };
  if (egfr >= 30) return { category: 'G3b', description: 'moderately to severely decreased' };
  if (egfr >= 15) return { category: 'G4', description: 'severely decreased' };
  return { category: 'G5', description: 'kidney failure' };
}

const inputs = defineInputs({
  creatinine: numberField('Serum creatinine (IDMS-traceable)', 'mg/dL', 0.1, 20, 'µmol/L ÷ 88.4 = mg/dL'),
  age: numberField('Age', 'years', 18, 120, 'the equation was developed in adults'),
  sex: choiceField('Sex', ['female', 'male'] as const),
});

export type EgfrInput = { creatinine: number; age: number; sex: 'female' | 'male' };

export const egfr = defineCalculator<EgfrInput, { egfr: number; egfrUnrounded: number; gfrCategory: string }>({
  name: 'egfr',
  title: 'CKD-EPI 2021 creatinine eGFR (race-free)',
  description: 'Estimated glomerular filtration rate in mL/min/1.73 m² from serum creatinine, age and sex, for adults.',
  source: {
    organization: 'Chronic Kidney Disease Epidemiology Collaboration (Inker LA, Eneanya ND, Coresh J, et al.)',
    title: 'New Creatinine- and Cystatin C-Based Equations to Estimate GFR without Race',
    publication: 'N Engl J Med 2021;385:1737–1749',
    year: 2021,
  },
  specs: inputs.specs,
  schema: inputs.schema,
  compute: ({ creatinine, age, sex }) => {
    const value = ckdEpi2021(creatinine, age, sex);
    const rounded = Math.round(value);
    const { category, description } = gfrCategory(rounded);
    return {
      values: { egfr: rounded, egfrUnrounded: value, gfrCategory: category },
      interpretation: `eGFR ${rounded} mL/min/1.73 m²: KDIGO category ${category} (${description})` +
        (rounded >= 60 ? '; on its own this does not mean chronic kidney disease (that also needs kidney damage markers such as albuminuria, for over 3 months)' : '; below 60 for over 3 months meets the KDIGO definition of chronic kidney disease'),
      notes: ['Reported as a whole number, as KDIGO advises.'],
    };
  },
});
