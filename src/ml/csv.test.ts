import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, embedded newlines, CRLF and a byte-order mark', () => {
    const table = parseCsv('\ufeffid,note,value\r\n1,"a, b",2\r\n2,"say ""hi""\nthere",\r\n\r\n');
    expect(table.header).toEqual(['id', 'note', 'value']);
    expect(table.rows).toEqual([['1', 'a, b', '2'], ['2', 'say "hi"\nthere', '']]);
  });

  it('names the columns of a headerless file when asked', () => {
    expect(parseCsv('1,2\n3,4', { header: ['a', 'b'] })).toEqual({ header: ['a', 'b'], rows: [['1', '2'], ['3', '4']] });
  });

  it('rejects a row with the wrong number of fields, naming the row', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(/row 2 has 1 fields/);
  });
});
