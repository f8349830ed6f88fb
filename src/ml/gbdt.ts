import { GalenError } from '../errors/index.ts';
import { binColumns, fitAndBin, type BinnedColumns } from './binning.ts';
import { log1pExp } from './logistic.ts';
import type { Matrix } from './matrix.ts';
import { seededRandom, shuffle } from './random.ts';
import { TreeGrower } from './tree-grower.ts';

export { fitBins } from './binning.ts';

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

/** Trains boosted trees on a matrix whose missing values are NaN. */
export function fitGbdt(x: Matrix, y: Uint8Array, options: Partial<GbdtOptions> = {}): GbdtModel {
  const o: GbdtOptions = { ...defaultGbdtOptions, ...options };
  if (x.n !== y.length) throw new GalenError('invalid_input', `X has ${x.n} rows but y has ${y.length}`);
  if (o.maxLeafNodes < 2) throw new GalenError('out_of_range', 'maxLeafNodes must be at least 2');
  const earlyStopping = o.earlyStopping === 'auto' ? x.n > 10_000 : o.earlyStopping;

  const { trainRows, validRows } = earlyStopping ? validationSplit(y, o.validationFraction, o.seed) : { trainRows: allRows(x.n), validRows: new Uint32Array(0) };
  const n = trainRows.length;
  let positives = 0;
  const yTrain = new Uint8Array(n);
  for (let k = 0; k < n; k++) { yTrain[k] = y[trainRows[k]]; positives += yTrain[k]; }
  if (positives === 0 || positives === n) throw new GalenError('invalid_input', 'the outcome has only one class in the training rows');

  const binned = fitAndBin(x, Math.min(o.maxBins, 255), trainRows);
  const validBinned = earlyStopping ? binColumns(x, binned.layout, validRows) : null;
  const yValid = Uint8Array.from(validRows, (i) => y[i]);

  const prior = positives / n;
  const baseline = Math.log(prior / (1 - prior));
  const raw = new Float64Array(n).fill(baseline);
  // exp(-raw) per row, brought up to date with each tree like raw itself: one exp per leaf rather than per row.
  const expNegRaw = new Float64Array(n).fill(Math.exp(-baseline));
  const validRaw = new Float64Array(validRows.length).fill(baseline);
  // Gradient and hessian of the log-loss per row, as pairs: the histogram pass reads both at once.
  const gradHess = new Float64Array(2 * n);
  const grower = new TreeGrower(binned, o, gradHess);
  const trees: Tree[] = [];
  const validationLoss: number[] = [];
  if (validBinned) validationLoss.push(meanLogLoss(validRaw, yValid));

  for (let iteration = 0; iteration < o.maxIter; iteration++) {
    logLossGradients(raw, expNegRaw, yTrain, gradHess);
    const tree = grower.grow(raw, expNegRaw);
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

/**
 * Gradient p - y and hessian p (1 - p) of the log-loss for each row, with p = 1 / (1 + exp(-raw)),
 * written as pairs. The hessian is computed as e p^2 (e = exp(-raw)), which keeps its precision as
 * p nears 1.
 */
function logLossGradients(raw: Float64Array, expNegRaw: Float64Array, y: Uint8Array, gradHess: Float64Array): void {
  for (let i = 0; i < raw.length; i++) {
    let e = expNegRaw[i];
    // Once exp(-raw) has under- or overflowed, multiplying cannot bring it back: take it afresh.
    if (e === 0 || e === Infinity) { e = Math.exp(-raw[i]); expNegRaw[i] = e; }
    const p = 1 / (1 + e);
    gradHess[2 * i] = p - y[i];
    gradHess[2 * i + 1] = e < Infinity ? e * p * p : 0;
  }
}

function allRows(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

/**
 * The stratified validation part for early stopping: within each class, the rows are shuffled and
 * the first `fraction` of them held back. Both parts are returned in row order.
 */
function validationSplit(y: Uint8Array, fraction: number, seed: number): { trainRows: Uint32Array; validRows: Uint32Array } {
  const random = seededRandom(seed);
  const n = y.length;
  // 1: training, 2: validation (rows of neither class take no part).
  const role = new Uint8Array(n);
  let nTrain = 0;
  let nValid = 0;
  for (const cls of [0, 1]) {
    let count = 0;
    for (let i = 0; i < n; i++) if (y[i] === cls) count++;
    const members = new Uint32Array(count);
    for (let i = 0, k = 0; i < n; i++) if (y[i] === cls) members[k++] = i;
    shuffle(members, random);
    const held = Math.round(count * fraction);
    for (let k = 0; k < count; k++) role[members[k]] = k < held ? 2 : 1;
    nTrain += count - held;
    nValid += held;
  }
  const trainRows = new Uint32Array(nTrain);
  const validRows = new Uint32Array(nValid);
  for (let i = 0, t = 0, v = 0; i < n; i++) {
    if (role[i] === 1) trainRows[t++] = i;
    else if (role[i] === 2) validRows[v++] = i;
  }
  return { trainRows, validRows };
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

/** Adds a tree's output to raw for binned rows (the validation rows), walking the tree by bin. */
function addTreeBinned(tree: Tree, binned: BinnedColumns, raw: Float64Array): void {
  const { bins, n, layout } = binned;
  const { thresholds } = layout;
  const nodes = tree.feature.length;
  // The tree as typed arrays, and each internal node's threshold as the last bin that goes left.
  const feature = Int32Array.from(tree.feature);
  const lastLeft = new Int32Array(nodes);
  const missingBin = new Int32Array(nodes);
  const missingLeft = Uint8Array.from(tree.missingLeft);
  const left = Int32Array.from(tree.left);
  const right = Int32Array.from(tree.right);
  for (let node = 0; node < nodes; node++) {
    const f = feature[node];
    if (f < 0) continue;
    const edges = thresholds[f];
    const t = tree.threshold[node];
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (edges[mid] < t) lo = mid + 1; else hi = mid; }
    lastLeft[node] = lo;
    missingBin[node] = edges.length + 1;
  }
  for (let i = 0; i < n; i++) {
    let node = 0;
    let f = feature[0];
    while (f >= 0) {
      const b = bins[f * n + i];
      const goLeft = b === missingBin[node] ? missingLeft[node] === 1 : b <= lastLeft[node];
      node = goLeft ? left[node] : right[node];
      f = feature[node];
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
