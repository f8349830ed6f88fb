import { choleskyFactor, choleskySolve } from './cholesky.ts';
import type { LogisticProblem } from './logistic-loss.ts';
import { weightedGram } from './weighted-gram.ts';

/**
 * L-BFGS's initial inverse Hessian. A good estimate leaves L-BFGS's updates little to learn; any
 * positive definite one leaves the optimum unchanged, since every gradient is exact.
 */
export interface HessianInverse {
  /** v := H^-1 v */
  applyInPlace(v: Float64Array): void;
}

/**
 * The inverse of an estimate of the Hessian [X 1]' W [X 1] + lambda I, held as its Cholesky
 * factor. The estimate comes from rows 0, stride, 2 stride, ... with row weights p_i (1 - p_i)
 * (`weight[k]` for row k * stride), scaled up to all n rows. Costs (p + 1)^2 / 2 per sampled row.
 */
export class SampledHessianInverse implements HessianInverse {
  private readonly factor: Float64Array;
  readonly size: number;

  constructor(problem: LogisticProblem, weight: Float64Array, stride: number) {
    const { x, lambda, fitIntercept } = problem;
    const { n, p } = x;
    const q = p + 1;
    this.size = q;
    const sampled = Math.ceil(n / stride);
    const scale = n / sampled;
    const scaled = new Float64Array(sampled);
    for (let k = 0; k < sampled; k++) scaled[k] = weight[k] * scale;
    const h = new Float64Array(q * q);
    weightedGram(x, scaled, h, stride);
    for (let a = 0; a < p; a++) h[a * q + a] += lambda;
    if (!fitIntercept) {
      for (let a = 0; a < q; a++) { h[a * q + p] = 0; h[p * q + a] = 0; }
      h[p * q + p] = 1;
    }
    choleskyFactor(h, q);
    this.factor = h;
  }

  /** v := H^-1 v */
  applyInPlace(v: Float64Array): void {
    choleskySolve(this.factor, this.size, v, v);
  }
}

/**
 * The inverse of the Hessian's diagonal at a point where every row has weight w0:
 * w0 sum_i x_ij^2 + lambda, and n w0 for the intercept. One cheap pass; exact for uncorrelated
 * features.
 */
export class DiagonalHessianInverse implements HessianInverse {
  private readonly diagonal: Float64Array;

  constructor(problem: LogisticProblem, w0: number) {
    const { x, lambda } = problem;
    const { n, p, data } = x;
    const diagonal = new Float64Array(p + 1);
    for (let i = 0, base = 0; i < n; i++, base += p) {
      for (let j = 0; j < p; j++) diagonal[j] += data[base + j] * data[base + j];
    }
    for (let j = 0; j < p; j++) diagonal[j] = Math.max(w0 * diagonal[j] + lambda, 1e-12);
    diagonal[p] = Math.max(n * w0, 1e-12);
    this.diagonal = diagonal;
  }

  applyInPlace(v: Float64Array): void {
    for (let a = 0; a < v.length; a++) v[a] /= this.diagonal[a];
  }
}
