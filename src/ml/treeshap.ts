import type { GbdtModel, Tree } from './gbdt.ts';

/**
 * Exact TreeSHAP (Lundberg, Erion & Lee 2018, "Consistent individualized feature attribution for
 * tree ensembles", Algorithm 2): the Shapley values of a tree's output for one row, with "feature
 * absent" meaning the expectation over the training rows that reached each node (node cover).
 * For every row, baseline + sum of expected values + sum of contributions = the raw model output.
 */
/**
 * The path of unique features from the root, stored flat: level d of the recursion owns the slots
 * from offset(d) on, and copies its parent's path there before extending it (as the reference
 * implementation does), so no objects are allocated per node.
 */
class Paths {
  feature: Int32Array;
  zero: Float64Array;
  one: Float64Array;
  weight: Float64Array;
  constructor(maxDepth: number) {
    const size = ((maxDepth + 2) * (maxDepth + 3)) / 2;
    this.feature = new Int32Array(size);
    this.zero = new Float64Array(size);
    this.one = new Float64Array(size);
    this.weight = new Float64Array(size);
  }
}

function extendPath(ps: Paths, at: number, depth: number, zeroFraction: number, oneFraction: number, feature: number): void {
  const { weight } = ps;
  ps.feature[at + depth] = feature;
  ps.zero[at + depth] = zeroFraction;
  ps.one[at + depth] = oneFraction;
  weight[at + depth] = depth === 0 ? 1 : 0;
  for (let i = depth - 1; i >= 0; i--) {
    weight[at + i + 1] += (oneFraction * weight[at + i] * (i + 1)) / (depth + 1);
    weight[at + i] = (zeroFraction * weight[at + i] * (depth - i)) / (depth + 1);
  }
}

function unwindPath(ps: Paths, at: number, depth: number, index: number): void {
  const { weight } = ps;
  const oneFraction = ps.one[at + index];
  const zeroFraction = ps.zero[at + index];
  let next = weight[at + depth];
  for (let i = depth - 1; i >= 0; i--) {
    if (oneFraction !== 0) {
      const t = weight[at + i];
      weight[at + i] = (next * (depth + 1)) / ((i + 1) * oneFraction);
      next = t - (weight[at + i] * zeroFraction * (depth - i)) / (depth + 1);
    } else {
      weight[at + i] = (weight[at + i] * (depth + 1)) / (zeroFraction * (depth - i));
    }
  }
  for (let i = index; i < depth; i++) {
    ps.feature[at + i] = ps.feature[at + i + 1];
    ps.zero[at + i] = ps.zero[at + i + 1];
    ps.one[at + i] = ps.one[at + i + 1];
  }
}

function unwoundPathSum(ps: Paths, at: number, depth: number, index: number): number {
  const { weight } = ps;
  const oneFraction = ps.one[at + index];
  const zeroFraction = ps.zero[at + index];
  let next = weight[at + depth];
  let total = 0;
  for (let i = depth - 1; i >= 0; i--) {
    if (oneFraction !== 0) {
      const t = (next * (depth + 1)) / ((i + 1) * oneFraction);
      total += t;
      next = weight[at + i] - (t * zeroFraction * (depth - i)) / (depth + 1);
    } else {
      total += weight[at + i] / ((zeroFraction * (depth - i)) / (depth + 1));
    }
  }
  return total;
}

function hotChild(tree: Tree, node: number, row: Float64Array, offset: number): number {
  const v = row[offset + tree.feature[node]];
  const goLeft = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node];
  return goLeft ? tree.left[node] : tree.right[node];
}

function recurse(tree: Tree, node: number, phi: Float64Array, row: Float64Array, offset: number, ps: Paths, parentAt: number, depth: number, zeroFraction: number, oneFraction: number, feature: number): void {
  // This level's copy of the path starts right after the parent's (which has depth + 1 slots at most).
  const at = parentAt + depth;
  if (depth > 0) {
    ps.feature.copyWithin(at, parentAt, parentAt + depth);
    ps.zero.copyWithin(at, parentAt, parentAt + depth);
    ps.one.copyWithin(at, parentAt, parentAt + depth);
    ps.weight.copyWithin(at, parentAt, parentAt + depth);
  }
  extendPath(ps, at, depth, zeroFraction, oneFraction, feature);
  if (tree.feature[node] < 0) {
    const value = tree.value[node];
    for (let i = 1; i <= depth; i++) {
      const w = unwoundPathSum(ps, at, depth, i);
      phi[ps.feature[at + i]] += w * (ps.one[at + i] - ps.zero[at + i]) * value;
    }
    return;
  }
  const hot = hotChild(tree, node, row, offset);
  const cold = hot === tree.left[node] ? tree.right[node] : tree.left[node];
  const cover = tree.cover[node];
  const hotZero = tree.cover[hot] / cover;
  const coldZero = tree.cover[cold] / cover;
  let incomingZero = 1;
  let incomingOne = 1;
  const split = tree.feature[node];
  // A feature met again on the path: undo its earlier split so it is counted once.
  let k = 0;
  while (k <= depth && ps.feature[at + k] !== split) k++;
  let d = depth;
  if (k <= depth) {
    incomingZero = ps.zero[at + k];
    incomingOne = ps.one[at + k];
    unwindPath(ps, at, d, k);
    d -= 1;
  }
  recurse(tree, hot, phi, row, offset, ps, at, d + 1, hotZero * incomingZero, incomingOne, split);
  recurse(tree, cold, phi, row, offset, ps, at, d + 1, coldZero * incomingZero, 0, split);
}

function treeDepth(tree: Tree, node = 0): number {
  return tree.feature[node] < 0 ? 0 : 1 + Math.max(treeDepth(tree, tree.left[node]), treeDepth(tree, tree.right[node]));
}

/** The cover-weighted mean output of a tree: its contribution to the expected value. */
export function treeExpectedValue(tree: Tree): number {
  const walk = (node: number): number => {
    if (tree.feature[node] < 0) return tree.value[node];
    const c = tree.cover[node];
    return (tree.cover[tree.left[node]] * walk(tree.left[node]) + tree.cover[tree.right[node]] * walk(tree.right[node])) / c;
  };
  return walk(0);
}

/** Adds one tree's SHAP values for the row at `offset` of `data` into `phi`. */
export function treeShap(tree: Tree, data: Float64Array, offset: number, phi: Float64Array, paths?: Paths): void {
  recurse(tree, 0, phi, data, offset, paths ?? new Paths(treeDepth(tree)), 0, 0, 1, 1, -1);
}

/** SHAP values (log-odds scale) of a boosted model for one row, and the model's expected value. */
export function gbdtShap(model: GbdtModel, row: Float64Array): { expectedValue: number; contributions: Float64Array } {
  const phi = new Float64Array(model.featureCount);
  let expectedValue = model.baseline;
  const paths = new Paths(Math.max(0, ...model.trees.map((t) => treeDepth(t))));
  for (const tree of model.trees) {
    expectedValue += treeExpectedValue(tree);
    treeShap(tree, row, 0, phi, paths);
  }
  return { expectedValue, contributions: phi };
}
