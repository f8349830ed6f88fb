import { describe, expect, it } from 'vitest';
import { Evaluator } from './metrics.ts';
import { kAnonymity } from './kanon.ts';
import { meddocanType, presidioType } from './corpora.ts';

describe('Evaluator', () => {
  const text = 'Dr. Ana Ruiz saw him on 01/02/2023 aged 45.';
  it('scores perfect predictions as 1 and ignores out-of-scope gold spans', () => {
    const ev = new Evaluator();
    ev.add(text, [{ start: 4, end: 12, type: 'NAME' }, { start: 24, end: 34, type: 'DATE' }, { start: 40, end: 42, type: 'IGNORE' }],
      [{ start: 4, end: 12, type: 'NAME', text: 'Ana Ruiz' }, { start: 24, end: 34, type: 'DATE', text: '01/02/2023' }, { start: 40, end: 42, type: 'AGE', text: '45' }]);
    const r = ev.result();
    expect(r.span.strict.f1).toBe(1);
    expect(r.token.binary.recall).toBe(1);
    expect(r.token.binary.precision).toBe(1);
  });

  it('counts a missed name and a false alarm at token and span level', () => {
    const ev = new Evaluator();
    ev.add(text, [{ start: 4, end: 12, type: 'NAME' }], [{ start: 24, end: 34, type: 'DATE', text: '01/02/2023' }]);
    const r = ev.result();
    expect(r.token.binary).toMatchObject({ tp: 0, fn: 2, fp: 3 });
    expect(r.span.strict).toMatchObject({ tp: 0, fn: 1, fp: 1 });
    expect(r.span.relaxed.recall).toBe(0);
  });
});

describe('corpus label mapping', () => {
  it('keeps Safe Harbor identifiers and ignores what Safe Harbor allows', () => {
    expect(meddocanType('NOMBRE_PERSONAL_SANITARIO', 'Ana Ruiz')).toBe('NAME');
    expect(meddocanType('TERRITORIO', '28035')).toBe('ZIP');
    expect(meddocanType('TERRITORIO', 'Madrid')).toBe('LOCATION');
    expect(meddocanType('FECHAS', '2007')).toBe('IGNORE');
    expect(meddocanType('FECHAS', 'enero de 2007')).toBe('DATE');
    expect(meddocanType('EDAD_SUJETO_ASISTENCIA', '53 años')).toBe('IGNORE');
    expect(meddocanType('EDAD_SUJETO_ASISTENCIA', '93 años')).toBe('AGE');
    expect(meddocanType('PAIS', 'España')).toBe('IGNORE');
    expect(presidioType('GPE', 'Hungary')).toBe('IGNORE');
    expect(presidioType('GPE', 'Zalakaros')).toBe('LOCATION');
    expect(presidioType('DATE_TIME', '1977')).toBe('IGNORE');
    expect(presidioType('CREDIT_CARD', '4111 1111 1111 1111')).toBe('ID');
  });
});

describe('kAnonymity', () => {
  it('reports the smallest group and the records in groups below k', () => {
    const rows = [
      { birthYear: '1950', sex: 'female', zip3: '021' }, { birthYear: '1950', sex: 'female', zip3: '021' },
      { birthYear: '1950', sex: 'female', zip3: '021' }, { birthYear: '1980', sex: 'male', zip3: '000' },
    ];
    expect(kAnonymity(rows, 3)).toMatchObject({ groups: 2, smallestGroup: 1, recordsBelowK: 1, groupsBelowK: 1 });
    expect(() => kAnonymity(rows, 0)).toThrow(/positive integer/);
  });
});
