import { GalenError } from '../errors/index.ts';
import { log1pExp, sigmoid } from './logistic.ts';
import type { Matrix } from './matrix.ts';
import { seededRandom, shuffle } from './random.ts';

/**
 * Histogram gradient-boosted trees for a binary outcome (log-loss), in the manner of LightGBM and
 * scikit-learn's HistGradientBoostingClassifier: features are cut into at most 255 bins (plus one
 * bin for missing values), trees grow best-first up to a number of leaves, each split picks the
 * side that missing values go to by which gives the larger gain, and boosting can stop early when
 * the log-loss on a held-back validation part stops improving.
 */
export interface GbdtOptions {
  learningRate: number;
  maxIter: number;
  maxLeafNodes: number;
  /** Maximum depth of a tree (edges from the root); Infinity for no limit. */
  maxDepth: number;
  minSamplesLeaf: number;
  l2Regularization: number;
  /** Bins for non-missing values (at most 255). */
  maxBins: number;
  /** 'auto': on when there are more than 10,000 rows (as in scikit-learn). */
  earlyStopping: 'auto' | boolean;
  validationFraction: number;
  nIterNoChange: number;
  tol: number;
  seed: number;
}

export const defaultGbdtOptions: GbdtOptions = {
  learningRate: 0.1,
  maxIter: 100,
  maxLeafNodes: 31,
  maxDepth: Infinity,
  minSamplesLeaf: 20,
  l2Regularization: 0,
  maxBins: 255,
  earlyStopping: 'auto',
  validationFraction: 0.1,
  nIterNoChange: 10,
  tol: 1e-7,
  seed: 0,
};

/**
 * One tree as parallel arrays (JSON-friendly). Node 0 is the root. A leaf has feature -1 and its
 * value; an internal node sends x to `left` when x <= threshold, and a missing x to `left` when
 * `missingLeft` is 1. `cover` is the number of training rows that reached the node (TreeSHAP
 * weighs paths by it).
 */
export interface Tree {
  feature: number[];
  threshold: number[];
  missingLeft: number[];
  left: number[];
  right: number[];
  value: number[];
  cover: number[];
}

export interface GbdtModel {
  /** Log-odds of the training prevalence: the raw output before any tree. */
  baseline: number;
  trees: Tree[];
  featureCount: number;
  /** Validation log-loss after each iteration when early stopping was on. */
  validationLoss?: number[];
}

const MISSING_BIN = 255;

interface Binned {
  /**
   * Column-major bin codes: row i, feature f is `codes[f * n + i]`. Histograms are built one
   * feature at a time, so the histogram being updated (256 bins) stays in the first-level cache.
   */
  codes: Uint8Array;
  /** Per feature, the upper edges of its non-missing bins (bin b holds x <= thresholds[b]). */
  thresholds: Float64Array[];
  n: number;
  p: number;
}

