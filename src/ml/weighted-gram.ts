import type { Matrix } from './matrix.ts';

/**
 * [X 1]' diag(weight) [X 1] into `out` ((p + 1) x (p + 1), row-major), the intercept as column p,
 * over rows 0, stride, 2 stride, ...; `weight[k]` belongs to row k * stride.
 */
export function weightedGram(x: Matrix, weight: Float64Array, out: Float64Array, stride = 1): void {
  const { n, p, data } = x;
  const q = p + 1;
  out.fill(0);
  for (let i = 0, k = 0; i < n; i += stride, k++) {
    const base = i * p;
    const d = weight[k];
    if (d < 1e-300) continue;
    // Upper triangle only; mirrored below.
    for (let a = 0; a < p; a++) {
      const xa = data[base + a] * d;
      const row = a * q;
      let c = a;
      for (; c + 1 < p; c += 2) {
        out[row + c] += xa * data[base + c];
        out[row + c + 1] += xa * data[base + c + 1];
      }
      if (c < p) out[row + c] += xa * data[base + c];
      out[row + p] += xa;
    }
    out[p * q + p] += d;
  }
  for (let a = 0; a < q; a++) for (let c = 0; c < a; c++) out[a * q + c] = out[c * q + a];
}
