import type { BinnedRows } from './binning.ts';

/**
 * Gradient histograms of tree nodes: for histogram slot s (see BinLayout), the sums of gradient and
 * hessian and the row count at [3s, 3s + 1, 3s + 2]. Building them is most of the training time.
 */

/**
 * Adds rows[start..end) into `hist`. `gradHess` holds each row's gradient and hessian as a pair
 * ([2i], [2i + 1]), so one read brings both. Within a bin, rows are added in the order given, so
 * the sums do not depend on how the loop is arranged.
 */
export function accumulateRows(hist: Float64Array, binned: BinnedRows, gradHess: Float64Array, rows: Uint32Array, start: number, end: number): void {
  const { slots, p } = binned;
  // Two rows per step: a node's rows are scattered, and taking two at once lets the memory reads
  // of both be under way together. Four features per step keep more additions in flight. The
  // first row's addition to a bin still comes before the second's.
  const p4 = p - (p & 3);
  let k = start;
  for (; k + 1 < end; k += 2) {
    const i = rows[k];
    const j = rows[k + 1];
    const gi = gradHess[2 * i];
    const hi = gradHess[2 * i + 1];
    const gj = gradHess[2 * j];
    const hj = gradHess[2 * j + 1];
    const ai = i * p;
    const aj = j * p;
    let f = 0;
    for (; f < p4; f += 4) {
      const si0 = slots[ai + f] * 3;
      const si1 = slots[ai + f + 1] * 3;
      const si2 = slots[ai + f + 2] * 3;
      const si3 = slots[ai + f + 3] * 3;
      const sj0 = slots[aj + f] * 3;
      const sj1 = slots[aj + f + 1] * 3;
      const sj2 = slots[aj + f + 2] * 3;
      const sj3 = slots[aj + f + 3] * 3;
      hist[si0] += gi; hist[si0 + 1] += hi; hist[si0 + 2] += 1;
      hist[si1] += gi; hist[si1 + 1] += hi; hist[si1 + 2] += 1;
      hist[si2] += gi; hist[si2 + 1] += hi; hist[si2 + 2] += 1;
      hist[si3] += gi; hist[si3 + 1] += hi; hist[si3 + 2] += 1;
      hist[sj0] += gj; hist[sj0 + 1] += hj; hist[sj0 + 2] += 1;
      hist[sj1] += gj; hist[sj1 + 1] += hj; hist[sj1 + 2] += 1;
      hist[sj2] += gj; hist[sj2 + 1] += hj; hist[sj2 + 2] += 1;
      hist[sj3] += gj; hist[sj3 + 1] += hj; hist[sj3 + 2] += 1;
    }
    for (; f < p; f++) {
      const si = slots[ai + f] * 3;
      const sj = slots[aj + f] * 3;
      hist[si] += gi; hist[si + 1] += hi; hist[si + 2] += 1;
      hist[sj] += gj; hist[sj + 1] += hj; hist[sj + 2] += 1;
    }
  }
  if (k < end) {
    const i = rows[k];
    const g = gradHess[2 * i];
    const h = gradHess[2 * i + 1];
    for (let f = 0, at = i * p; f < p; f++) {
      const s = slots[at + f] * 3;
      hist[s] += g; hist[s + 1] += h; hist[s + 2] += 1;
    }
  }
}

/**
 * The histogram of all rows (the root's), in row order; returns the sums of gradient and hessian
 * in `totals`. Its counts are the same in every iteration, so they are copied in rather than
 * counted, and the sums go first into `pairs` ([g, h] per slot, 2 * slotCount long): a third
 * smaller than the histogram and without the untouched counts in between, which makes this, the
 * busiest pass, about a third quicker.
 */
export function accumulateAllRows(hist: Float64Array, binned: BinnedRows, gradHess: Float64Array, pairs: Float64Array, totals: Float64Array): void {
  const { slots, p, n, slotRows } = binned;
  pairs.fill(0);
  const p4 = p - (p & 3);
  let sumG = 0;
  let sumH = 0;
  let i = 0;
  // Two rows per step, as in accumulateRows.
  for (; i + 1 < n; i += 2) {
    const gi = gradHess[2 * i];
    const hi = gradHess[2 * i + 1];
    const gj = gradHess[2 * i + 2];
    const hj = gradHess[2 * i + 3];
    sumG += gi;
    sumH += hi;
    sumG += gj;
    sumH += hj;
    const ai = i * p;
    const aj = ai + p;
    let f = 0;
    for (; f < p4; f += 4) {
      const si0 = slots[ai + f] * 2;
      const si1 = slots[ai + f + 1] * 2;
      const si2 = slots[ai + f + 2] * 2;
      const si3 = slots[ai + f + 3] * 2;
      const sj0 = slots[aj + f] * 2;
      const sj1 = slots[aj + f + 1] * 2;
      const sj2 = slots[aj + f + 2] * 2;
      const sj3 = slots[aj + f + 3] * 2;
      pairs[si0] += gi; pairs[si0 + 1] += hi;
      pairs[si1] += gi; pairs[si1 + 1] += hi;
      pairs[si2] += gi; pairs[si2 + 1] += hi;
      pairs[si3] += gi; pairs[si3 + 1] += hi;
      pairs[sj0] += gj; pairs[sj0 + 1] += hj;
      pairs[sj1] += gj; pairs[sj1 + 1] += hj;
      pairs[sj2] += gj; pairs[sj2 + 1] += hj;
      pairs[sj3] += gj; pairs[sj3 + 1] += hj;
    }
    for (; f < p; f++) {
      const si = slots[ai + f] * 2;
      const sj = slots[aj + f] * 2;
      pairs[si] += gi; pairs[si + 1] += hi;
      pairs[sj] += gj; pairs[sj + 1] += hj;
    }
  }
  if (i < n) {
    const g = gradHess[2 * i];
    const h = gradHess[2 * i + 1];
    sumG += g;
    sumH += h;
    for (let f = 0, at = i * p; f < p; f++) {
      const s = slots[at + f] * 2;
      pairs[s] += g; pairs[s + 1] += h;
    }
  }
  for (let s = 0; s < slotRows.length; s++) {
    hist[3 * s] = pairs[2 * s];
    hist[3 * s + 1] = pairs[2 * s + 1];
    hist[3 * s + 2] = slotRows[s];
  }
  totals[0] = sumG;
  totals[1] = sumH;
}

/** parent -= child, leaving in `parent` the histogram of the child's sibling. */
export function subtractInto(parent: Float64Array, child: Float64Array): void {
  for (let k = 0, end = parent.length; k < end; k++) parent[k] -= child[k];
}

/** Histogram buffers reused across the nodes and trees of one training run. */
export class HistogramPool {
  private readonly free: Float64Array[] = [];
  constructor(private readonly slotCount: number) {}

  /** A zeroed histogram. */
  take(): Float64Array {
    const hist = this.free.pop();
    if (!hist) return new Float64Array(this.slotCount * 3);
    hist.fill(0);
    return hist;
  }

  give(hist: Float64Array): void {
    this.free.push(hist);
  }
}
