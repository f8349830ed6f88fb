/**
 * Cholesky factorization and solves for small symmetric positive definite matrices (q x q,
 * row-major Float64Array), the Newton and preconditioning systems of the logistic solvers.
 */

/** Overwrites the lower triangle of `h` with L, where H = L L'. The upper triangle is left as is. */
export function choleskyFactor(h: Float64Array, q: number): void {
  for (let j = 0; j < q; j++) {
    let d = h[j * q + j];
    for (let k = 0; k < j; k++) d -= h[j * q + k] * h[j * q + k];
    // A tiny ridge keeps the factorization alive when the design is rank deficient (constant columns).
    const djj = Math.sqrt(Math.max(d, 1e-12));
    h[j * q + j] = djj;
    for (let i = j + 1; i < q; i++) {
      let v = h[i * q + j];
      for (let k = 0; k < j; k++) v -= h[i * q + k] * h[j * q + k];
      h[i * q + j] = v / djj;
    }
  }
}

/** Solves L L' s = g with the factor from choleskyFactor; `s` may be `g` itself. */
export function choleskySolve(l: Float64Array, q: number, g: Float64Array, s: Float64Array): void {
  for (let i = 0; i < q; i++) {
    let v = g[i];
    for (let k = 0; k < i; k++) v -= l[i * q + k] * s[k];
    s[i] = v / l[i * q + i];
  }
  for (let i = q - 1; i >= 0; i--) {
    let v = s[i];
    for (let k = i + 1; k < q; k++) v -= l[k * q + i] * s[k];
    s[i] = v / l[i * q + i];
  }
}