/** Bin edges per feature: midpoints between distinct values, or quantiles when there are too many. */
export function fitBins(x: Matrix, maxBins: number, rows?: Uint32Array): Float64Array[] {
  if (maxBins < 2 || maxBins > 255) throw new GalenError('out_of_range', 'maxBins must be between 2 and 255');
  const { p, data } = x;
  const use = rows ?? Uint32Array.from({ length: x.n }, (_, i) => i);
  const thresholds: Float64Array[] = [];
  const values = new Float64Array(use.length);
  for (let f = 0; f < p; f++) {
    let m = 0;
    for (let k = 0; k < use.length; k++) {
      const v = data[use[k] * p + f];
      if (!Number.isNaN(v)) values[m++] = v;
    }
    const sorted = values.subarray(0, m).slice().sort();
    const distinct: number[] = [];
    for (let k = 0; k < m; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct.push(sorted[k]);
    let edges: number[];
    if (distinct.length <= maxBins) {
      edges = [];
      for (let k = 0; k + 1 < distinct.length; k++) edges.push((distinct[k] + distinct[k + 1]) / 2);
    } else {
      edges = [];
      for (let b = 1; b < maxBins; b++) {
        // Quantile b / maxBins of the sorted values, halfway between the neighbouring order statistics.
        const pos = (b / maxBins) * (m - 1);
        const lo = Math.floor(pos);
        const q = (sorted[lo] + sorted[Math.min(lo + 1, m - 1)]) / 2;
        if (edges.length === 0 || q > edges[edges.length - 1]) edges.push(q);
      }
    }
    // The last bin is open-ended: values above every edge fall into bin edges.length.
    thresholds.push(Float64Array.from(edges));
  }
  return thresholds;
}

function binMatrix(x: Matrix, thresholds: Float64Array[], rows: Uint32Array): Binned {
  const { p, data } = x;
  const n = rows.length;
  const codes = new Uint8Array(n * p);
  for (let f = 0; f < p; f++) {
    const edges = thresholds[f];
    for (let k = 0; k < n; k++) {
      const v = data[rows[k] * p + f];
      let b: number;
      if (Number.isNaN(v)) b = MISSING_BIN;
      else {
        let lo = 0;
        let hi = edges.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (v <= edges[mid]) hi = mid;
          else lo = mid + 1;
        }
        b = lo;
      }
      codes[f * n + k] = b;
    }
  }
  return { codes, thresholds, n, p };
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
  missingLeft: boolean;
  leftG: number; leftH: number; leftCount: number;
}

interface GrowingNode {
  id: number;
  start: number;
  end: number;
  depth: number;
  g: number;
  h: number;
  histogram: Float64Array | null;
  split: Split | null;
}

/** Histogram layout: for feature f and bin b, [g, h, count] at ((f << 8) | b) * 3. */
const histogramSize = (p: number) => p * 256 * 3;

class TreeGrower {
  private readonly pool: Float64Array[] = [];
  private readonly orderedGradients: Float64Array;
  private readonly orderedHessians: Float64Array;
  private readonly orderedRows: Uint32Array;
  constructor(
    private readonly binned: Binned,
    private readonly options: GbdtOptions,
    private readonly gradients: Float64Array,
    private readonly hessians: Float64Array,
    private readonly index: Uint32Array,
    private readonly scratch: Uint32Array,
  ) {
    this.orderedGradients = new Float64Array(binned.n);
    this.orderedHessians = new Float64Array(binned.n);
    this.orderedRows = new Uint32Array(binned.n);
  }

  private takeHistogram(): Float64Array {
    const h = this.pool.pop();
    if (h) { h.fill(0); return h; }
    return new Float64Array(histogramSize(this.binned.p));
  }

  private buildHistogram(start: number, end: number): Float64Array {
    const hist = this.takeHistogram();
    const { codes, p, n } = this.binned;
    const g = this.gradients;
    const h = this.hessians;
    const index = this.index;
    const count = end - start;
    const whole = start === 0 && count === n;
    // Gradients of the node's rows gathered in node order, so each feature pass reads them in sequence.
    const og = this.orderedGradients;
    const oh = this.orderedHessians;
    const rows = this.orderedRows;
    if (!whole) {
      for (let k = 0; k < count; k++) { const i = index[start + k]; rows[k] = i; og[k] = g[i]; oh[k] = h[i]; }
    }
    for (let f = 0; f < p; f++) {
      const base = f * n;
      const o = f * 768;
      if (whole) {
        for (let i = 0; i < n; i++) {
          const b = o + codes[base + i] * 3;
          hist[b] += g[i];
          hist[b + 1] += h[i];
          hist[b + 2] += 1;
        }
      } else {
        for (let k = 0; k < count; k++) {
          const b = o + codes[base + rows[k]] * 3;
          hist[b] += og[k];
          hist[b + 1] += oh[k];
          hist[b + 2] += 1;
        }
      }
    }
    return hist;
  }

