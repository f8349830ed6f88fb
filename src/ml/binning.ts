import { GalenError } from '../errors/index.ts';
import type { Matrix } from './matrix.ts';
import { ValueSorter } from './sort-values.ts';

/**
 * Cutting features into bins for histogram gradient boosting (as LightGBM and scikit-learn's
 * HistGradientBoosting do): each feature gets at most 255 bins for its values plus one for missing
 * values, and every training row is stored as the bin of each of its features.
 */

/**
 * Where each feature's bins sit in a histogram. Features take only the slots they need (a binary
 * flag takes three: two values and missing), so histograms stay small enough to sit in cache.
 * Feature f owns slots offsets[f] .. offsets[f + 1] - 1; the last of them is its missing-value bin.
 */
export interface BinLayout {
  p: number;
  offsets: Int32Array;
  /** Per feature, the upper edges of its non-missing bins (bin b holds x <= thresholds[b]). */
  thresholds: Float64Array[];
  slotCount: number;
}

/** Feature-major bins: feature f, row i is `bins[f * n + i]` (the missing-value bin is the feature's last). */
export interface BinnedColumns {
  n: number;
  p: number;
  bins: Uint8Array;
  layout: BinLayout;
}

/**
 * Training rows binned both ways. Splitting a node reads one feature of many rows, which the
 * feature-major bins keep together; building a histogram reads every feature of a node's rows.
 */
export interface BinnedRows extends BinnedColumns {
  /**
   * Row-major histogram slots: row i, feature f is `slots[i * p + f]` = `offsets[f] + bin`.
   * Row-major because a node's histogram is built from a scattered subset of rows: one row's bins
   * share a cache line, and successive additions go to different features' bins, so none waits for
   * the previous one to be stored (binary features would otherwise add into the same two bins row
   * after row).
   */
  slots: Uint16Array | Uint32Array;
  /** Rows in each histogram slot over all rows: the root's counts, the same in every iteration. */
  slotRows: Float64Array;
}

export function binLayout(thresholds: Float64Array[]): BinLayout {
  const p = thresholds.length;
  const offsets = new Int32Array(p + 1);
  for (let f = 0; f < p; f++) offsets[f + 1] = offsets[f] + thresholds[f].length + 2;
  return { p, offsets, thresholds, slotCount: offsets[p] };
}

/** Features gathered per pass over the matrix (two cache lines of a row), bounding the buffer. */
const COLUMNS_PER_PASS = 16;

/**
 * Calls `use` with each feature's values over the chosen rows, in feature order. Columns are
 * gathered a few at a time into one reused buffer, so the row-major matrix is read about once
 * however many features it has.
 */
function forEachColumn(x: Matrix, rows: Uint32Array, use: (f: number, column: Float64Array) => void): void {
  const { p, data } = x;
  const n = rows.length;
  const buffer = new Float64Array(n * Math.min(p, COLUMNS_PER_PASS));
  for (let f0 = 0; f0 < p; f0 += COLUMNS_PER_PASS) {
    const width = Math.min(COLUMNS_PER_PASS, p - f0);
    for (let k = 0; k < n; k++) {
      const at = rows[k] * p + f0;
      for (let j = 0, o = k; j < width; j++, o += n) buffer[o] = data[at + j];
    }
    for (let j = 0; j < width; j++) use(f0 + j, buffer.subarray(j * n, (j + 1) * n));
  }
}

