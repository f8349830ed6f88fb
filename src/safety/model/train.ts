/**
 * Training of the safety net's binary heads: L2-penalised logistic regression over sparse hashed
 * features, fitted by full-batch Adam (deterministic: same data, same weights), with classes
 * weighted to equal total weight so that rare positives (self-harm, other-person requests) count.
 * Used by bench/train-triage-model.ts; the shipped model is never retrained by tests.
 */
import { featureBuckets } from './features.ts';
import type { SparseRow } from './features.ts';

export interface TrainOptions {
  /** L2 penalty per example-weight unit (larger = smoother weights). */
  l2: number;
  iterations: number;
  learningRate: number;
}

export const defaultTrainOptions: TrainOptions = { l2: 1e-4, iterations: 400, learningRate: 0.05 };

export interface BinaryHead {
  bias: number;
  /** Dense weights over all hash buckets. */
  weights: Float64Array;
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function scoreRow(head: { bias: number; weights: ArrayLike<number> }, row: SparseRow): number {
  let z = head.bias;
  for (let k = 0; k < row.index.length; k++) z += head.weights[row.index[k]] * row.value[k];
  return sigmoid(z);
}

export function trainBinary(rows: SparseRow[], labels: Uint8Array, options: Partial<TrainOptions> = {}): BinaryHead {
  const o = { ...defaultTrainOptions, ...options };
  const n = rows.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i];
  // Each class carries half of the total weight.
  const wPos = positives === 0 ? 0 : 0.5 / positives;
  const wNeg = positives === n ? 0 : 0.5 / (n - positives);
  const weights = new Float64Array(featureBuckets);
  const grad = new Float64Array(featureBuckets);
  const m1 = new Float64Array(featureBuckets);
  const m2 = new Float64Array(featureBuckets);
  // Only buckets that occur in the data can move; the rest stay exactly zero.
  const active = [...new Set(rows.flatMap((r) => [...r.index]))].sort((a, b) => a - b);
  let bias = 0;
  let b1 = 0;
  let b2 = 0;
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= o.iterations; t++) {
    for (const j of active) grad[j] = o.l2 * weights[j];
    let gBias = 0;
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      const p = scoreRow({ bias, weights }, row);
      const g = (p - labels[i]) * (labels[i] ? wPos : wNeg);
      gBias += g;
      for (let k = 0; k < row.index.length; k++) grad[row.index[k]] += g * row.value[k];
    }
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (const j of active) {
      m1[j] = beta1 * m1[j] + (1 - beta1) * grad[j];
      m2[j] = beta2 * m2[j] + (1 - beta2) * grad[j] * grad[j];
      weights[j] -= (o.learningRate * (m1[j] / c1)) / (Math.sqrt(m2[j] / c2) + 1e-8);
    }
    b1 = beta1 * b1 + (1 - beta1) * gBias;
    b2 = beta2 * b2 + (1 - beta2) * gBias * gBias;
    bias -= (o.learningRate * (b1 / c1)) / (Math.sqrt(b2 / c2) + 1e-8);
  }
  return { bias, weights };
}

/** Fold of a group id (a vignette and its reassured rephrasing share one group), stable across runs. */
export function foldOf(group: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}

/** Out-of-fold probabilities: each example scored by a head trained without its fold. */
export function crossValidate(rows: SparseRow[], labels: Uint8Array, groups: string[], folds: number, options: Partial<TrainOptions> = {}): Float64Array {
  const oof = new Float64Array(rows.length);
  const foldIds = groups.map((g) => foldOf(g, folds));
  for (let f = 0; f < folds; f++) {
    const train = rows.map((_, i) => i).filter((i) => foldIds[i] !== f);
    const head = trainBinary(
      train.map((i) => rows[i]),
      Uint8Array.from(train.map((i) => labels[i])),
      options,
    );
    rows.forEach((row, i) => {
      if (foldIds[i] === f) oof[i] = scoreRow(head, row);
    });
  }
  return oof;
}
