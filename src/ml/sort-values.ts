/**
 * Sorts numbers (no NaN) ascending. Bin edges need the order statistics of every feature of the
 * training rows, once per model; a bucket pass over the value range puts each value within a few
 * places of where it belongs, which is several times quicker than a comparison sort for the
 * smooth distributions of lab values and vitals. Crowded buckets (heavy tails, clumps) are sorted
 * with the built-in sort, so the result is always exact.
 *
 * One sorter serves every feature of a training run, reusing its buffers.
 */
export class ValueSorter {
  private sorted = new Float64Array(0);
  private starts = new Int32Array(0);
  private next = new Int32Array(0);

  /** The values in ascending order, in a buffer that the next call reuses. */
  sort(values: Float64Array): Float64Array {
    const m = values.length;
    if (this.sorted.length < m) this.sorted = new Float64Array(m);
    const out = this.sorted.subarray(0, m);
    if (m < 64) { out.set(values); return out.sort(); }
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < m; k++) {
      const v = values[k];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    // About four values per bucket on average.
    const buckets = m >> 2;
    const scale = buckets / (max - min);
    if (!(max > min) || !Number.isFinite(scale) || scale === 0) { out.set(values); return out.sort(); }
    if (this.starts.length < buckets + 1) { this.starts = new Int32Array(buckets + 1); this.next = new Int32Array(buckets + 1); }
    const starts = this.starts;
    const next = this.next;
    starts.fill(0, 0, buckets + 1);
    const last = buckets - 1;
    // The bucket of v is floor((v - min) * scale), capped at the last: monotone in v, so the
    // buckets follow each other in value order.
    for (let k = 0; k < m; k++) {
      const b = Math.floor((values[k] - min) * scale);
      starts[(b < last ? b : last) + 1]++;
    }
    for (let b = 0; b < buckets; b++) { starts[b + 1] += starts[b]; next[b] = starts[b]; }
    for (let k = 0; k < m; k++) {
      const v = values[k];
      const b = Math.floor((v - min) * scale);
      out[next[b < last ? b : last]++] = v;
    }
    for (let b = 0; b < buckets; b++) {
      const lo = starts[b];
      const hi = starts[b + 1];
      if (hi - lo > 32) { out.subarray(lo, hi).sort(); continue; }
      for (let k = lo + 1; k < hi; k++) {
        const v = out[k];
        let j = k - 1;
        while (j >= lo && out[j] > v) { out[j + 1] = out[j]; j--; }
        out[j + 1] = v;
      }
    }
    return out;
  }
}
