import { describe, expect, it } from 'vitest';
import { fitBins, fitGbdt, gbdtRaw, type Tree } from './gbdt.ts';
import { matrix } from './matrix.ts';
import { normal, seededRandom } from './random.ts';
import { gbdtShap, treeExpectedValue, treeShap } from './treeshap.ts';

/** n rows, 4 features: risk rises with x0 > 0, with x1, and when x2 is missing. */
function data(n: number, seed: number) {
  const random = seededRandom(seed);
  const x = matrix(n, 4);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = [normal(random), normal(random), normal(random), normal(random)];
    const missing = random() < 0.2;
    const z = -1 + (row[0] > 0 ? 1.5 : 0) + 0.8 * row[1] + (missing ? 1.5 : 0);
    if (missing) row[2] = Number.NaN;
    x.data.set(row, i * 4);
    y[i] = random() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }
  return { x, y };
}

describe('gradient-boosted trees', () => {
  const { x, y } = data(3000, 1);
  const model = fitGbdt(x, y, { maxIter: 40 });

  it('learns the step, the slope, and where missing values go', () => {
    const probe = matrix(4, 4, Float64Array.from([
      -1, 0, 0, 0,
      1, 0, 0, 0,
      1, 1.5, 0, 0,
      1, 1.5, Number.NaN, 0,
    ]));
    const p = gbdtRaw(model, probe);
    expect(p[1]).toBeGreaterThan(p[0] + 0.8);
    expect(p[2]).toBeGreaterThan(p[1] + 0.5);
    // Missing x2 carries risk in the data, so the learned default direction raises the prediction.
    expect(p[3]).toBeGreaterThan(p[2] + 0.5);
  });

  it('bins a feature into at most 255 bins', () => {
    const wide = matrix(2000, 1, Float64Array.from({ length: 2000 }, (_, i) => i * 0.37));
    const edges = fitBins(wide, 255)[0];
    expect(edges.length).toBeLessThanOrEqual(254);
    expect(edges.length).toBeGreaterThan(200);
  });

  it('stops early when the validation loss stops improving', () => {
    const noise = data(2000, 2);
    noise.y.forEach((_, i) => { noise.y[i] = seededRandom(i)() < 0.3 ? 1 : 0; });
    const m = fitGbdt(noise.x, noise.y, { maxIter: 200, earlyStopping: true, nIterNoChange: 5 });
    expect(m.trees.length).toBeLessThan(60);
    expect(m.validationLoss!.length).toBe(m.trees.length + 1);
  });

  it('respects max depth and leaf count', () => {
    const m = fitGbdt(x, y, { maxIter: 5, maxDepth: 2, maxLeafNodes: 31 });
    for (const tree of m.trees) expect(tree.feature.filter((f) => f < 0).length).toBeLessThanOrEqual(4);
    const m2 = fitGbdt(x, y, { maxIter: 5, maxLeafNodes: 5 });
    for (const tree of m2.trees) expect(tree.feature.filter((f) => f < 0).length).toBeLessThanOrEqual(5);
  });

  it('gives the same model, to the last digit, for the same rows and seed', () => {
    const big = data(12_000, 3);
    const first = fitGbdt(big.x, big.y, { maxIter: 15, seed: 5 });
    const second = fitGbdt(big.x, big.y, { maxIter: 15, seed: 5 });
    expect(first.validationLoss).toBeDefined();
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('trains on a matrix wide enough to need more than 65,536 histogram bins', () => {
    // 300 features of 600 distinct values each: 255 bins for values and one for missing apiece, 76,800 in all.
    const n = 600;
    const p = 300;
    const random = seededRandom(4);
    const wide = matrix(n, p);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) wide.data[i * p + j] = normal(random);
      labels[i] = wide.data[i * p + 123] > 0 ? 1 : 0;
    }
    const m = fitGbdt(wide, labels, { maxIter: 10 });
    expect(m.trees[0].feature[0]).toBe(123);
    const probe = matrix(2, p);
    probe.data[123] = -1;
    probe.data[p + 123] = 1;
    const raw = gbdtRaw(m, probe);
    expect(raw[1]).toBeGreaterThan(raw[0] + 2);
  });

  it('TreeSHAP: expected value + contributions = raw output, for every row checked', () => {
    const raw = gbdtRaw(model, x);
    for (let i = 0; i < 200; i++) {
      const { expectedValue, contributions } = gbdtShap(model, x.data.subarray(i * 4, i * 4 + 4));
      const sum = contributions.reduce((s, v) => s + v, expectedValue);
      expect(Math.abs(sum - raw[i])).toBeLessThan(1e-9);
    }
  });
});

/** E[f(x) | x_S] with absent features averaged over node covers (the quantity TreeSHAP attributes). */
function conditional(tree: Tree, row: number[], present: Set<number>, node = 0): number {
  if (tree.feature[node] < 0) return tree.value[node];
  const f = tree.feature[node];
  if (present.has(f)) {
    const v = row[f];
    const left = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node];
    return conditional(tree, row, present, left ? tree.left[node] : tree.right[node]);
  }
  const l = tree.left[node];
  const r = tree.right[node];
  return (tree.cover[l] * conditional(tree, row, present, l) + tree.cover[r] * conditional(tree, row, present, r)) / tree.cover[node];
}

describe('TreeSHAP equals the Shapley values computed by enumeration', () => {
  it('on a tree that splits twice on the same feature, with a missing value', () => {
    // Root on x0, then x1 on the left, x0 again on the right, then x2.
    const tree: Tree = {
      feature: [0, 1, 0, -1, -1, 2, -1, -1, -1],
      threshold: [0.5, 1, 2, 0, 0, 0, 0, 0, 0],
      missingLeft: [0, 1, 0, 0, 0, 1, 0, 0, 0],
      left: [1, 3, 5, -1, -1, 7, -1, -1, -1],
      right: [2, 4, 6, -1, -1, 8, -1, -1, -1],
      value: [0, 0, 0, -1, 0.5, 0, 2, 0.3, 1.2],
      cover: [100, 40, 60, 25, 15, 35, 25, 20, 15],
    };
    const p = 3;
    const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
    for (const row of [[1, 0, 0.5], [0.2, Number.NaN, 3], [1.5, 2, Number.NaN], [3, 0, 0]]) {
      const phi = new Float64Array(p);
      treeShap(tree, Float64Array.from(row), 0, phi);
      for (let j = 0; j < p; j++) {
        let exact = 0;
        for (let mask = 0; mask < 1 << p; mask++) {
          if (mask & (1 << j)) continue;
          const s = new Set([0, 1, 2].filter((k) => mask & (1 << k)));
          const size = s.size;
          const weight = (factorial(size) * factorial(p - size - 1)) / factorial(p);
          const withJ = new Set(s).add(j);
          exact += weight * (conditional(tree, row, withJ) - conditional(tree, row, s));
        }
        expect(phi[j]).toBeCloseTo(exact, 12);
      }
      expect(treeExpectedValue(tree)).toBeCloseTo(conditional(tree, row, new Set()), 12);
    }
  });
});
