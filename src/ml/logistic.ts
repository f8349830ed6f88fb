import { GalenError } from '../errors/index.ts';
import { columnsOf, type Matrix } from './matrix.ts';

/**
 * Penalized logistic regression with scikit-learn's objective, so that the same data and the same
 * C give the same coefficients:
 *
 *   minimize  C * sum_i logloss(y_i, x_i.w + b) + penalty(w)      (the intercept b is not penalized)
 *   penalty = ||w||^2 / 2 (L2), ||w||_1 (L1), or none.
 *
 * L2 is solved by Newton's method with a backtracking line search (exact Hessian, Cholesky solve)
 * when the Hessian is cheap relative to the data, otherwise by L-BFGS; L1 by a Newton-type
 * coordinate descent on the quadratic model of the log-loss (the GLMNET/newGLMNET scheme) with a
 * line search on the true objective.
 */
export type Penalty = 'l2' | 'l1' | 'none';

export interface LogisticOptions {
  penalty: Penalty;
  /** Inverse regularization strength, as in scikit-learn (default 1). */
  C: number;
  fitIntercept: boolean;
  /**
   * Stop when the largest optimality violation is below tol times its value at the start
   * (default 1e-9 for Newton and coordinate descent, 1e-6 for L-BFGS).
   */
  tol?: number;
  maxIter: number;
  /** 'auto' picks Newton for L2 when p is small; 'lbfgs' or 'newton' force one. */
  solver: 'auto' | 'newton' | 'lbfgs';
}

export interface LogisticFit {
  coef: Float64Array;
  intercept: number;
  iterations: number;
  converged: boolean;
  objective: number;
}

export const defaultLogisticOptions: LogisticOptions = { penalty: 'l2', C: 1, fitIntercept: true, maxIter: 200, solver: 'auto' };

