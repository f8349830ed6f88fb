import { describe, expect, it } from 'vitest';
import { GalenError } from '../../errors/index.ts';
import { prevent } from './prevent.ts';

// Reference profile: 50 years, total cholesterol 200 mg/dL, HDL 45 mg/dL, systolic 160 mm Hg on
// treatment, diabetes, non-smoker, eGFR 90, BMI 35, no statin. Expected risks (to 3 decimals) are the
// published reference output of the open `preventr` R implementation (CRAN), which covers all twelve
// base models (2 sexes × 3 outcomes × 10/30 years).
const profile = { age: 50, totalCholesterol: 200, hdl: 45, systolic: 160, treatedHypertension: true, diabetes: true, smoker: false, egfr: 90, statin: false, bmi: 35 };
const expected = {
  female: { tenYearTotalCvd: 0.147, tenYearAscvd: 0.092, tenYearHeartFailure: 0.081, thirtyYearTotalCvd: 0.53, thirtyYearAscvd: 0.354, thirtyYearHeartFailure: 0.39 },
  male: { tenYearTotalCvd: 0.163, tenYearAscvd: 0.102, tenYearHeartFailure: 0.106, thirtyYearTotalCvd: 0.514, thirtyYearAscvd: 0.349, thirtyYearHeartFailure: 0.424 },
};

describe('PREVENT base model', () => {
  for (const sex of ['female', 'male'] as const) {
    it(`reproduces the reference risks to three decimals (${sex})`, () => {
      const result = prevent.run({ ...profile, sex });
      for (const [key, value] of Object.entries(expected[sex])) {
        expect(Math.round((result[key] as number) * 1000) / 1000, key).toBe(value);
      }
    });
  }

  it('leaves heart-failure risk out, with a note, when BMI is missing', () => {
    const { bmi: _bmi, ...withoutBmi } = profile;
    const result = prevent.run({ ...withoutBmi, sex: 'female' });
    expect(result.tenYearHeartFailure).toBeNull();
    expect(result.tenYearTotalCvd).toBeCloseTo(0.147, 3);
    expect(result.notes.join(' ')).toMatch(/BMI/);
  });

  it('gives 30-year risk only below age 60', () => {
    expect(prevent.run({ ...profile, sex: 'male', age: 59 }).thirtyYearTotalCvd).not.toBeNull();
    const sixty = prevent.run({ ...profile, sex: 'male', age: 60 });
    expect(sixty.thirtyYearTotalCvd).toBeNull();
    expect(sixty.tenYearTotalCvd).toBeGreaterThan(0);
  });

  it('lowers risk with a statin when non-HDL cholesterol is high (treatment interaction)', () => {
    const high = { ...profile, totalCholesterol: 280, sex: 'male' as const };
    const noStatin = prevent.run(high).tenYearAscvd as number;
    const statin = prevent.run({ ...high, statin: true }).tenYearAscvd as number;
    expect(statin).not.toBe(noStatin);
  });

  it.each([['age', 29], ['age', 80], ['egfr', 14], ['bmi', 40], ['systolic', 201], ['hdl', 19], ['totalCholesterol', 321]])(
    'refuses %s = %d outside the derivation range',
    (field, value) => {
      expect(() => prevent.run({ ...profile, sex: 'female', [field]: value })).toThrow(GalenError);
      try {
        prevent.run({ ...profile, sex: 'female', [field]: value });
      } catch (error) {
        expect((error as GalenError).code).toBe('out_of_range');
        expect((error as GalenError).message).toContain(field);
      }
    },
  );

  it('lists missing inputs, not BMI (optional)', () => {
    const assessment = prevent.assess({ age: { value: 50 }, sex: { value: 'male' } });
    expect(assessment.complete).toBe(false);
    if (!assessment.complete) expect(assessment.missing.map((m) => m.name)).not.toContain('bmi');
  });
});
