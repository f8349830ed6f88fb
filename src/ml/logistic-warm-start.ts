import { lbfgs } from './logistic-lbfgs.ts';
import { initialIntercept, lossAndGradient, type LogisticProblem } from './logistic-loss.ts';
import { DiagonalHessianInverse, SampledHessianInverse, type HessianInverse } from './logistic-preconditioner.ts';
import { matrix } from './matrix.ts';

/** Rows per parameter in the samples the Hessian estimates and the warm start are computed from. */
const SAMPLE_ROWS_PER_PARAMETER = 64;

export interface LbfgsStart {
  theta: Float64Array;
  hessianInverse: HessianInverse;
}

/** Every k-th row, k chosen for about 64 rows per parameter (1 for a small design). */
function sampleStride(n: number, q: number): number {
  return Math.max(1, Math.floor(n / (SAMPLE_ROWS_PER_PARAMETER * q)));
}

/**
 * The plain start: w = 0, the intercept at the log-odds of the positive rate, where every row has
 * the same weight w0. The Hessian there is estimated from a row sample, or, with `diagonalOnly`,
 * by its diagonal (cheaper to build, more steps to converge).
 */
export function interceptStart(problem: LogisticProblem, diagonalOnly = false): LbfgsStart {
  const { x, y, fitIntercept } = problem;
  const q = x.p + 1;
  const theta = new Float64Array(q);
  theta[x.p] = fitIntercept ? initialIntercept(y) : 0;
  const p0 = 1 / (1 + Math.exp(-theta[x.p]));
  const w0 = p0 * (1 - p0);
  if (diagonalOnly) return { theta, hessianInverse: new DiagonalHessianInverse(problem, w0) };
  const stride = sampleStride(x.n, q);
  return { theta, hessianInverse: new SampledHessianInverse(problem, new Float64Array(Math.ceil(x.n / stride)).fill(w0), stride) };
}

/**
 * For a design with many more rows than the sample needs: solve the same problem on every k-th
 * row first (the penalty scaled by the sample's share, so that its optimum estimates the full one),
 * then estimate the Hessian at that point from the sample. Each step of the sample fit costs 1/k of
 * a full pass, and L-BFGS on all rows then starts close to the optimum with an inverse Hessian
 * estimated there, so it needs about half the full passes. Null when the design is too small to
 * gain from it or the sample holds one class only.
 */
export function sampleStart(problem: LogisticProblem): LbfgsStart | null {
  const { x, y, lambda, fitIntercept } = problem;
  const { n, p, data } = x;
  const q = p + 1;
  const stride = sampleStride(n, q);
  if (stride < 4) return null;
  const m = Math.ceil(n / stride);
  const sampleX = matrix(m, p);
  const sampleY = new Uint8Array(m);
  let positives = 0;
  for (let k = 0, i = 0; k < m; k++, i += stride) {
    sampleX.data.set(data.subarray(i * p, i * p + p), k * p);
    sampleY[k] = y[i];
    positives += y[i];
  }
  if (positives === 0 || positives === m) return null;
  const sample: LogisticProblem = { x: sampleX, y: sampleY, lambda: (lambda * m) / n, fitIntercept };
  // Gradient entries of the sample fit scale with m; 1e-3 per row is far below the sample's own
  // estimation error of the full optimum, so tighter would be wasted.
  // A diagonal start suffices here: the sample's steps are cheap, its full Hessian is not.
  const fit = lbfgs(sample, interceptStart(sample, true), 1e-3 * m, 200);
  const weight = new Float64Array(m);
  lossAndGradient(sample, fit.theta, new Float64Array(q), weight);
  // The sample rows are rows 0, stride, 2 stride, ... of the full design.
  return { theta: fit.theta, hessianInverse: new SampledHessianInverse(problem, weight, stride) };
}