  private findSplit(node: GrowingNode): Split | null {
    const o = this.options;
    const count = node.end - node.start;
    if (count < 2 * o.minSamplesLeaf || node.depth >= o.maxDepth) return null;
    const hist = node.histogram!;
    const lambda = o.l2Regularization;
    const parentScore = (node.g * node.g) / (node.h + lambda);
    const minHessian = 1e-3;
    let best: Split | null = null;
    for (let f = 0; f < this.binned.p; f++) {
      const bins = this.binned.thresholds[f].length + 1;
      const mo = ((f << 8) | MISSING_BIN) * 3;
      const mg = hist[mo];
      const mh = hist[mo + 1];
      const mc = hist[mo + 2];
      const directions = mc > 0 ? 2 : 1;
      for (let dir = 0; dir < directions; dir++) {
        // dir 0: missing values go right; dir 1: missing values go left.
        let lg = dir === 1 ? mg : 0;
        let lh = dir === 1 ? mh : 0;
        let lc = dir === 1 ? mc : 0;
        for (let b = 0; b < bins - 1; b++) {
          const hb = ((f << 8) | b) * 3;
          lg += hist[hb];
          lh += hist[hb + 1];
          lc += hist[hb + 2];
          if (lc < o.minSamplesLeaf) continue;
          const rc = count - lc;
          if (rc < o.minSamplesLeaf) break;
          const rh = node.h - lh;
          if (lh < minHessian || rh < minHessian) continue;
          const rg = node.g - lg;
          const gain = (lg * lg) / (lh + lambda) + (rg * rg) / (rh + lambda) - parentScore;
          if (gain > 1e-12 && (best === null || gain > best.gain)) {
            // Without missing values in this node, missing values at prediction time follow the larger child.
            const missingLeft = mc > 0 ? dir === 1 : lc >= rc;
            best = { gain, feature: f, bin: b, missingLeft, leftG: lg, leftH: lh, leftCount: lc };
          }
        }
      }
    }
    return best;
  }

  /** Moves the node's rows so that those going left come first; returns the boundary. */
  private partition(node: GrowingNode, split: Split): number {
    const { codes, n } = this.binned;
    const index = this.index;
    const scratch = this.scratch;
    let l = node.start;
    let r = 0;
    const base = split.feature * n;
    const bin = split.bin;
    const missingLeft = split.missingLeft;
    for (let k = node.start; k < node.end; k++) {
      const i = index[k];
      const c = codes[base + i];
      const goLeft = c === MISSING_BIN ? missingLeft : c <= bin;
      if (goLeft) index[l++] = i;
      else scratch[r++] = i;
    }
    for (let k = 0; k < r; k++) index[l + k] = scratch[k];
    return l;
  }

