import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GalenError } from '../../errors/index.ts';
import { pce, pceIndividualSum, pceModels, type PceInput } from './pce.ts';

// The guideline's worked example (Goff et al. 2014, Table A): 55 years, total cholesterol 213 mg/dL,
// HDL 50 mg/dL, untreated systolic 120 mm Hg, non-smoker, no diabetes. Published individual sums and
// 10-year risks per race-sex group; the guideline's coefficient table is rounded to three decimals,
// so the published risks are met within 0.15 percentage points (see the reference data's notes).
const example = { age: 55, totalCholesterol: 213, hdl: 50, systolic: 120, treatedHypertension: false, smoker: false, diabetes: false };
const published: { sex: PceInput['sex']; race: PceInput['race']; sum: number; riskPercent: number }[] = [
  { sex: 'female', race: 'white', sum: -29.67, riskPercent: 2.1 },
  { sex: 'female', race: 'african_american', sum: 86.16, riskPercent: 3.0 },
  { sex: 'male', race: 'white', sum: 60.69, riskPercent: 5.3 },
  { sex: 'male', race: 'african_american', sum: 18.97, riskPercent: 6.1 },
];

describe('Pooled Cohort Equations', () => {
  it.each(published)('matches the published worked example for $race $sex', ({ sex, race, sum, riskPercent }) => {
    const input = { ...example, sex, race };
    expect(pceIndividualSum(input)).toBeCloseTo(sum, 1);
    const result = pce.run(input);
    expect(Math.abs((result.tenYearRisk as number) * 100 - riskPercent)).toBeLessThanOrEqual(0.15);
  });

  it('gives the CLI example 0.0205 for the white woman', () => {
    const result = pce.run({ ...example, sex: 'female', race: 'white' });
    expect(result.tenYearRisk).toBeCloseTo(0.0205, 4);
    expect(result.interpretation).toMatch(/low risk/);
    expect(result.source.year).toBe(2013);
  });

  it('uses the white equations for race "other" and says so', () => {
    const other = pce.run({ ...example, sex: 'male', race: 'other' });
    const white = pce.run({ ...example, sex: 'male', race: 'white' });
    expect(other.tenYearRisk).toBe(white.tenYearRisk);
    expect(other.notes.join(' ')).toMatch(/white/);
  });

  it('raises risk for smoking, diabetes and treated blood pressure', () => {
    const base = pce.run({ ...example, sex: 'male', race: 'white' }).tenYearRisk as number;
    for (const change of [{ smoker: true }, { diabetes: true }, { treatedHypertension: true, systolic: 140 }]) {
      expect(pce.run({ ...example, sex: 'male', race: 'white', ...change }).tenYearRisk as number).toBeGreaterThan(base);
    }
  });

  it.each([
    ['age', 39], ['age', 80], ['totalCholesterol', 129], ['totalCholesterol', 321], ['hdl', 19], ['hdl', 101], ['systolic', 89], ['systolic', 201],
  ])('refuses %s = %d outside the valid range, naming the input and its range', (field, value) => {
    try {
      pce.run({ ...example, sex: 'female', race: 'white', [field]: value });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GalenError);
      expect((error as GalenError).code).toBe('out_of_range');
      expect((error as GalenError).location).toBe(field);
      expect((error as GalenError).message).toMatch(/valid range/);
    }
  });

  it('accepts the exact range limits', () => {
    expect(() => pce.run({ ...example, sex: 'female', race: 'white', age: 40 })).not.toThrow();
    expect(() => pce.run({ ...example, sex: 'female', race: 'white', age: 79 })).not.toThrow();
  });

  it('records where each input came from and lists missing ones', () => {
    const partial = pce.assess({ age: { value: 55, source: 'Patient.birthDate' }, sex: { value: 'female' }, hdl: { value: 50, source: 'Observation/hdl-1' } });
    expect(partial.complete).toBe(false);
    if (!partial.complete) {
      expect(partial.missing.map((m) => m.name)).toEqual(['race', 'totalCholesterol', 'systolic', 'treatedHypertension', 'smoker', 'diabetes']);
      expect(partial.inputs.find((i) => i.name === 'hdl')?.source).toBe('Observation/hdl-1');
    }
    const full = pce.assess(Object.fromEntries(Object.entries({ ...example, sex: 'female', race: 'white' }).map(([k, v]) => [k, { value: v, source: `chart:${k}` }])));
    expect(full.complete).toBe(true);
    if (full.complete) expect(full.inputs.every((i) => i.source === `chart:${i.name}`)).toBe(true);
  });

  // The shared reference data set (not shipped with Galen) holds the same coefficients; compare when it is present.
  const referencePath = '/work/shared/data/ascvd-pce-reference/pce_coefficients_and_examples.json';
  it.runIf(existsSync(referencePath))('uses the coefficients of the reference transcription', () => {
    const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as { models: Record<string, Record<string, number>> };
    for (const [group, model] of Object.entries(pceModels)) {
      const ref = reference.models[group];
      expect(model.lnAge).toBe(ref.ln_age);
      expect(model.lnTotalCholesterol).toBe(ref.ln_total_chol);
      expect(model.lnHdl).toBe(ref.ln_hdl);
      expect(model.lnAgeXLnHdl).toBe(ref.ln_age_x_ln_hdl);
      expect(model.lnTreatedSbp).toBe(ref.ln_treated_sbp);
      expect(model.lnUntreatedSbp).toBe(ref.ln_untreated_sbp);
      expect(model.lnAgeXLnUntreatedSbp).toBe(ref.ln_age_x_ln_untreated_sbp);
      expect(model.smoker).toBe(ref.current_smoker);
      expect(model.diabetes).toBe(ref.diabetes);
      expect(model.baselineSurvival).toBe(ref.baseline_survival_S0);
      expect(model.meanSum).toBe(ref.mean_sum);
    }
  });
});
