import { initialIntercept, log1pExp, sigmoid } from './logistic-loss.ts';
import { columnsOf, type Matrix } from './matrix.ts';
import type { LogisticFit, LogisticOptions } from './logistic.ts';

/**
 * L1: minimize sum logloss + lambda ||w||_1 (lambda = 1/C). Each outer step builds the quadratic
 * model of the log-loss at the current point and minimizes model + penalty by cyclic coordinate
 * descent with soft thresholding; the step is then shortened until the true objective decreases.
 */
export function fitL1(x: Matrix, y: Uint8Array, o: LogisticOptions & { tol: number }): LogisticFit {
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
