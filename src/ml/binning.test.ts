import { describe, expect, it } from 'vitest';
import { binColumns, binLayout, fitBins } from './binning.ts';
import { matrix } from './matrix.ts';
import { normal, seededRandom } from './random.ts';

/** One column: log-normal lab values with a few huge outliers, clumps of repeated values, and missing values. */
function awkwardColumn(n: number): Float64Array {
  const random = seededRandom(11);
  return Float64Array.from({ length: n }, (_, i) => {
    if (i % 97 === 0) return Number.NaN;
    if (i % 13 === 0) return 4.5; // a clump
    if (i % 501 === 0) return 1e9 * (1 + random()); // outliers
    return Math.exp(1.5 * normal(random));
  });
}

/** Quantile edges the plain way: sort every value. */
function sortedQuantileEdges(values: Float64Array, maxBins: number): number[] {
  const sorted = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
  const m = sorted.length;
  const edges: number[] = [];
  for (let b = 1; b < maxBins; b++) {
    const lo = Math.floor((b / maxBins) * (m - 1));
    const q = (sorted[lo] + sorted[Math.min(lo + 1, m - 1)]) / 2;
    if (edges.length === 0 || q > edges[edges.length - 1]) edges.push(q);
  }
  return edges;
}

describe('binning', () => {
  it('puts quantile edges where the fully sorted values put them, outliers and clumps included', () => {
    const column = awkwardColumn(20_000);
    for (const maxBins of [255, 32]) {
      const edges = fitBins(matrix(column.length, 1, column), maxBins)[0];
      expect(Array.from(edges)).toEqual(sortedQuantileEdges(column, maxBins));
    }
  });

  it('cuts few distinct values halfway between them, counting -0 and 0 as one value', () => {
    const values = Float64Array.from({ length: 3000 }, (_, i) => [1, 5, 2, -0, 0, Number.NaN][i % 6]);
    expect(Array.from(fitBins(matrix(values.length, 1, values), 255)[0])).toEqual([0.5, 1.5, 3.5]);
  });

  it('puts every value in the bin its edges define, however unevenly the edges are spread', () => {
    const column = awkwardColumn(6000);
    const extremes = [Infinity, -Infinity, -0, 0, 4.5, 1e-300, -1e300, Number.MAX_VALUE];
    const values = Float64Array.from([...column, ...extremes]);
    const x = matrix(values.length, 1, values);
    const rows = Uint32Array.from({ length: values.length }, (_, i) => i);
    // Quantile edges of skewed data, a single edge, and no edge at all.
    for (const edges of [fitBins(x, 255)[0], Float64Array.of(3), new Float64Array(0)]) {
      const { bins } = binColumns(x, binLayout([edges]), rows);
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const expected = Number.isNaN(v) ? edges.length + 1 : edges.filter((e) => e < v).length;
        if (bins[i] !== expected) expect({ value: v, bin: bins[i] }).toEqual({ value: v, bin: expected });
      }
    }
  });
});