export function fitLogistic(x: Matrix, y: Uint8Array, options: Partial<LogisticOptions> = {}): LogisticFit {
  const o = { ...defaultLogisticOptions, ...options };
  if (x.n !== y.length) throw new GalenError('invalid_input', `X has ${x.n} rows but y has ${y.length}`);
  if (!(o.C > 0)) throw new GalenError('out_of_range', 'C must be positive');
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  if (positives === 0 || positives === y.length) throw new GalenError('invalid_input', 'the outcome has only one class in the training rows');
  if (o.penalty === 'l1') return fitL1(x, y, { ...o, tol: o.tol ?? 1e-9 });
  const lambda = o.penalty === 'l2' ? 1 / o.C : 0;
  // Newton's exact Hessian costs n p^2 per step: cheap for small designs, where it gives the exact
  // optimum in a few steps; L-BFGS (2 n p per step) takes over for large ones.
  const useNewton = o.solver === 'newton' || (o.solver === 'auto' && x.n * x.p * x.p <= 2e7);
  return useNewton ? fitNewton(x, y, lambda, { ...o, tol: o.tol ?? 1e-9 }) : fitLbfgs(x, y, lambda, { ...o, tol: o.tol ?? 1e-6 });
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

/** eta = X w + b */
function linearPredictor(x: Matrix, w: Float64Array, b: number, eta: Float64Array): void {
  const { n, p, data } = x;
  for (let i = 0; i < n; i++) {
    let s = b;
    const base = i * p;
    for (let j = 0; j < p; j++) s += data[base + j] * w[j];
    eta[i] = s;
  }
}

/**
 * Objective and gradient, scaled by 1/C: sum logloss + (lambda/2)||w||^2 with lambda = 1/C. The
 * gradient vector has p + 1 entries, the last for the intercept.
 */
function objectiveAndGradient(x: Matrix, y: Uint8Array, w: Float64Array, b: number, lambda: number, fitIntercept: boolean, eta: Float64Array, r: Float64Array, grad: Float64Array): number {
  const { n, p, data } = x;
  let loss = 0;
  let gb = 0;
  grad.fill(0);
  // One pass over the rows: linear predictor, loss, residual and gradient while the row is in cache.
  for (let i = 0; i < n; i++) {
    const base = i * p;
    let z = b;
    for (let j = 0; j < p; j++) z += data[base + j] * w[j];
    eta[i] = z;
    loss += log1pExp(z) - (y[i] ? z : 0);
    const ri = sigmoid(z) - y[i];
    r[i] = ri;
    gb += ri;
    for (let j = 0; j < p; j++) grad[j] += data[base + j] * ri;
  }
  let reg = 0;
  for (let j = 0; j < p; j++) { grad[j] += lambda * w[j]; reg += w[j] * w[j]; }
  grad[p] = fitIntercept ? gb : 0;
  return loss + 0.5 * lambda * reg;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}

function fitNewton(x: Matrix, y: Uint8Array, lambda: number, o: LogisticOptions & { tol: number }): LogisticFit {
  const { n, p, data } = x;
  const q = p + 1;
  const w = new Float64Array(p);
  let b = o.fitIntercept ? initialIntercept(y) : 0;
  const eta = new Float64Array(n);
  const r = new Float64Array(n);
  const grad = new Float64Array(q);
  const h = new Float64Array(q * q);
  const step = new Float64Array(q);
  const wTry = new Float64Array(p);
  let f = objectiveAndGradient(x, y, w, b, lambda, o.fitIntercept, eta, r, grad);
  const g0 = Math.max(maxAbs(grad), 1e-12);
  let iterations = 0;
  let converged = false;
  while (iterations < o.maxIter) {
    if (maxAbs(grad) <= o.tol * g0 || maxAbs(grad) < 1e-12) { converged = true; break; }
    iterations++;
    // Hessian X^T D X (upper triangle, then mirrored), with the intercept as column p.
    h.fill(0);
    for (let i = 0; i < n; i++) {
      const pi = sigmoid(eta[i]);
      const d = pi * (1 - pi);
      if (d < 1e-300) continue;
      const base = i * p;
      for (let a = 0; a < p; a++) {
        const xa = data[base + a] * d;
        if (xa === 0) continue;
        const row = a * q;
        for (let c = a; c < p; c++) h[row + c] += xa * data[base + c];
        h[row + p] += xa;
      }
      h[p * q + p] += d;
    }
    for (let a = 0; a < q; a++) for (let c = 0; c < a; c++) h[a * q + c] = h[c * q + a];
    for (let a = 0; a < p; a++) h[a * q + a] += lambda;
    if (!o.fitIntercept) { for (let a = 0; a < q; a++) { h[a * q + p] = 0; h[p * q + a] = 0; } h[p * q + p] = 1; }
    choleskySolve(h, q, grad, step);
    // Backtracking line search on the objective.
    let t = 1;
    let slope = 0;
    for (let a = 0; a < q; a++) slope -= grad[a] * step[a];
    let accepted = false;
    for (let k = 0; k < 40; k++) {
      for (let a = 0; a < p; a++) wTry[a] = w[a] - t * step[a];
      const bTry = b - t * step[p];
      const fTry = objectiveAndGradientValue(x, y, wTry, bTry, lambda, eta);
      if (fTry <= f + 1e-4 * t * slope || Math.abs(fTry - f) <= 1e-15 * Math.abs(f)) {
        w.set(wTry);
        b = bTry;
        accepted = true;
        break;
      }
      t *= 0.5;
    }
    f = objectiveAndGradient(x, y, w, b, lambda, o.fitIntercept, eta, r, grad);
    if (!accepted) { converged = maxAbs(grad) <= 1e-6 * g0; break; }
  }
  return { coef: w, intercept: b, iterations, converged, objective: o.C * f };
}

function objectiveAndGradientValue(x: Matrix, y: Uint8Array, w: Float64Array, b: number, lambda: number, eta: Float64Array): number {
  linearPredictor(x, w, b, eta);
  let loss = 0;
  for (let i = 0; i < x.n; i++) loss += log1pExp(eta[i]) - (y[i] ? eta[i] : 0);
  let reg = 0;
  for (let j = 0; j < w.length; j++) reg += w[j] * w[j];
  return loss + 0.5 * lambda * reg;
}

/** Solves H s = g for symmetric positive definite H (q x q, row-major); H is overwritten. */
function choleskySolve(h: Float64Array, q: number, g: Float64Array, s: Float64Array): void {
  for (let j = 0; j < q; j++) {
    let d = h[j * q + j];
    for (let k = 0; k < j; k++) d -= h[j * q + k] * h[j * q + k];
    // A tiny ridge keeps the factorization alive when the design is rank deficient (constant columns).
    const djj = Math.sqrt(Math.max(d, 1e-12));
    h[j * q + j] = djj;
    for (let i = j + 1; i < q; i++) {
      let v = h[i * q + j];
      for (let k = 0; k < j; k++) v -= h[i * q + k] * h[j * q + k];
      h[i * q + j] = v / djj;
    }
  }
  for (let i = 0; i < q; i++) {
    let v = g[i];
    for (let k = 0; k < i; k++) v -= h[i * q + k] * s[k];
    s[i] = v / h[i * q + i];
  }
  for (let i = q - 1; i >= 0; i--) {
    let v = s[i];
    for (let k = i + 1; k < q; k++) v -= h[k * q + i] * s[k];
    s[i] = v / h[i * q + i];
  }
}

function initialIntercept(y: Uint8Array): number {
  let m = 0;
  for (let i = 0; i < y.length; i++) m += y[i];
  m /= y.length;
  return Math.log(m / (1 - m));
}

function fitLbfgs(x: Matrix, y: Uint8Array, lambda: number, o: LogisticOptions & { tol: number }): LogisticFit {
  const { n, p } = x;
  const q = p + 1;
  const memory = 10;
  const theta = new Float64Array(q);
  theta[p] = o.fitIntercept ? initialIntercept(y) : 0;
  const eta = new Float64Array(n);
  const r = new Float64Array(n);
  const grad = new Float64Array(q);
  const gradNew = new Float64Array(q);
  const dir = new Float64Array(q);
  const thetaNew = new Float64Array(q);
  const sHist: Float64Array[] = [];
  const yHist: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(memory);
  const evaluate = (t: Float64Array, g: Float64Array) => objectiveAndGradient(x, y, t.subarray(0, p), t[p], lambda, o.fitIntercept, eta, r, g);
  let f = evaluate(theta, grad);
  const g0 = Math.max(maxAbs(grad), 1e-12);
  let iterations = 0;
  let converged = false;
  while (iterations < o.maxIter * 10) {
    if (maxAbs(grad) <= o.tol * g0) { converged = true; break; }
    iterations++;
    // Two-loop recursion for the search direction.
    for (let a = 0; a < q; a++) dir[a] = -grad[a];
    const m = sHist.length;
    for (let k = m - 1; k >= 0; k--) {
      let d = 0;
      for (let a = 0; a < q; a++) d += sHist[k][a] * dir[a];
      alpha[k] = rho[k] * d;
      for (let a = 0; a < q; a++) dir[a] -= alpha[k] * yHist[k][a];
    }
    if (m > 0) {
      let sy = 0;
      let yy = 0;
      for (let a = 0; a < q; a++) { sy += sHist[m - 1][a] * yHist[m - 1][a]; yy += yHist[m - 1][a] * yHist[m - 1][a]; }
      const gamma = sy / yy;
      for (let a = 0; a < q; a++) dir[a] *= gamma;
    } else {
      const scale = 1 / Math.max(1, Math.sqrt(grad.reduce((s, v) => s + v * v, 0)));
      for (let a = 0; a < q; a++) dir[a] *= scale;
    }
    for (let k = 0; k < m; k++) {
      let d = 0;
      for (let a = 0; a < q; a++) d += yHist[k][a] * dir[a];
      const beta = rho[k] * d;
      for (let a = 0; a < q; a++) dir[a] += sHist[k][a] * (alpha[k] - beta);
    }
    let slope = 0;
    for (let a = 0; a < q; a++) slope += grad[a] * dir[a];
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      sHist.length = 0; yHist.length = 0; rho.length = 0;
      for (let a = 0; a < q; a++) dir[a] = -grad[a] / Math.max(1, maxAbs(grad));
      slope = 0;
      for (let a = 0; a < q; a++) slope += grad[a] * dir[a];
    }
    let t = 1;
    let fNew = f;
    let ok = false;
    for (let k = 0; k < 50; k++) {
      for (let a = 0; a < q; a++) thetaNew[a] = theta[a] + t * dir[a];
      fNew = evaluate(thetaNew, gradNew);
      if (fNew <= f + 1e-4 * t * slope) { ok = true; break; }
      t *= 0.5;
    }
    if (!ok) break;
    const s = new Float64Array(q);
    const yv = new Float64Array(q);
    let sy = 0;
    for (let a = 0; a < q; a++) { s[a] = thetaNew[a] - theta[a]; yv[a] = gradNew[a] - grad[a]; sy += s[a] * yv[a]; }
    if (sy > 1e-12) {
      sHist.push(s); yHist.push(yv); rho.push(1 / sy);
      if (sHist.length > memory) { sHist.shift(); yHist.shift(); rho.shift(); }
    }
    theta.set(thetaNew);
    grad.set(gradNew);
    const df = f - fNew;
    f = fNew;
    if (df <= 1e-16 * Math.max(1, Math.abs(f)) && maxAbs(grad) <= 1e-6 * g0) { converged = true; break; }
  }
  return { coef: theta.slice(0, p), intercept: theta[p], iterations, converged, objective: o.C * f };
}

