import { describe, expect, it } from 'vitest';
import { crossValidate } from './cross-validate.ts';
import type { Dataset } from './dataset.ts';
import { stratifiedFolds } from './validate.ts';

function toyDataset(sentinel: number): Dataset {
  const n = 100;
  const a = Float64Array.from({ length: n }, (_, i) => (i * 7) % 13);
  const b = Float64Array.from({ length: n }, (_, i) => ((i * 5) % 11) - 5);
  const y = Uint8Array.from({ length: n }, (_, i) => ((i * 7) % 13 > 6 ? 1 : 0) ^ (i % 9 === 0 ? 1 : 0));
  a[17] = sentinel;
  return {
    name: 'toy', n, y,
    features: [{ name: 'a', kind: 'numeric', values: a }, { name: 'b', kind: 'numeric', values: b }],
    target: { column: 'y', positive: '1' }, dropped: [], excludedRows: [], groups: {},
  };
}

describe('cross-validation', () => {
  it('preprocessing never sees the test fold: a sentinel in one row leaves that fold\'s fitted scaler unchanged', () => {
    const folds = stratifiedFolds(toyDataset(0).y, 5, 11);
    const normal = crossValidate(toyDataset(3), { algorithm: 'logistic' }, { folds: 5, foldOf: folds });
    const sentinel = crossValidate(toyDataset(1e9), { algorithm: 'logistic' }, { folds: 5, foldOf: folds });
    const testFold = folds[17];
    for (let k = 0; k < 5; k++) {
      const before = normal.folds[k].preprocessing;
      const after = sentinel.folds[k].preprocessing;
      if (k === testFold) {
        // Row 17 is in this fold's test part: the scaler and imputation figures are identical.
        expect(after).toEqual(before);
        expect(sentinel.probabilities[17]).not.toBe(normal.probabilities[17]);
      } else {
        // Row 17 trains the other folds: their scalers move (which shows the check can fail).
        expect(after.center[0]).not.toBe(before.center[0]);
      }
    }
  });

  it('every row gets an out-of-fold prediction and folds keep the class balance', () => {
    const d = toyDataset(3);
    const folds = stratifiedFolds(d.y, 5, 1);
    const positives = d.y.reduce((s, v) => s + v, 0);
    for (let k = 0; k < 5; k++) {
      const rows = Array.from(folds).filter((f) => f === k).length;
      const pos = Array.from(folds).filter((f, i) => f === k && d.y[i] === 1).length;
      expect(rows).toBe(20);
      expect(Math.abs(pos - positives / 5)).toBeLessThanOrEqual(1);
    }
    const cv = crossValidate(d, { algorithm: 'gbdt', gbdt: { maxIter: 10, minSamplesLeaf: 5 } }, { folds: 5, seed: 1 });
    expect(cv.probabilities.every((p) => p > 0 && p < 1)).toBe(true);
    expect(cv.evaluation.overall.n).toBe(100);
    expect(cv.evaluation.overall.auroc).toBeGreaterThan(0.7);
  });
});
