import type { Dataset, FeatureColumn } from './dataset.ts';
import { normal, seededRandom } from './random.ts';

/**
 * A deterministic synthetic cohort for benchmarks: `rows` people with `features` columns (age,
 * sex, labs and vitals on their own scales, some missing, a few binary flags, a categorical
 * smoking status) and an outcome drawn from a logistic model with non-linear terms and an
 * interaction, so that both linear models and trees have something to find.
 */
export function syntheticCohort(rows = 100_000, features = 40, seed = 7): Dataset {
  const random = seededRandom(seed);
  const n = rows;
  const age = new Float64Array(n);
  const sexCode = new Int32Array(n);
  const smoking = new Int32Array(n);
  const numeric: Float64Array[] = [];
  const extra = Math.max(0, features - 3);
  for (let j = 0; j < extra; j++) numeric.push(new Float64Array(n));
  const y = new Uint8Array(n);
  const sexLabels: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    age[i] = Math.round(Math.min(95, Math.max(18, 55 + 14 * normal(random))));
    sexCode[i] = random() < 0.5 ? 0 : 1;
    sexLabels[i] = sexCode[i] === 1 ? 'male' : 'female';
    const u = random();
    smoking[i] = u < 0.55 ? 0 : u < 0.8 ? 1 : 2;
    let z = -2.2 + 0.045 * (age[i] - 55) + 0.35 * sexCode[i] + (smoking[i] === 2 ? 0.6 : smoking[i] === 1 ? 0.25 : 0);
    for (let j = 0; j < extra; j++) {
      const kind = j % 4;
      let v: number;
      if (kind === 3) v = random() < 0.2 + 0.01 * (j % 10) ? 1 : 0; // a binary flag
      else v = (j + 1) * 3 + (j % 5 + 1) * normal(random); // a lab or vital on its own scale
      const standardized = kind === 3 ? v : (v - (j + 1) * 3) / (j % 5 + 1);
      // The first dozen features carry signal: linear, threshold, quadratic.
      if (j < 12) {
        if (j % 3 === 0) z += 0.35 * standardized;
        else if (j % 3 === 1) z += standardized > 1 ? 0.7 : 0;
        else z += 0.18 * standardized * standardized - 0.18;
      }
      numeric[j][i] = v;
    }
    if (extra > 1) z += 0.3 * (numeric[0][i] > 3 ? 1 : 0) * sexCode[i];
    y[i] = random() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    // Missing values: labs not always ordered, more often in younger people.
    for (let j = 0; j < extra; j++) if (j % 7 === 2 && random() < (age[i] < 50 ? 0.25 : 0.1)) numeric[j][i] = Number.NaN;
  }
  const columns: FeatureColumn[] = [
    { name: 'age', kind: 'numeric', values: age },
    { name: 'sex', kind: 'categorical', labels: ['female', 'male'], codes: sexCode },
    { name: 'smoking', kind: 'categorical', labels: ['never', 'former', 'current'], codes: smoking },
    ...numeric.map((values, j): FeatureColumn => ({ name: `x${j + 1}`, kind: 'numeric', values })),
  ];
  return {
    name: `synthetic-${n}x${features}`,
    n,
    features: columns.slice(0, Math.max(features, 3)),
    y,
    target: { column: 'outcome', positive: '1' },
    dropped: [],
    excludedRows: [],
    groups: { sex: sexLabels, age },
  };
}
