/** A dense row-major matrix of doubles: row i, column j is `data[i * p + j]`. */
export interface Matrix {
  n: number;
  p: number;
  data: Float64Array;
}

export function matrix(n: number, p: number, data: Float64Array = new Float64Array(n * p)): Matrix {
  return { n, p, data };
}

/** The same matrix stored column by column (coordinate descent and tree binning read columns). */
export function columnsOf(x: Matrix): Float64Array[] {
  const columns: Float64Array[] = [];
  for (let j = 0; j < x.p; j++) {
    const column = new Float64Array(x.n);
    for (let i = 0, k = j; i < x.n; i++, k += x.p) column[i] = x.data[k];
    columns.push(column);
  }
  return columns;
}
