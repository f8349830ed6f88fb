import { lossAndGradient, maxAbs, type LogisticProblem } from './logistic-loss.ts';
import type { HessianInverse } from './logistic-preconditioner.ts';

export interface SmoothSolverResult {
  theta: Float64Array;
  iterations: number;
  converged: boolean;
  /** f at theta (the scale of logistic-loss.ts: sum of losses + lambda/2 ||w||^2). */
  objective: number;
  /** Largest absolute gradient entry at theta. */
  gradientMax: number;
}

/** Past steps kept for the inverse-Hessian approximation (scipy's L-BFGS-B default is 10). */
const MEMORY = 10;
/** Sufficient-decrease constant of the Armijo condition. */
const ARMIJO = 1e-4;
/**
 * scipy's L-BFGS-B `ftol` as scikit-learn calls it (factr 1e7 times machine epsilon): stop when a
 * step lowers f by no more than this fraction of max(|f|, 1).
 */
export const SCIPY_FTOL = 1e7 * Number.EPSILON;
/** Hager and Zhang's delta (0.1 in CG_DESCENT) for the approximate Wolfe test. */
const APPROXIMATE_WOLFE_DELTA = 0.1;
/** Relative change of f that the approximate Wolfe test treats as rounding. */
const ROUNDING_ALLOWANCE = 1e-12;

/**
 * L-BFGS on the smooth objective (L2 or no penalty) from a given point and initial inverse Hessian
 * H0 (logistic-warm-start.ts). Every evaluation is one fused pass over the rows (logistic-loss.ts).
 * With a good H0 the first step is nearly a Newton step; later steps scale H0 by s'y / y'H0 y as
 * usual. The history lives in preallocated ring buffers, so the loop allocates nothing.
 *
 * Stops on scipy's L-BFGS-B tests as scikit-learn sets them, the second made stricter: when the
 * largest gradient entry is at most `gradientTol`, or when two consecutive steps (scipy: one) each
 * lower f by at most `ftol` relative to max(|f|, 1) (0 turns that test off). A single small step
 * can be a short one far from the optimum; two in a row are not, and the extra step takes the
 * gradient below where scikit-learn's own fit stops.
 */