function allRows(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

/** Bin edges per feature: midpoints between distinct values, or quantiles when there are too many. */
export function fitBins(x: Matrix, maxBins: number, rows?: Uint32Array): Float64Array[] {
  const use = rows ?? allRows(x.n);
  const edgeFitter = new EdgeFitter(maxBins, use.length);
  const thresholds: Float64Array[] = [];
  forEachColumn(x, use, (_, column) => thresholds.push(edgeFitter.fit(column)));
  return thresholds;
}

/** Fits bin edges one feature at a time, reusing its buffers. */
class EdgeFitter {
  private readonly values: Float64Array;
  private readonly distinct: DistinctValues;
  private readonly sorter = new ValueSorter();

  constructor(private readonly maxBins: number, n: number) {
    if (maxBins < 2 || maxBins > 255) throw new GalenError('out_of_range', 'maxBins must be between 2 and 255');
    this.values = new Float64Array(n);
    this.distinct = new DistinctValues(maxBins);
  }

  fit(column: Float64Array): Float64Array {
    const { values, maxBins } = this;
    let m = 0;
    for (let k = 0; k < column.length; k++) {
      const v = column[k];
      if (v === v) values[m++] = v;
    }
    // Few distinct values (flags, categories, whole-number ages) are found without sorting every value.
    const few = this.distinct.collect(values, m);
    const edges: number[] = [];
    if (few) {
      for (let k = 0; k + 1 < few.length; k++) edges.push((few[k] + few[k + 1]) / 2);
    } else {
      const sorted = this.sorter.sort(values.subarray(0, m));
      for (let b = 1; b < maxBins; b++) {
        // Quantile b / maxBins of the sorted values, halfway between the neighbouring order statistics.
        const pos = (b / maxBins) * (m - 1);
        const lo = Math.floor(pos);
        const q = (sorted[lo] + sorted[Math.min(lo + 1, m - 1)]) / 2;
        if (edges.length === 0 || q > edges[edges.length - 1]) edges.push(q);
      }
    }
    // The last bin is open-ended: values above every edge fall into bin edges.length.
    return Float64Array.from(edges);
  }
}

/**
 * The sorted distinct values of a feature when there are at most `limit` of them, found with an
 * open-addressing hash set; null as soon as there are more.
 */
class DistinctValues {
  private readonly table: Float64Array;
  private readonly filled: Uint8Array;
  private readonly mask: number;
  private readonly found: Float64Array;
  /** A value and the two 32-bit halves of its bits, to hash it. */
  private readonly probe = new Float64Array(1);
  private readonly probeBits = new Uint32Array(this.probe.buffer);

  constructor(private readonly limit: number) {
    let size = 16;
    while (size < 4 * limit) size <<= 1;
    this.table = new Float64Array(size);
    this.filled = new Uint8Array(size);
    this.mask = size - 1;
    this.found = new Float64Array(limit);
  }

  collect(values: Float64Array, m: number): Float64Array | null {
    const { table, filled, mask, found, probe, probeBits } = this;
    filled.fill(0);
    let count = 0;
    let last = Number.NaN;
    for (let k = 0; k < m; k++) {
      // -0 and 0 are one value; adding 0 turns -0 into 0 so they hash alike.
      const v = values[k] + 0;
      if (v === last) continue;
      last = v;
      probe[0] = v;
      let at = Math.imul(probeBits[0] ^ Math.imul(probeBits[1], 0x9e3779b1), 0x85ebca6b) >>> 0;
      at = (at ^ (at >>> 15)) & mask;
      while (filled[at] === 1 && table[at] !== v) at = (at + 1) & mask;
      if (filled[at] === 1) continue;
      if (count === this.limit) return null;
      filled[at] = 1;
      table[at] = v;
      found[count++] = v;
    }
    return found.slice(0, count).sort();
  }
}

/** Cells of the edges' range for binColumn: enough that most cells hold at most one edge. */
const LOOKUP_CELLS = 1024;

/**
 * Writes the bin of every value of a column (the number of edges below it; missing values get
 * `edges.length + 1`) and adds the rows per bin to `counts`. To find a bin in a step or two, the
 * range of the edges is cut into equal cells, each knowing which edges can hold its values, and a
 * binary search runs over those few: exact for any value, however unevenly the edges are spread.
 */
function binColumn(column: Float64Array, edges: Float64Array, first: Uint16Array, out: Uint8Array, counts: Int32Array): void {
  const e = edges.length;
  const low = e > 0 ? edges[0] : 0;
  const range = e > 1 ? LOOKUP_CELLS / (edges[e - 1] - edges[0]) : 0;
  // Without a usable scale every value lands in cell 0, which then spans all edges.
  const scale = Number.isFinite(range) ? range : 0;
  const last = LOOKUP_CELLS - 1;
  // first[c] = edges whose cell is below c. The cell is monotone in the value, so a value in cell c
  // lies above the first[c] edges and at or below every edge from first[c + 1] on.
  first.fill(0);
  for (let k = 0; k < e; k++) {
    const c = Math.floor((edges[k] - low) * scale);
    first[(c > 0 ? (c < last ? c : last) : 0) + 1]++;
  }
  for (let c = 1; c <= LOOKUP_CELLS; c++) first[c] += first[c - 1];
  const missing = e + 1;
  for (let k = 0; k < column.length; k++) {
    const v = column[k];
    let bin: number;
    if (v !== v) bin = missing;
    else {
      const c = Math.floor((v - low) * scale);
      const cell = c > 0 ? (c < last ? c : last) : 0;
      let lo = first[cell];
      let hi = first[cell + 1];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v <= edges[mid]) hi = mid;
        else lo = mid + 1;
      }
      bin = lo;
    }
    out[k] = bin;
    counts[bin]++;
  }
}

