import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { datasetFromCsv } from './dataset.ts';
import { fitPreprocessor, transform, transformRows } from './preprocess.ts';

const d = datasetFromCsv(parseCsv('a,c,y\n1,x,0\n3,y,1\n,x,1\n5,,0\n'), { target: 'y' });
const all = Uint32Array.from([0, 1, 2, 3]);

describe('preprocessing', () => {
  it('linear: imputes the training mean, adds missing indicators, one-hot encodes, standardizes', () => {
    const spec = fitPreprocessor(d, all, 'linear');
    expect(spec.outputNames).toEqual(['a', 'a (missing)', 'c=x', 'c=y', 'c (missing)']);
    expect(spec.inputs[0]).toMatchObject({ kind: 'numeric', impute: 3, indicator: true });
    const x = transform(spec, d);
    // Every column has mean 0 over the training rows.
    for (let j = 0; j < x.p; j++) {
      let s = 0;
      for (let i = 0; i < x.n; i++) s += x.data[i * x.p + j];
      expect(Math.abs(s)).toBeLessThan(1e-12);
    }
    // The imputed row sits at the mean of `a`.
    expect(x.data[2 * x.p]).toBeCloseTo(0, 12);
  });

  it('an unseen category gives zeros before standardizing (the training mean after it)', () => {
    const spec = fitPreprocessor(d, all, 'linear');
    const x = transformRows(spec, [{ a: 3, c: 'z' }]);
    const raw = Array.from(x.data, (v, j) => v * spec.scale[j] + spec.center[j]);
    expect(raw.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([3, 0, 0, 0, 0]);
  });

  it('tree: keeps missing values missing', () => {
    const spec = fitPreprocessor(d, all, 'tree');
    expect(spec.outputNames).toEqual(['a', 'c=x', 'c=y']);
    const x = transform(spec, d);
    expect(Number.isNaN(x.data[2 * 3])).toBe(true);
    expect(Number.isNaN(x.data[3 * 3 + 1])).toBe(true);
  });
});