/**
 * L1: minimize sum logloss + lambda ||w||_1 (lambda = 1/C). Each outer step builds the quadratic
 * model of the log-loss at the current point and minimizes model + penalty by cyclic coordinate
 * descent with soft thresholding; the step is then shortened until the true objective decreases.
 */
function fitL1(x: Matrix, y: Uint8Array, o: LogisticOptions & { tol: number }): LogisticFit {
  const { n, p } = x;
  const lambda = 1 / o.C;
  const cols = columnsOf(x);
  const w = new Float64Array(p);
  let b = o.fitIntercept ? initialIntercept(y) : 0;
  const eta = new Float64Array(n).fill(b);
  const weight = new Float64Array(n);
  const res = new Float64Array(n);
  const delta = new Float64Array(p);
  const deltaEta = new Float64Array(n);
  const etaTry = new Float64Array(n);
  const gradient = new Float64Array(p);
  const objective = (e: Float64Array, ww: Float64Array) => {
    let loss = 0;
    for (let i = 0; i < n; i++) loss += log1pExp(e[i]) - (y[i] ? e[i] : 0);
    let l1 = 0;
    for (let j = 0; j < p; j++) l1 += Math.abs(ww[j]);
    return loss + lambda * l1;
  };
  let f = objective(eta, w);
  let iterations = 0;
  let converged = false;
  let v0 = -1;
  const wTry = new Float64Array(p);
  while (iterations < o.maxIter) {
    // Gradient of the loss and the optimality (KKT) violation.
    let gb = 0;
    for (let i = 0; i < n; i++) { const pi = sigmoid(eta[i]); res[i] = pi - y[i]; weight[i] = Math.max(pi * (1 - pi), 1e-10); gb += res[i]; }
    let violation = o.fitIntercept ? Math.abs(gb) : 0;
    for (let j = 0; j < p; j++) {
      const c = cols[j];
      let g = 0;
      for (let i = 0; i < n; i++) g += c[i] * res[i];
      gradient[j] = g;
      const v = w[j] !== 0 ? Math.abs(g + lambda * Math.sign(w[j])) : Math.max(0, Math.abs(g) - lambda);
      violation = Math.max(violation, v);
    }
    if (v0 < 0) v0 = Math.max(violation, 1e-12);
    if (violation <= o.tol * v0 || violation < 1e-12) { converged = true; break; }
    iterations++;
    // Working residual of the quadratic model: z_i = -(p_i - y_i) / W_i, then res tracks z - delta eta.
    for (let i = 0; i < n; i++) res[i] = -res[i] / weight[i];
    delta.fill(0);
    deltaEta.fill(0);
    let deltaB = 0;
    const sumW = weight.reduce((s, v) => s + v, 0);
    const curvature = cols.map((c) => { let a = 0; for (let i = 0; i < n; i++) a += weight[i] * c[i] * c[i]; return a; });
    for (let sweep = 0; sweep < 100; sweep++) {
      let change = 0;
      if (o.fitIntercept) {
        let s = 0;
        for (let i = 0; i < n; i++) s += weight[i] * res[i];
        const d = s / sumW;
        deltaB += d;
        for (let i = 0; i < n; i++) { res[i] -= d; deltaEta[i] += d; }
        change = Math.max(change, Math.abs(d));
      }
      for (let j = 0; j < p; j++) {
        const a = curvature[j];
        if (a <= 0) continue;
        const c = cols[j];
        let g = 0;
        for (let i = 0; i < n; i++) g += weight[i] * c[i] * res[i];
        const current = w[j] + delta[j];
        const u = current * a + g;
        const next = Math.sign(u) * Math.max(Math.abs(u) - lambda, 0) / a;
        const d = next - current;
        if (d === 0) continue;
        delta[j] += d;
        for (let i = 0; i < n; i++) { res[i] -= d * c[i]; deltaEta[i] += d * c[i]; }
        change = Math.max(change, Math.abs(d) * Math.sqrt(a));
      }
      if (change < 1e-12 * Math.sqrt(sumW) + 1e-14) break;
    }
    // Line search on the true objective along (delta, deltaB).
    let descent = deltaB * 0;
    for (let j = 0; j < p; j++) descent += gradient[j] * delta[j] + lambda * (Math.abs(w[j] + delta[j]) - Math.abs(w[j]));
    let gbSum = 0;
    for (let i = 0; i < n; i++) gbSum += sigmoid(eta[i]) - y[i];
    descent += gbSum * deltaB;
    let t = 1;
    let accepted = false;
    for (let k = 0; k < 40; k++) {
      for (let j = 0; j < p; j++) wTry[j] = w[j] + t * delta[j];
      for (let i = 0; i < n; i++) etaTry[i] = eta[i] + t * deltaEta[i];
      const fTry = objective(etaTry, wTry);
      if (fTry <= f + 0.01 * t * Math.min(descent, 0) || fTry <= f - 1e-15 * Math.abs(f)) {
        w.set(wTry); eta.set(etaTry); b += t * deltaB; f = fTry; accepted = true;
        break;
      }
      t *= 0.5;
    }
    if (!accepted) break;
  }
  return { coef: w, intercept: b, iterations, converged, objective: o.C * f };
}
