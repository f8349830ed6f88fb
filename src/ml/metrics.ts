import { GalenError } from '../errors/index.ts';
import { fitLogistic } from './logistic.ts';
import { matrix } from './matrix.ts';

/**
 * Discrimination and calibration measures for a binary outcome, from predicted probabilities.
 * Every function takes `scores` (probabilities, or any score for the rank-based ones) and `y` (0/1).
 */

function counts(y: ArrayLike<number>): { positives: number; negatives: number } {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i] ? 1 : 0;
  return { positives, negatives: y.length - positives };
}

/** Mid-ranks (1-based, ties share the mean rank) of the values. */
function midRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Area under the ROC curve (the probability that a random case outranks a random non-case, ties counting half). */
export function auroc(scores: ArrayLike<number>, y: ArrayLike<number>): number {
  const { positives, negatives } = counts(y);
  if (positives === 0 || negatives === 0) return Number.NaN;
  const ranks = midRanks(scores);
  let sum = 0;
  for (let i = 0; i < y.length; i++) if (y[i]) sum += ranks[i];
  return (sum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * AUROC with its DeLong (1988) standard error and 95% confidence interval: the variance is built
 * from each case's and each non-case's placement values (the share of the other class it outranks),
 * computed here from mid-ranks (Sun & Xu 2014) in O(n log n).
 */
export function aurocDeLong(scores: ArrayLike<number>, y: ArrayLike<number>, level = 0.95): { auroc: number; se: number; ci: [number, number] } {
  const { positives: m, negatives: n } = counts(y);
  if (m < 2 || n < 2) return { auroc: auroc(scores, y), se: Number.NaN, ci: [Number.NaN, Number.NaN] };
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < y.length; i++) (y[i] ? pos : neg).push(scores[i]);
  const all = midRanks(scores);
  const rPos = midRanks(pos);
  const rNeg = midRanks(neg);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let a = 0;
  let b = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i]) { v10[a] = (all[i] - rPos[a]) / n; a++; }
    else { v01[b] = 1 - (all[i] - rNeg[b]) / m; b++; }
  }
  const mean = (v: Float64Array) => v.reduce((s, x) => s + x, 0) / v.length;
  const variance = (v: Float64Array) => { const mu = mean(v); return v.reduce((s, x) => s + (x - mu) * (x - mu), 0) / (v.length - 1); };
  const auc = mean(v10);
  const se = Math.sqrt(variance(v10) / m + variance(v01) / n);
  const z = normalQuantile(0.5 + level / 2);
  return { auroc: auc, se, ci: [Math.max(0, auc - z * se), Math.min(1, auc + z * se)] };
}

/** Inverse of the standard normal distribution function (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new GalenError('out_of_range', 'probability must be in (0, 1)');
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * Area under the precision-recall curve as average precision: the mean of the precision at each
 * case's rank, with tied scores taken as one threshold (scikit-learn's average_precision_score).
 */
export function auprc(scores: ArrayLike<number>, y: ArrayLike<number>): number {
  const { positives } = counts(y);
  if (positives === 0) return Number.NaN;
  const order = Uint32Array.from({ length: y.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let previousRecall = 0;
  let k = 0;
  while (k < order.length) {
    const s = scores[order[k]];
    while (k < order.length && scores[order[k]] === s) { if (y[order[k]]) tp++; else fp++; k++; }
    const recall = tp / positives;
    ap += (recall - previousRecall) * (tp / (tp + fp));
    previousRecall = recall;
  }
  return ap;
}

/** Mean squared difference between predicted probability and outcome. */
export function brier(probabilities: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) { const d = probabilities[i] - (y[i] ? 1 : 0); s += d * d; }
  return s / y.length;
}

const clampProbability = (p: number) => Math.min(1 - 1e-12, Math.max(1e-12, p));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Logistic recalibration (Cox 1958; Van Calster et al. 2016): the slope is b in
 * logit P(y=1) = a + b * logit(p); the intercept is a with the slope fixed at 1 (calibration in the
 * large). A perfectly calibrated model has slope 1 and intercept 0; a slope below 1 means the
 * predictions are too extreme (overfitting).
 */
export function calibration(probabilities: ArrayLike<number>, y: ArrayLike<number>): { slope: number; intercept: number } {
  const { positives, negatives } = counts(y);
  if (positives === 0 || negatives === 0) return { slope: Number.NaN, intercept: Number.NaN };
  const n = y.length;
  const lp = Float64Array.from({ length: n }, (_, i) => logit(clampProbability(probabilities[i])));
  const yy = Uint8Array.from({ length: n }, (_, i) => (y[i] ? 1 : 0));
  const fit = fitLogistic(matrix(n, 1, lp), yy, { penalty: 'none', solver: 'newton' });
  // Intercept with the linear predictor as an offset: one-dimensional Newton on sum(sigmoid(a + lp) - y) = 0.
  let a = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let g = 0;
    let h = 0;
    for (let i = 0; i < n; i++) { const p = 1 / (1 + Math.exp(-(a + lp[i]))); g += p - yy[i]; h += p * (1 - p); }
    const step = g / Math.max(h, 1e-12);
    a -= step;
    if (Math.abs(step) < 1e-12) break;
  }
  return { slope: fit.coef[0], intercept: a };
}

export interface ThresholdMetrics {
  threshold: number;
  sensitivity: number | null;
  specificity: number | null;
  ppv: number | null;
  npv: number | null;
  /** Rows at or above the threshold (flagged). */
  flagged: number;
}

/** Sensitivity, specificity, PPV and NPV when rows with probability >= threshold are called positive. */
export function atThreshold(probabilities: ArrayLike<number>, y: ArrayLike<number>, threshold: number): ThresholdMetrics {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < y.length; i++) {
    const flagged = probabilities[i] >= threshold;
    if (y[i]) { if (flagged) tp++; else fn++; } else if (flagged) fp++; else tn++;
  }
  const ratio = (a: number, b: number) => (a + b === 0 ? null : a / (a + b));
  return { threshold, sensitivity: ratio(tp, fn), specificity: ratio(tn, fp), ppv: ratio(tp, fp), npv: ratio(tn, fn), flagged: tp + fp };
}

export interface ReliabilityBin {
  meanPredicted: number;
  observed: number;
  n: number;
}

/** Rows grouped into (about) equal-sized bins of predicted risk: mean prediction beside the observed rate. */
export function reliabilityBins(probabilities: ArrayLike<number>, y: ArrayLike<number>, bins = 10): ReliabilityBin[] {
  const n = y.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => probabilities[a] - probabilities[b]);
  const out: ReliabilityBin[] = [];
  const k = Math.max(1, Math.min(bins, Math.floor(n / 5) || 1));
  for (let b = 0; b < k; b++) {
    const start = Math.floor((b * n) / k);
    const end = Math.floor(((b + 1) * n) / k);
    if (end <= start) continue;
    let sp = 0;
    let sy = 0;
    for (let j = start; j < end; j++) { sp += probabilities[order[j]]; sy += y[order[j]] ? 1 : 0; }
    out.push({ meanPredicted: sp / (end - start), observed: sy / (end - start), n: end - start });
  }
  return out;
}