  grow(nRows: number, rawOut: Float64Array): Tree {
    const o = this.options;
    const tree: Tree = { feature: [], threshold: [], missingLeft: [], left: [], right: [], value: [], cover: [] };
    const addNode = (cover: number) => {
      tree.feature.push(-1); tree.threshold.push(0); tree.missingLeft.push(0);
      tree.left.push(-1); tree.right.push(-1); tree.value.push(0); tree.cover.push(cover);
      return tree.feature.length - 1;
    };
    let g = 0;
    let h = 0;
    for (let k = 0; k < nRows; k++) { const i = this.index[k]; g += this.gradients[i]; h += this.hessians[i]; }
    const root: GrowingNode = { id: addNode(nRows), start: 0, end: nRows, depth: 0, g, h, histogram: null, split: null };
    root.histogram = this.buildHistogram(0, nRows);
    root.split = this.findSplit(root);
    const open: GrowingNode[] = [root];
    const leaves: GrowingNode[] = [];
    let leafCount = 1;
    while (open.length > 0) {
      // Best-first: split the open node with the largest gain.
      let bestAt = -1;
      for (let k = 0; k < open.length; k++) {
        const s = open[k].split;
        if (s && (bestAt < 0 || s.gain > open[bestAt].split!.gain)) bestAt = k;
      }
      if (bestAt < 0 || leafCount >= o.maxLeafNodes) break;
      const node = open.splice(bestAt, 1)[0];
      const split = node.split!;
      const mid = this.partition(node, split);
      const left: GrowingNode = { id: addNode(mid - node.start), start: node.start, end: mid, depth: node.depth + 1, g: split.leftG, h: split.leftH, histogram: null, split: null };
      const right: GrowingNode = { id: addNode(node.end - mid), start: mid, end: node.end, depth: node.depth + 1, g: node.g - split.leftG, h: node.h - split.leftH, histogram: null, split: null };
      tree.feature[node.id] = split.feature;
      tree.threshold[node.id] = split.bin < this.binned.thresholds[split.feature].length ? this.binned.thresholds[split.feature][split.bin] : Infinity;
      tree.missingLeft[node.id] = split.missingLeft ? 1 : 0;
      tree.left[node.id] = left.id;
      tree.right[node.id] = right.id;
      leafCount++;
      // Histogram of the smaller child directly; the larger one is the parent's minus it.
      const [small, large] = left.end - left.start <= right.end - right.start ? [left, right] : [right, left];
      const canSplit = (c: GrowingNode) => c.end - c.start >= 2 * o.minSamplesLeaf && c.depth < o.maxDepth && leafCount < o.maxLeafNodes;
      if (canSplit(small) || canSplit(large)) {
        small.histogram = this.buildHistogram(small.start, small.end);
        const parent = node.histogram!;
        const sh = small.histogram;
        for (let k = 0; k < parent.length; k++) parent[k] -= sh[k];
        large.histogram = parent;
        node.histogram = null;
        for (const c of [small, large]) {
          c.split = canSplit(c) ? this.findSplit(c) : null;
          if (c.split) open.push(c);
          else { leaves.push(c); this.release(c); }
        }
      } else {
        this.release(node);
        leaves.push(left, right);
      }
    }
    for (const node of open) { leaves.push(node); this.release(node); }
    const lambda = o.l2Regularization;
    for (const leaf of leaves) {
      const value = (-o.learningRate * leaf.g) / (leaf.h + lambda);
      tree.value[leaf.id] = value;
      for (let k = leaf.start; k < leaf.end; k++) rawOut[this.index[k]] += value;
    }
    return tree;
  }

  private release(node: GrowingNode): void {
    if (node.histogram) { this.pool.push(node.histogram); node.histogram = null; }
  }
}

/** Trains boosted trees on a matrix whose missing values are NaN. */
export function fitGbdt(x: Matrix, y: Uint8Array, options: Partial<GbdtOptions> = {}): GbdtModel {
  const o: GbdtOptions = { ...defaultGbdtOptions, ...options };
  if (x.n !== y.length) throw new GalenError('invalid_input', `X has ${x.n} rows but y has ${y.length}`);
  if (o.maxLeafNodes < 2) throw new GalenError('out_of_range', 'maxLeafNodes must be at least 2');
  const earlyStopping = o.earlyStopping === 'auto' ? x.n > 10_000 : o.earlyStopping;

  // Stratified validation part for early stopping.
  let trainRows: Uint32Array;
  let validRows: Uint32Array = new Uint32Array(0);
  if (earlyStopping) {
    const random = seededRandom(o.seed);
    const train: number[] = [];
    const valid: number[] = [];
    for (const cls of [0, 1]) {
      const members = shuffle(Uint32Array.from({ length: x.n }, (_, i) => i).filter((i) => y[i] === cls), random);
      const nValid = Math.round(members.length * o.validationFraction);
      for (let k = 0; k < members.length; k++) (k < nValid ? valid : train).push(members[k]);
    }
    trainRows = Uint32Array.from(train.sort((a, b) => a - b));
    validRows = Uint32Array.from(valid.sort((a, b) => a - b));
  } else {
    trainRows = Uint32Array.from({ length: x.n }, (_, i) => i);
  }
  const n = trainRows.length;
  let positives = 0;
  const yTrain = new Uint8Array(n);
  for (let k = 0; k < n; k++) { yTrain[k] = y[trainRows[k]]; positives += yTrain[k]; }
  if (positives === 0 || positives === n) throw new GalenError('invalid_input', 'the outcome has only one class in the training rows');

  const thresholds = fitBins(x, Math.min(o.maxBins, 255), trainRows);
  const binned = binMatrix(x, thresholds, trainRows);
  const validBinned = earlyStopping ? binMatrix(x, thresholds, validRows) : null;
  const yValid = Uint8Array.from(validRows, (i) => y[i]);

  const prior = positives / n;
  const baseline = Math.log(prior / (1 - prior));
  const raw = new Float64Array(n).fill(baseline);
  const validRaw = new Float64Array(validRows.length).fill(baseline);
  const gradients = new Float64Array(n);
  const hessians = new Float64Array(n);
  const index = new Uint32Array(n);
  const scratch = new Uint32Array(n);
  const trees: Tree[] = [];
  const validationLoss: number[] = [];
  if (validBinned) validationLoss.push(meanLogLoss(validRaw, yValid));

  for (let iteration = 0; iteration < o.maxIter; iteration++) {
    for (let i = 0; i < n; i++) {
      const pi = sigmoid(raw[i]);
      gradients[i] = pi - yTrain[i];
      hessians[i] = pi * (1 - pi);
      index[i] = i;
    }
    const grower = new TreeGrower(binned, o, gradients, hessians, index, scratch);
    const tree = grower.grow(n, raw);
    trees.push(tree);
    if (tree.feature[0] === -1 && tree.value[0] === 0) break;
    if (validBinned) {
      addTreeBinned(tree, validBinned, validRaw);
      validationLoss.push(meanLogLoss(validRaw, yValid));
      if (shouldStop(validationLoss, o.nIterNoChange, o.tol)) break;
    }
  }
  return { baseline, trees, featureCount: x.p, ...(validBinned ? { validationLoss } : {}) };
}

