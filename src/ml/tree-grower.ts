import type { BinnedRows } from './binning.ts';
import type { GbdtOptions, Tree } from './gbdt.ts';
import { accumulateAllRows, accumulateRows, HistogramPool, subtractInto } from './histogram.ts';

/**
 * Grows one regression tree on gradients, best-first (the open node with the largest gain is split
 * next) up to a number of leaves, from histograms of the binned training rows.
 */

interface Split {
  gain: number;
  feature: number;
  /** The last bin (counted within the feature) that goes left. */
  bin: number;
  missingLeft: boolean;
  leftG: number;
  leftH: number;
}

interface GrowingNode {
  id: number;
  /** The node's rows are index[start..end). */
  start: number;
  end: number;
  depth: number;
  g: number;
  h: number;
  histogram: Float64Array | null;
  split: Split | null;
}

/** Splits whose either side has less hessian than this are not considered (as in scikit-learn). */
const MIN_HESSIAN = 1e-3;

type GrowOptions = Pick<GbdtOptions, 'learningRate' | 'maxLeafNodes' | 'maxDepth' | 'minSamplesLeaf' | 'l2Regularization'>;

export class TreeGrower {
  private readonly pool: HistogramPool;
  /** Row numbers, kept partitioned so that every node's rows are one contiguous run. */
  private readonly index: Uint32Array;
  private readonly scratch: Uint32Array;
  /** Sums of gradient and hessian over all rows, from the root's histogram pass. */
  private readonly rootTotals = new Float64Array(2);
  /** The root's gradient and hessian sums per slot, before they are spread into its histogram. */
  private readonly rootPairs: Float64Array;
  /** For the split being applied, 1 for each bin of its feature that goes left. */
  private readonly goesLeft = new Uint8Array(256);

  /** `gradHess` holds each training row's gradient and hessian as a pair; the caller refreshes it before each grow. */
  constructor(
    private readonly binned: BinnedRows,
    private readonly options: GrowOptions,
    private readonly gradHess: Float64Array,
  ) {
    this.pool = new HistogramPool(binned.layout.slotCount);
    this.index = new Uint32Array(binned.n);
    this.scratch = new Uint32Array(binned.n);
    this.rootPairs = new Float64Array(2 * binned.layout.slotCount);
  }

  private buildHistogram(node: GrowingNode): Float64Array {
    const hist = this.pool.take();
    accumulateRows(hist, this.binned, this.gradHess, this.index, node.start, node.end);
    return hist;
  }

