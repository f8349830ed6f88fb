import { GalenError } from '../errors/index.ts';
import { fitL1 } from './logistic-l1.ts';
import { lbfgs, SCIPY_FTOL } from './logistic-lbfgs.ts';
import type { LogisticProblem } from './logistic-loss.ts';
import { newton } from './logistic-newton.ts';
import { interceptStart, sampleStart } from './logistic-warm-start.ts';
import type { Matrix } from './matrix.ts';

export { log1pExp, sigmoid } from './logistic-loss.ts';

/**
 * Penalized logistic regression with scikit-learn's objective, so that the same data and the same
 * C give the same coefficients:
 *
 *   minimize  C * sum_i logloss(y_i, x_i.w + b) + penalty(w)      (the intercept b is not penalized)
 *   penalty = ||w||^2 / 2 (L2), ||w||_1 (L1), or none.
 *
 * L2 is solved by L-BFGS (logistic-lbfgs.ts), or by Newton's method with the exact Hessian
 * (logistic-newton.ts) when the Hessian is cheap relative to the data; L1 by a Newton-type
 * coordinate descent on the quadratic model of the log-loss (logistic-l1.ts).
 */
export type Penalty = 'l2' | 'l1' | 'none';

export interface LogisticOptions {
  penalty: Penalty;
  /** Inverse regularization strength, as in scikit-learn (default 1). */
  C: number;
  fitIntercept: boolean;
  /**
   * L2 and none: stop when every entry of the gradient of f = sum_i logloss + ||w||^2 / (2C) is at
   * most tol in absolute value: the quantity and the default (1e-4) of scikit-learn's lbfgs `gtol`.
   * L1: stop when the largest optimality (KKT) violation is below tol times its value at the start
   * (default 1e-9).
   */
  tol?: number;
  /**
   * L-BFGS only: also stop when two consecutive steps each lower f by at most ftol relative to
   * max(|f|, 1): scikit-learn's second lbfgs test (scipy's default 2.2e-9, applied there to one
   * step). 0 leaves the gradient test alone.
   */
  ftol?: number;
  maxIter: number;
  /** 'auto' picks Newton for L2 when the design is small; 'lbfgs' or 'newton' force one. */
  solver: 'auto' | 'newton' | 'lbfgs';
}

export interface LogisticFit {
  coef: Float64Array;
  intercept: number;
  iterations: number;
  converged: boolean;
  /** The minimized objective in scikit-learn's scale: C * sum logloss + penalty. */
  objective: number;
}

export const defaultLogisticOptions: LogisticOptions = { penalty: 'l2', C: 1, fitIntercept: true, maxIter: 200, solver: 'auto' };

/** scikit-learn's LogisticRegression default `tol`, its lbfgs gradient tolerance. */
const SKLEARN_GRADIENT_TOL = 1e-4;

export function fitLogistic(x: Matrix, y: Uint8Array, options: Partial<LogisticOptions> = {}): LogisticFit {
  const o = { ...defaultLogisticOptions, ...options };
  if (x.n !== y.length) throw new GalenError('invalid_input', `X has ${x.n} rows but y has ${y.length}`);
  if (!(o.C > 0)) throw new GalenError('out_of_range', 'C must be positive');
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  if (positives === 0 || positives === y.length) throw new GalenError('invalid_input', 'the outcome has only one class in the training rows');
  if (o.penalty === 'l1') return fitL1(x, y, { ...o, tol: o.tol ?? 1e-9 });
  const problem: LogisticProblem = { x, y, lambda: o.penalty === 'l2' ? 1 / o.C : 0, fitIntercept: o.fitIntercept };
  // Newton's exact Hessian costs n p^2 / 2 per step against L-BFGS's 2 n p per evaluation: it pays
  // off only while p is small (a dozen columns).
  const useNewton = o.solver === 'newton' || (o.solver === 'auto' && x.p <= 12);
  const tol = o.tol ?? SKLEARN_GRADIENT_TOL;
  const result = useNewton ? newton(problem, tol, o.maxIter) : lbfgs(problem, sampleStart(problem) ?? interceptStart(problem), tol, o.maxIter * 10, o.ftol ?? SCIPY_FTOL);
  return { coef: result.theta.slice(0, x.p), intercept: result.theta[x.p], iterations: result.iterations, converged: result.converged, objective: o.C * result.objective };
}
