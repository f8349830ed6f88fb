import { choleskyFactor, choleskySolve } from './cholesky.ts';
import { initialIntercept, lossAndGradient, maxAbs, type LogisticProblem } from './logistic-loss.ts';
import { weightedGram } from './weighted-gram.ts';
import type { SmoothSolverResult } from './logistic-lbfgs.ts';

/**
 * Newton's method with the exact Hessian X'WX + lambda I (Cholesky solve) and a backtracking line
 * search, for the smooth objective (L2 or no penalty). The Hessian costs n (p + 1)^2 / 2 per step,
 * so it suits small designs, where it reaches the optimum to rounding in a handful of steps.
 *
 * Stops when the largest gradient entry is at most `gradientTol`, or when the Newton decrement
 * g'H^-1 g shows that no step can lower f by more than rounding.
 */
export function newton(problem: LogisticProblem, gradientTol: number, maxIter: number): SmoothSolverResult {
  const { x, y, lambda, fitIntercept } = problem;
  const { n, p } = x;
  const q = p + 1;
  const theta = new Float64Array(q);
  theta[p] = fitIntercept ? initialIntercept(y) : 0;
  const grad = new Float64Array(q);
  const gradNew = new Float64Array(q);
  const thetaNew = new Float64Array(q);
  const weight = new Float64Array(n);
  const hessian = new Float64Array(q * q);
  const step = new Float64Array(q);
  let f = lossAndGradient(problem, theta, grad, weight);
  let gradientMax = maxAbs(grad);
  let iterations = 0;
  let converged = gradientMax <= gradientTol;
  while (!converged && iterations < maxIter) {
    iterations++;
    weightedGram(x, weight, hessian);
    for (let a = 0; a < p; a++) hessian[a * q + a] += lambda;
    if (!fitIntercept) {
      for (let a = 0; a < q; a++) { hessian[a * q + p] = 0; hessian[p * q + a] = 0; }
      hessian[p * q + p] = 1;
    }
    choleskyFactor(hessian, q);
    choleskySolve(hessian, q, grad, step);
    let decrement = 0;
    for (let a = 0; a < q; a++) decrement += grad[a] * step[a];
    if (decrement <= 1e-15 * Math.max(1, Math.abs(f))) { converged = true; break; }
    let t = 1;
    let accepted = false;
    let fNew = f;
    for (let trial = 0; trial < 40; trial++) {
      for (let a = 0; a < q; a++) thetaNew[a] = theta[a] - t * step[a];
      fNew = lossAndGradient(problem, thetaNew, gradNew, weight);
      if (fNew <= f - 1e-4 * t * decrement) { accepted = true; break; }
      t *= 0.5;
    }
    if (!accepted) {
      // No step lowers f: the rounding floor. The optimum is reached if the predicted decrease
      // was already negligible against f.
      converged = decrement <= 1e-10 * Math.max(1, Math.abs(f));
      break;
    }
    theta.set(thetaNew);
    grad.set(gradNew);
    f = fNew;
    gradientMax = maxAbs(grad);
    converged = gradientMax <= gradientTol;
  }
  return { theta, iterations, converged, objective: f, gradientMax };
}