  private findSplit(node: GrowingNode): Split | null {
    const o = this.options;
    const count = node.end - node.start;
    if (count < 2 * o.minSamplesLeaf || node.depth >= o.maxDepth) return null;
    const hist = node.histogram!;
    const { offsets, p } = this.binned.layout;
    const minLeaf = o.minSamplesLeaf;
    const lambda = o.l2Regularization;
    const nodeG = node.g;
    const nodeH = node.h;
    const parentScore = (nodeG * nodeG) / (nodeH + lambda);
    let bestGain = 1e-12;
    let bestFeature = -1;
    let bestBin = 0;
    let bestMissingLeft = false;
    let bestG = 0;
    let bestH = 0;
    for (let f = 0; f < p; f++) {
      const first = offsets[f];
      const missing = offsets[f + 1] - 1;
      const mg = hist[3 * missing];
      const mh = hist[3 * missing + 1];
      const mc = hist[3 * missing + 2];
      const directions = mc > 0 ? 2 : 1;
      // Every bin but the last non-missing one can end the left side; o walks their [g, h, count].
      const end = 3 * (missing - 1);
      for (let dir = 0; dir < directions; dir++) {
        // dir 0: missing values go right; dir 1: missing values go left.
        let lg = dir === 1 ? mg : 0;
        let lh = dir === 1 ? mh : 0;
        let lc = dir === 1 ? mc : 0;
        for (let o = 3 * first; o < end; o += 3) {
          lg += hist[o];
          lh += hist[o + 1];
          lc += hist[o + 2];
          if (lc < minLeaf) continue;
          const rc = count - lc;
          if (rc < minLeaf) break;
          const rh = nodeH - lh;
          if (lh < MIN_HESSIAN || rh < MIN_HESSIAN) continue;
          const rg = nodeG - lg;
          const gain = (lg * lg) / (lh + lambda) + (rg * rg) / (rh + lambda) - parentScore;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = f;
            bestBin = o / 3 - first;
            // Without missing values in this node, missing values at prediction time follow the larger child.
            bestMissingLeft = mc > 0 ? dir === 1 : lc >= rc;
            bestG = lg;
            bestH = lh;
          }
        }
      }
    }
    if (bestFeature < 0) return null;
    return { gain: bestGain, feature: bestFeature, bin: bestBin, missingLeft: bestMissingLeft, leftG: bestG, leftH: bestH };
  }

  /** Moves the node's rows so that those going left come first, each side keeping its order; returns the boundary. */
  private partition(node: GrowingNode, split: Split): number {
    const { bins, n, layout } = this.binned;
    const index = this.index;
    const scratch = this.scratch;
    const f = split.feature;
    const missing = layout.thresholds[f].length + 1;
    const goesLeft = this.goesLeft;
    for (let b = 0; b <= missing; b++) goesLeft[b] = (b === missing ? split.missingLeft : b <= split.bin) ? 1 : 0;
    const at = f * n;
    let l = node.start;
    let r = 0;
    // Without branches: which side a row goes to is a coin toss the processor cannot predict.
    // Each row is written to both sides and only the side it belongs to advances (l <= k, so
    // index[k] has been read before index[l] is written).
    for (let k = node.start; k < node.end; k++) {
      const i = index[k];
      const left = goesLeft[bins[at + i]];
      index[l] = i;
      scratch[r] = i;
      l += left;
      r += 1 - left;
    }
    index.set(scratch.subarray(0, r), l);
    return l;
  }

  /** Grows a tree on the training rows, adds its leaf values to rawOut and multiplies expNegRaw (exp(-raw)) to match. */
  grow(rawOut: Float64Array, expNegRaw: Float64Array): Tree {
    const nRows = this.binned.n;
    const o = this.options;
    const index = this.index;
    const { thresholds } = this.binned.layout;
    const tree: Tree = { feature: [], threshold: [], missingLeft: [], left: [], right: [], value: [], cover: [] };
    const addNode = (cover: number) => {
      tree.feature.push(-1); tree.threshold.push(0); tree.missingLeft.push(0);
      tree.left.push(-1); tree.right.push(-1); tree.value.push(0); tree.cover.push(cover);
      return tree.feature.length - 1;
    };
    for (let i = 0; i < nRows; i++) index[i] = i;
    const rootHistogram = this.pool.take();
    accumulateAllRows(rootHistogram, this.binned, this.gradHess, this.rootPairs, this.rootTotals);
    const root: GrowingNode = { id: addNode(nRows), start: 0, end: nRows, depth: 0, g: this.rootTotals[0], h: this.rootTotals[1], histogram: rootHistogram, split: null };
    root.split = this.findSplit(root);
    const open: GrowingNode[] = [root];
    const leaves: GrowingNode[] = [];
    let leafCount = 1;
    const canSplit = (c: GrowingNode) => c.end - c.start >= 2 * o.minSamplesLeaf && c.depth < o.maxDepth && leafCount < o.maxLeafNodes;
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
      const edges = thresholds[split.feature];
      tree.feature[node.id] = split.feature;
      tree.threshold[node.id] = split.bin < edges.length ? edges[split.bin] : Infinity;
      tree.missingLeft[node.id] = split.missingLeft ? 1 : 0;
      tree.left[node.id] = left.id;
      tree.right[node.id] = right.id;
      leafCount++;
      // Histogram of the smaller child directly; the larger one is the parent's minus it.
      const [small, large] = left.end - left.start <= right.end - right.start ? [left, right] : [right, left];
      if (canSplit(small) || canSplit(large)) {
        small.histogram = this.buildHistogram(small);
        const parent = node.histogram!;
        subtractInto(parent, small.histogram);
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
      const factor = Math.exp(-value);
      for (let k = leaf.start; k < leaf.end; k++) {
        const i = index[k];
        rawOut[i] += value;
        expNegRaw[i] *= factor;
      }
    }
    return tree;
  }

  private release(node: GrowingNode): void {
    if (node.histogram) { this.pool.give(node.histogram); node.histogram = null; }
  }
}
