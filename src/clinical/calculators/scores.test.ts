import { describe, expect, it } from 'vitest';
import { GalenError } from '../../errors/index.ts';
import { calculators, getCalculator } from './index.ts';

describe('CKD-EPI 2021 eGFR', () => {
  // Worked by hand from the published equation: 142 × min(Scr/κ,1)^α × max(Scr/κ,1)^−1.2 × 0.9938^age × 1.012 [female].
  it('50-year-old man, creatinine 1.0 mg/dL: 142 × (1.0/0.9)^−1.2 × 0.9938^50 ≈ 92', () => {
    expect(calculators.egfr.run({ creatinine: 1.0, age: 50, sex: 'male' }).egfr).toBe(92);
  });
  it('60-year-old woman, creatinine 0.7 mg/dL (at κ): 142 × 0.9938^60 × 1.012 ≈ 99', () => {
    expect(calculators.egfr.run({ creatinine: 0.7, age: 60, sex: 'female' }).egfr).toBe(99);
  });
  it('70-year-old man, creatinine 2.0 mg/dL: stage G3b', () => {
    const result = calculators.egfr.run({ creatinine: 2.0, age: 70, sex: 'male' });
    expect(result.egfr).toBe(35);
    expect(result.gfrCategory).toBe('G3b');
    expect(result.interpretation).toMatch(/chronic kidney disease/);
  });
  it('refuses children', () => {
    expect(() => calculators.egfr.run({ creatinine: 0.5, age: 12, sex: 'female' })).toThrow(/18–120 years/);
  });
});

describe('CHA2DS2-VASc', () => {
  const none = { age: 50, sex: 'male', congestiveHeartFailure: false, hypertension: false, diabetes: false, strokeOrTia: false, vascularDisease: false };
  it.each([
    [{}, 0, /low/],
    [{ sex: 'female' }, 1, /low/],
    [{ age: 65 }, 1, /intermediate/],
    [{ age: 75 }, 2, /high/],
    [{ age: 72, sex: 'female', hypertension: true }, 3, /high/],
    [{ age: 80, sex: 'female', congestiveHeartFailure: true, hypertension: true, diabetes: true, strokeOrTia: true, vascularDisease: true }, 9, /high/],
  ])('%o scores %d', (change, score, reading) => {
    const result = calculators.cha2ds2vasc.run({ ...none, ...change });
    expect(result.score).toBe(score);
    expect(result.interpretation).toMatch(reading);
  });
});

describe('HAS-BLED', () => {
  const none = { age: 60, uncontrolledHypertension: false, abnormalRenalFunction: false, abnormalLiverFunction: false, stroke: false, bleeding: false, labileInr: false, antiplateletOrNsaid: false, alcohol: false };
  it('counts one point per factor, age over 65 included', () => {
    expect(calculators.hasbled.run(none).score).toBe(0);
    expect(calculators.hasbled.run({ ...none, age: 65 }).score).toBe(0);
    expect(calculators.hasbled.run({ ...none, age: 66 }).score).toBe(1);
    const high = calculators.hasbled.run({ ...none, age: 70, stroke: true, antiplateletOrNsaid: true });
    expect(high.score).toBe(3);
    expect(high.interpretation).toMatch(/high bleeding risk/);
  });
});

describe('BMI', () => {
  it('CDC worked example: 68 kg, 165 cm → 24.98 (normal weight)', () => {
    const result = calculators.bmi.run({ weightKg: 68, heightCm: 165 });
    expect(result.bmi).toBe(24.98);
    expect(result.whoCategory).toBe('normal weight');
  });
  it.each([[50, 170, 'underweight'], [80, 170, 'pre-obesity (overweight)'], [95, 170, 'obesity class I'], [105, 170, 'obesity class II'], [120, 170, 'obesity class III']])(
    '%d kg at %d cm is %s',
    (weightKg, heightCm, category) => {
      expect(calculators.bmi.run({ weightKg, heightCm }).whoCategory).toBe(category);
    },
  );
});

describe('FIB-4', () => {
  it('age 50, AST 40, ALT 36, platelets 200: 50×40 / (200×6) = 1.67, indeterminate', () => {
    const result = calculators.fib4.run({ age: 50, ast: 40, alt: 36, platelets: 200 });
    expect(result.fib4).toBe(1.67);
    expect(result.interpretation).toMatch(/indeterminate/);
  });
  it('uses the 2.0 low cut-off from age 65', () => {
    const result = calculators.fib4.run({ age: 70, ast: 25, alt: 25, platelets: 200 });
    expect(result.fib4).toBe(1.75);
    expect(result.interpretation).toMatch(/low risk/);
  });
  it('high above 2.67', () => {
    expect(calculators.fib4.run({ age: 60, ast: 80, alt: 49, platelets: 100 }).interpretation).toMatch(/high risk/);
  });
});

describe('registry', () => {
  it('lists every calculator with inputs, units and source', () => {
    expect(Object.keys(calculators).sort()).toEqual(['bmi', 'cha2ds2vasc', 'egfr', 'fib4', 'hasbled', 'pce', 'prevent']);
    for (const calculator of Object.values(calculators)) {
      expect(calculator.inputs.length).toBeGreaterThan(0);
      expect(calculator.source.year).toBeGreaterThan(1999);
    }
  });
  it('refuses unknown calculators and unknown inputs', () => {
    expect(() => getCalculator('qrisk')).toThrow(GalenError);
    expect(() => calculators.bmi.run({ weightKg: 70, heightCm: 170, hieght: 1 })).toThrow(/unknown input/);
    expect(() => calculators.bmi.run('70kg')).toThrow(/JSON object/);
  });
});