/** scikit-learn's rule: stop when none of the last k scores beats the one before them by more than tol. */
function shouldStop(losses: number[], k: number, tol: number): boolean {
  if (losses.length <= k) return false;
  const reference = losses[losses.length - k - 1];
  for (let i = losses.length - k; i < losses.length; i++) if (losses[i] < reference - tol) return false;
  return true;
}

function meanLogLoss(raw: Float64Array, y: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < raw.length; i++) s += log1pExp(raw[i]) - (y[i] ? raw[i] : 0);
  return s / Math.max(1, raw.length);
}

function addTreeBinned(tree: Tree, binned: Binned, raw: Float64Array): void {
  const { codes, n, thresholds } = binned;
  // Bin indexes of each internal node's threshold, so binned rows can walk the tree.
  const binOf = tree.feature.map((f, node) => {
    if (f < 0) return -1;
    const edges = thresholds[f];
    const t = tree.threshold[node];
    if (t === Infinity) return edges.length;
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (edges[mid] < t) lo = mid + 1; else hi = mid; }
    return lo;
  });
  for (let i = 0; i < binned.n; i++) {
    let node = 0;
    while (tree.feature[node] >= 0) {
      const c = codes[tree.feature[node] * n + i];
      const goLeft = c === MISSING_BIN ? tree.missingLeft[node] === 1 : c <= binOf[node];
      node = goLeft ? tree.left[node] : tree.right[node];
    }
    raw[i] += tree.value[node];
  }
}

/** The leaf a row reaches in a tree (row given as a slice of a row-major matrix). */
export function leafOf(tree: Tree, data: Float64Array, offset: number): number {
  let node = 0;
  while (tree.feature[node] >= 0) {
    const v = data[offset + tree.feature[node]];
    const goLeft = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node];
    node = goLeft ? tree.left[node] : tree.right[node];
  }
  return node;
}

/** Raw outputs (log-odds) for every row. */
export function gbdtRaw(model: GbdtModel, x: Matrix): Float64Array {
  if (x.p !== model.featureCount) throw new GalenError('invalid_input', `the model expects ${model.featureCount} features, got ${x.p}`);
  const out = new Float64Array(x.n).fill(model.baseline);
  for (const tree of model.trees) {
    for (let i = 0; i < x.n; i++) out[i] += tree.value[leafOf(tree, x.data, i * x.p)];
  }
  return out;
}
