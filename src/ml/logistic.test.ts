import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitLogistic, type Penalty } from './logistic.ts';
import { matrix } from './matrix.ts';

// Produced by bench/ml_logistic_fixture.py with scikit-learn (lbfgs for L2, saga for L1, tol 1e-12).
const fixture = JSON.parse(readFileSync(new URL('./fixtures/sklearn-logistic.json', import.meta.url), 'utf8')) as {
  X: number[][];
  y: number[];
  cases: { penalty: Penalty; C: number; coef: number[]; intercept: number }[];
};
const x = matrix(fixture.X.length, fixture.X[0].length, Float64Array.from(fixture.X.flat()));
const y = Uint8Array.from(fixture.y);

describe('logistic regression reaches scikit-learn\'s optimum', () => {
  for (const c of fixture.cases) {
    it(`${c.penalty} C=${c.C}: coefficients within 1e-3`, () => {
      const fit = fitLogistic(x, y, { penalty: c.penalty, C: c.C });
      expect(fit.converged).toBe(true);
      fit.coef.forEach((w, j) => expect(Math.abs(w - c.coef[j])).toBeLessThan(1e-3));
      expect(Math.abs(fit.intercept - c.intercept)).toBeLessThan(1e-3);
      if (c.penalty === 'l1') {
        // Coefficients scikit-learn sets to zero are exactly zero here too.
        c.coef.forEach((w, j) => { if (w === 0) expect(fit.coef[j]).toBe(0); });
      }
    });
  }

  it('L-BFGS and Newton agree on the L2 optimum', () => {
    const a = fitLogistic(x, y, { penalty: 'l2', C: 1, solver: 'newton' });
    const b = fitLogistic(x, y, { penalty: 'l2', C: 1, solver: 'lbfgs' });
    a.coef.forEach((w, j) => expect(Math.abs(w - b.coef[j])).toBeLessThan(1e-4));
  });

  it('refuses an outcome with one class', () => {
    expect(() => fitLogistic(x, new Uint8Array(y.length), {})).toThrow(/one class/);
  });
});
