import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitLogistic, type Penalty } from './logistic.ts';
import { lossAndGradient, maxAbs } from './logistic-loss.ts';
import { matrix } from './matrix.ts';
import { normal, seededRandom } from './random.ts';

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

  it('L-BFGS and Newton agree without an intercept', () => {
    const a = fitLogistic(x, y, { penalty: 'l2', C: 1, fitIntercept: false, solver: 'newton' });
    const b = fitLogistic(x, y, { penalty: 'l2', C: 1, fitIntercept: false, solver: 'lbfgs' });
    expect(a.intercept).toBe(0);
    expect(b.intercept).toBe(0);
    a.coef.forEach((w, j) => expect(Math.abs(w - b.coef[j])).toBeLessThan(1e-4));
  });

  it('refuses an outcome with one class', () => {
    expect(() => fitLogistic(x, new Uint8Array(y.length), {})).toThrow(/one class/);
  });
});

describe('logistic regression on a design with many rows', () => {
  // Enough rows for L-BFGS to start from a fit on a row sample (more than 4 x 64 rows per parameter).
  const n = 6000;
  const p = 8;
  const random = seededRandom(11);
  const big = matrix(n, p);
  const outcome = new Uint8Array(n);
  const scales = [1, 3, 0.2, 1, 1, 5, 1, 0.5];
  for (let i = 0; i < n; i++) {
    let z = -1;
    const shared = normal(random);
    for (let j = 0; j < p; j++) {
      // Correlated columns on different scales, one of them binary.
      const v = j === 4 ? (random() < 0.3 ? 1 : 0) : scales[j] * (0.6 * shared + 0.8 * normal(random));
      big.data[i * p + j] = v;
      z += (j % 2 === 0 ? 0.4 : -0.3) * (j === 4 ? v : v / scales[j]);
    }
    outcome[i] = random() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }

  it('the warm-started L-BFGS reaches the exact optimum Newton finds', () => {
    const exact = fitLogistic(big, outcome, { penalty: 'l2', C: 0.5, solver: 'newton', tol: 1e-10 });
    const fast = fitLogistic(big, outcome, { penalty: 'l2', C: 0.5, solver: 'lbfgs' });
    expect(fast.converged).toBe(true);
    fast.coef.forEach((w, j) => expect(Math.abs(w - exact.coef[j])).toBeLessThan(1e-4));
    expect(Math.abs(fast.intercept - exact.intercept)).toBeLessThan(1e-4);
    expect(fast.objective).toBeLessThanOrEqual(exact.objective * (1 + 1e-9));
  });

  it('with ftol 0, stops only on the gradient tolerance', () => {
    const fit = fitLogistic(big, outcome, { penalty: 'l2', C: 0.5, solver: 'lbfgs', ftol: 0, tol: 1e-6 });
    expect(fit.converged).toBe(true);
    const theta = Float64Array.from([...fit.coef, fit.intercept]);
    const grad = new Float64Array(p + 1);
    lossAndGradient({ x: big, y: outcome, lambda: 1 / 0.5, fitIntercept: true }, theta, grad);
    expect(maxAbs(grad)).toBeLessThanOrEqual(1e-6);
  });
});