export function lbfgs(problem: LogisticProblem, start: { theta: Float64Array; hessianInverse: HessianInverse }, gradientTol: number, maxIter: number, ftol = 0): SmoothSolverResult {
  const { x, fitIntercept } = problem;
  const { p } = x;
  const q = p + 1;
  const theta = Float64Array.from(start.theta);
  const grad = new Float64Array(q);
  const gradNew = new Float64Array(q);
  const thetaNew = new Float64Array(q);
  const direction = new Float64Array(q);
  const h0 = start.hessianInverse;
  const scratch = new Float64Array(q);
  const sHistory = new Float64Array(MEMORY * q);
  const yHistory = new Float64Array(MEMORY * q);
  const rho = new Float64Array(MEMORY);
  const alpha = new Float64Array(MEMORY);
  let stored = 0;
  let newest = -1;
  let gamma = 1;

  let f = lossAndGradient(problem, theta, grad);
  let gradientMax = maxAbs(grad);
  const gradientMax0 = gradientMax;
  // Consecutive steps that lowered f by at most ftol.
  let smallReductions = 0;
  let iterations = 0;
  let converged = gradientMax <= gradientTol;
  while (!converged && iterations < maxIter) {
    iterations++;
    // Two-loop recursion: direction = -H grad, with H0 = gamma times the starting inverse Hessian.
    for (let a = 0; a < q; a++) direction[a] = -grad[a];
    for (let k = 0; k < stored; k++) {
      const slot = (newest - k + MEMORY) % MEMORY;
      const off = slot * q;
      let d = 0;
      for (let a = 0; a < q; a++) d += sHistory[off + a] * direction[a];
      alpha[slot] = rho[slot] * d;
      for (let a = 0; a < q; a++) direction[a] -= alpha[slot] * yHistory[off + a];
    }
    h0.applyInPlace(direction);
    for (let a = 0; a < q; a++) direction[a] *= gamma;
    for (let k = stored - 1; k >= 0; k--) {
      const slot = (newest - k + MEMORY) % MEMORY;
      const off = slot * q;
      let d = 0;
      for (let a = 0; a < q; a++) d += yHistory[off + a] * direction[a];
      const beta = rho[slot] * d;
      for (let a = 0; a < q; a++) direction[a] += sHistory[off + a] * (alpha[slot] - beta);
    }
    if (!fitIntercept) direction[p] = 0;
    let slope = 0;
    for (let a = 0; a < q; a++) slope += grad[a] * direction[a];
    if (!(slope < 0)) {
      // Lost descent (rounding in a long history): restart from the preconditioned gradient.
      stored = 0;
      gamma = 1;
      for (let a = 0; a < q; a++) direction[a] = -grad[a];
      h0.applyInPlace(direction);
      if (!fitIntercept) direction[p] = 0;
      slope = 0;
      for (let a = 0; a < q; a++) slope += grad[a] * direction[a];
    }

    // Backtracking from the full step, shortening by safeguarded quadratic interpolation.
    let t = 1;
    let fNew = f;
    let accepted = false;
    for (let trial = 0; trial < 40; trial++) {
      for (let a = 0; a < q; a++) thetaNew[a] = theta[a] + t * direction[a];
      fNew = lossAndGradient(problem, thetaNew, gradNew);
      if (fNew <= f + ARMIJO * t * slope) { accepted = true; break; }
      // Near the optimum the decrease falls below the rounding of f (a sum over n rows), and the
      // Armijo test turns into a coin toss. Hager and Zhang's approximate Wolfe test decides from
      // the slope instead, which stays accurate: for a convex f, a slope at t no steeper uphill than
      // (1 - 2 delta) |slope at 0| means the step did not overshoot the line's minimum.
      let slopeNew = 0;
      for (let a = 0; a < q; a++) slopeNew += gradNew[a] * direction[a];
      if (fNew <= f + ROUNDING_ALLOWANCE * Math.abs(f) && slopeNew <= -(1 - 2 * APPROXIMATE_WOLFE_DELTA) * slope) { accepted = true; break; }
      const curvature = fNew - f - slope * t;
      const interpolated = curvature > 0 ? (-slope * t * t) / (2 * curvature) : 0.5 * t;
      t = Math.min(0.5 * t, Math.max(0.1 * t, interpolated));
    }
    if (!accepted) {
      // No step along a descent direction lowers f: the rounding floor of f. The optimum is reached
      // if the gradient is already negligible against the one at the start.
      converged = gradientMax <= Math.max(gradientTol, 1e-9 * gradientMax0);
      break;
    }

    const slot = (newest + 1) % MEMORY;
    const off = slot * q;
    let sy = 0;
    for (let a = 0; a < q; a++) {
      const s = thetaNew[a] - theta[a];
      const yv = gradNew[a] - grad[a];
      sHistory[off + a] = s;
      yHistory[off + a] = yv;
      scratch[a] = yv;
      sy += s * yv;
    }
    h0.applyInPlace(scratch);
    let yDy = 0;
    for (let a = 0; a < q; a++) yDy += yHistory[off + a] * scratch[a];
    // The loss is convex, so s'y > 0 except for rounding; such a pair would spoil H.
    if (sy > 1e-16 * yDy && yDy > 0) {
      rho[slot] = 1 / sy;
      newest = slot;
      stored = Math.min(stored + 1, MEMORY);
      gamma = sy / yDy;
    }
    theta.set(thetaNew);
    grad.set(gradNew);
    const reduction = (f - fNew) / Math.max(Math.abs(f), Math.abs(fNew), 1);
    smallReductions = ftol > 0 && reduction <= ftol ? smallReductions + 1 : 0;
    f = fNew;
    gradientMax = maxAbs(grad);
    converged = gradientMax <= gradientTol || smallReductions >= 2;
  }
  return { theta, iterations, converged, objective: f, gradientMax };
}
