/**
 * out [m, n] = a [m, k] · bᵀ, with a and b [n, k] both row-major: every output is a dot
 * product of two contiguous rows. The loop computes 4×4 outputs at a time with sixteen local
 * (float64) accumulators, so each pair of loads feeds four multiply-adds and nothing is
 * stored until a block is done; that is where the speed of the attention kernels comes from.
 * Sums are float64, rounded once to float32 on the store.
 */
export function matmulTransposed(a: Float32Array, b: Float32Array, m: number, n: number, k: number, out: Float32Array = new Float32Array(m * n)): Float32Array {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    const r0 = i * k;
    const r1 = r0 + k;
    const r2 = r1 + k;
    const r3 = r2 + k;
    for (let j = 0; j < n4; j += 4) {
      const s0 = j * k;
      const s1 = s0 + k;
      const s2 = s1 + k;
      const s3 = s2 + k;
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0,
        c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      let c20 = 0,
        c21 = 0,
        c22 = 0,
        c23 = 0,
        c30 = 0,
        c31 = 0,
        c32 = 0,
        c33 = 0;
      for (let p = 0; p < k; p++) {
        const x0 = a[r0 + p];
        const x1 = a[r1 + p];
        const x2 = a[r2 + p];
        const x3 = a[r3 + p];
        const y0 = b[s0 + p];
        const y1 = b[s1 + p];
        const y2 = b[s2 + p];
        const y3 = b[s3 + p];
        c00 += x0 * y0;
        c01 += x0 * y1;
        c02 += x0 * y2;
        c03 += x0 * y3;
        c10 += x1 * y0;
        c11 += x1 * y1;
        c12 += x1 * y2;
        c13 += x1 * y3;
        c20 += x2 * y0;
        c21 += x2 * y1;
        c22 += x2 * y2;
        c23 += x2 * y3;
        c30 += x3 * y0;
        c31 += x3 * y1;
        c32 += x3 * y2;
        c33 += x3 * y3;
      }
      const o = i * n + j;
      out[o] = c00;
      out[o + 1] = c01;
      out[o + 2] = c02;
      out[o + 3] = c03;
      out[o + n] = c10;
      out[o + n + 1] = c11;
      out[o + n + 2] = c12;
      out[o + n + 3] = c13;
      out[o + 2 * n] = c20;
      out[o + 2 * n + 1] = c21;
      out[o + 2 * n + 2] = c22;
      out[o + 2 * n + 3] = c23;
      out[o + 3 * n] = c30;
      out[o + 3 * n + 1] = c31;
      out[o + 3 * n + 2] = c32;
      out[o + 3 * n + 3] = c33;
    }
    for (let ii = i; ii < i + 4; ii++) for (let j = n4; j < n; j++) out[ii * n + j] = dot(a, ii * k, b, j * k, k);
  }
  for (let i = m4; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = dot(a, i * k, b, j * k, k);
  return out;
}

function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, k: number): number {
  let s = 0;
  for (let p = 0; p < k; p++) s += a[ao + p] * b[bo + p];
  return s;
}
