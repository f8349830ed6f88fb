import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { datasetFromCsv, datasetHash, positiveTest } from './dataset.ts';

const csv = 'id,age,sex,cp,chol,site,num\n1,63,1,1,233,a,0\n2,67,1,4,?,a,2\n3,41,0,2,204,b,1\n4,56,0,4,,a,?\n5,50,1,3,250,a,0\n';

describe('datasetFromCsv', () => {
  it('maps target, drops and filters columns, reads missing values and categories', () => {
    const d = datasetFromCsv(parseCsv(csv), { target: 'num', positive: '>0', drop: ['id'], categorical: ['cp'], where: { site: 'a' }, sex: { column: 'sex', labels: { '1': 'male', '0': 'female' } } });
    // Row 3 is site b; row 4 has no outcome.
    expect(d.n).toBe(3);
    expect(Array.from(d.y)).toEqual([0, 1, 0]);
    expect(d.features.map((f) => `${f.name}:${f.kind}`)).toEqual(['age:numeric', 'sex:numeric', 'cp:categorical', 'chol:numeric']);
    const chol = d.features[3];
    expect(chol.kind === 'numeric' && Number.isNaN(chol.values[1])).toBe(true);
    expect(d.dropped.map((c) => c.column)).toEqual(['id', 'site']);
    expect(d.excludedRows).toEqual([{ reason: 'site is not a', count: 1 }, { reason: 'num missing', count: 1 }]);
    expect(d.groups.sex).toEqual(['male', 'male', 'male']);
    expect(Array.from(d.groups.age!)).toEqual([63, 67, 50]);
  });

  it('names a missing target column', () => {
    expect(() => datasetFromCsv(parseCsv(csv), { target: 'outcome' })).toThrow(/target column 'outcome'/);
  });
});

describe('positiveTest', () => {
  it('reads labels and comparisons', () => {
    expect(['0', '1', '2', '3'].map(positiveTest('>0'))).toEqual([false, true, true, true]);
    expect(['1', '2', '3'].map(positiveTest('3'))).toEqual([false, false, true]);
    expect(['yes', 'no', 'y'].map(positiveTest('yes|y'))).toEqual([true, false, true]);
    expect(['1.0', '0.0'].map(positiveTest('1'))).toEqual([true, false]);
  });
});

describe('datasetHash', () => {
  it('ignores number formatting but not values', () => {
    const a = datasetFromCsv(parseCsv('x,y\n1,0\n2.5,1\n'), { target: 'y' });
    const b = datasetFromCsv(parseCsv('x,y\n1.0,0\n2.50,1\n'), { target: 'y' });
    const c = datasetFromCsv(parseCsv('x,y\n1,0\n2.6,1\n'), { target: 'y' });
    expect(datasetHash(a)).toBe(datasetHash(b));
    expect(datasetHash(a)).not.toBe(datasetHash(c));
    expect(datasetHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});