/** Bins the chosen rows of a matrix with the given edges (validation rows, with the training rows' edges). */
export function binColumns(x: Matrix, layout: BinLayout, rows: Uint32Array): BinnedColumns {
  const n = rows.length;
  const bins = new Uint8Array(n * x.p);
  // Rows per bin are not needed here; one scratch array takes them.
  const counts = new Int32Array(256);
  const first = new Uint16Array(LOOKUP_CELLS + 1);
  forEachColumn(x, rows, (f, column) => {
    binColumn(column, layout.thresholds[f], first, bins.subarray(f * n, (f + 1) * n), counts);
  });
  return { n, p: x.p, bins, layout };
}

/** Fits the bins on the training rows and bins them, reading the matrix once. */
export function fitAndBin(x: Matrix, maxBins: number, rows: Uint32Array): BinnedRows {
  const n = rows.length;
  const edgeFitter = new EdgeFitter(maxBins, n);
  const thresholds: Float64Array[] = [];
  const bins = new Uint8Array(n * x.p);
  const counts = new Int32Array(256 * x.p);
  const first = new Uint16Array(LOOKUP_CELLS + 1);
  forEachColumn(x, rows, (f, column) => {
    const edges = edgeFitter.fit(column);
    thresholds.push(edges);
    binColumn(column, edges, first, bins.subarray(f * n, (f + 1) * n), counts.subarray(f * 256, (f + 1) * 256));
  });
  return interleave(bins, counts, n, binLayout(thresholds));
}

/** Adds the row-major slots and the root's counts to feature-major bins (`counts[f * 256 + b]`: rows in bin b of feature f). */
function interleave(bins: Uint8Array, counts: Int32Array, n: number, layout: BinLayout): BinnedRows {
  const { p, offsets } = layout;
  const slotRows = new Float64Array(layout.slotCount);
  for (let f = 0; f < p; f++) {
    for (let b = 0; b < offsets[f + 1] - offsets[f]; b++) slotRows[offsets[f] + b] = counts[f * 256 + b];
  }
  // One pass: p sequential reads, one sequential write.
  const slots = layout.slotCount <= 0x10000 ? new Uint16Array(n * p) : new Uint32Array(n * p);
  for (let i = 0, o = 0; i < n; i++) {
    for (let f = 0, k = i; f < p; f++, k += n, o++) slots[o] = offsets[f] + bins[k];
  }
  return { n, p, slots, bins, slotRows, layout };
}
