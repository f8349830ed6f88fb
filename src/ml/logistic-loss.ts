import type { Matrix } from './matrix.ts';

/**
 * The penalized log-loss every logistic solver minimizes, in scikit-learn's scale divided by C:
 *
 *   f(w, b) = sum_i [log(1 + exp(z_i)) - y_i z_i] + (lambda / 2) ||w||^2,   z_i = x_i.w + b,
 *
 * with lambda = 1/C for L2 and 0 otherwise (the L1 term is added by its own solver). The
 * parameter vector theta has p + 1 entries: the coefficients, then the intercept.
 */
export interface LogisticProblem {
  x: Matrix;
  y: Uint8Array;
  lambda: number;
  fitIntercept: boolean;
}

/** log(1 + exp(z)) without overflow. */
export function log1pExp(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * f(theta) and its gradient (written to `grad`, p + 1 entries) in one pass over the rows: each row
 * is read once, for its margin and then its share of the gradient, while it is still in cache. One
 * exp and one log1p per row give both the loss and the probability. When `weight` is given, it
 * receives p_i (1 - p_i), the Hessian's row weights at theta.
 */
export function lossAndGradient(problem: LogisticProblem, theta: Float64Array, grad: Float64Array, weight?: Float64Array): number {
  const { x, y, lambda, fitIntercept } = problem;
  const { n, p, data } = x;
  const b = theta[p];
  grad.fill(0);
  let loss = 0;
  let gradB = 0;
  const p4 = p - (p % 4);
  for (let i = 0, base = 0; i < n; i++, base += p) {
    // Four partial sums shorten the dependency chain of the dot product.
    let z0 = 0, z1 = 0, z2 = 0, z3 = 0;
    let j = 0;
    for (; j < p4; j += 4) {
      z0 += data[base + j] * theta[j];
      z1 += data[base + j + 1] * theta[j + 1];
      z2 += data[base + j + 2] * theta[j + 2];
      z3 += data[base + j + 3] * theta[j + 3];
    }
    for (; j < p; j++) z0 += data[base + j] * theta[j];
    const z = b + ((z0 + z1) + (z2 + z3));
    const e = Math.exp(-Math.abs(z));
    const positive = y[i] === 1;
    // log(1 + exp(z)) - y z, written so that neither term overflows.
    loss += (z > 0 ? (positive ? 0 : z) : (positive ? -z : 0)) + Math.log1p(e);
    const probability = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    const residual = positive ? probability - 1 : probability;
    if (weight !== undefined) weight[i] = probability * (1 - probability);
    gradB += residual;
    for (j = 0; j < p4; j += 4) {
      grad[j] += data[base + j] * residual;
      grad[j + 1] += data[base + j + 1] * residual;
      grad[j + 2] += data[base + j + 2] * residual;
      grad[j + 3] += data[base + j + 3] * residual;
    }
    for (; j < p; j++) grad[j] += data[base + j] * residual;
  }
  let squares = 0;
  for (let j = 0; j < p; j++) {
    grad[j] += lambda * theta[j];
    squares += theta[j] * theta[j];
  }
  grad[p] = fitIntercept ? gradB : 0;
  return loss + 0.5 * lambda * squares;
}

/** The log-odds of the positive rate: the optimum when there are no features, so a good start. */
export function initialIntercept(y: Uint8Array): number {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  const rate = positives / y.length;
  return Math.log(rate / (1 - rate));
}

export function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
