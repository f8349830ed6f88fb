import { defineInputs, numberField } from './fields.ts';
import { defineCalculator } from './define.ts';

/** WHO adult BMI classification (WHO Technical Report Series 894, 2000). */
export function whoBmiCategory(bmi: number): string {
  if (bmi < 18.5) return 'underweight';
  if (bmi < 25) return 'normal weight';
  if (bmi < 30) return 'pre-obesity (overweight)';
  if (bmi < 35) return 'obesity class I';
  if (bmi < 40) return 'obesity class II';
  return 'obesity class III';
}

const inputs = defineInputs({
  weightKg: numberField('Weight', 'kg', 20, 400, 'lb × 0.4536 = kg'),
  heightCm: numberField('Height', 'cm', 100, 250, 'in × 2.54 = cm'),
});

export type BmiInput = { weightKg: number; heightCm: number };

export const bmi = defineCalculator<BmiInput, { bmi: number; whoCategory: string }>({
  name: 'bmi',
  title: 'Body-mass index with WHO category',
  description: 'Weight in kilograms divided by the square of height in metres, classified by the WHO adult categories (adults 20 and over; children use growth-chart percentiles).',
  source: {
    organization: 'World Health Organization',
    title: 'Obesity: preventing and managing the global epidemic. Report of a WHO consultation (Technical Report Series 894)',
    publication: 'WHO, Geneva',
    year: 2000,
  },
  specs: inputs.specs,
  schema: inputs.schema,
  compute: ({ weightKg, heightCm }) => {
    const metres = heightCm / 100;
    const value = Math.round((weightKg / (metres * metres)) * 100) / 100;
    const whoCategory = whoBmiCategory(value);
    return {
      values: { bmi: value, whoCategory },
      interpretation: `BMI ${value.toFixed(1)} kg/m²: ${whoCategory}`,
      notes: ['BMI does not measure body fat directly; at the same BMI, risk differs by age, sex, ethnicity and muscle mass.'],
    };
  },
});
