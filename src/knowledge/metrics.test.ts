import { describe, expect, it } from 'vitest';
import { mean, ndcgAt, percentile, recallAt, reciprocalRank } from './metrics.ts';

describe('retrieval metrics', () => {
  const relevant = new Set(['b']);
  it('recall@k and reciprocal rank follow the first relevant hit', () => {
    expect(recallAt(['a', 'b', 'c'], relevant, 1)).toBe(0);
    expect(recallAt(['a', 'b', 'c'], relevant, 2)).toBe(1);
    expect(reciprocalRank(['a', 'b', 'c'], relevant)).toBe(0.5);
    expect(reciprocalRank(['a', 'c'], relevant)).toBe(0);
  });

  it('nDCG is 1 for the ideal order, lower otherwise, 0 with no relevant hit', () => {
    const gains = new Map([['x', 3], ['y', 1], ['z', 0]]);
    expect(ndcgAt(['x', 'y', 'z'], gains, 10)).toBeCloseTo(1, 10);
    const swapped = ndcgAt(['y', 'x'], gains, 10);
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeCloseTo((1 + 7 / Math.log2(3)) / (7 + 1 / Math.log2(3)), 10);
    expect(ndcgAt(['z', 'q'], gains, 10)).toBe(0);
  });

  it('mean and nearest-rank percentile', () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
  });
});
