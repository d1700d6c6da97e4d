/**
 * out[m, n] = Σ_k a[m, k]·b[k, n] (+ bias[i] on every column of row i): row-major Float32Array
 * views, so a caller can pass subarrays (one conv group, one image) without copying.
 *
 * Blocked the way GotoBLAS is, scaled down to what a JIT can hold in registers: A is packed once
 * into 4-row panels ([k][4], rows past m zero) and B one 4-column panel at a time ([k][4], columns
 * past n zero). The B panel stays in L1 while every A panel passes over it, and both are read as
 * single sequential streams: reading B in place would stride by n floats per step, and with
 * n = 1024 every load lands in the same L1 set. The 4×4 micro-kernel keeps its 16 sums in locals,
 * which V8 holds as float64, so each output is rounded to float32 once (ORT's MLAS accumulates in
 * float32 FMA: results agree to ~1e-6 relative). Measured here: ~2 GMAC/s on one core, where
 * onnxruntime-web's MLAS kernels reach 6–10 on the same convs (tests/bench/conv2d.bench.ts): the
 * limit is a scalar multiply and add per MAC plus a load and float32→64 conversion per operand,
 * against 4-wide SIMD multiply-adds; JavaScript has neither SIMD nor FMA.
 */
export function gemm(a: Float32Array, b: Float32Array, out: Float32Array, m: number, k: number, n: number, bias: Float32Array | null = null): void {
  gemmPacked(packRows(a, m, k), packColumns(b, k, n), out, m, k, n, bias);
}

/**
 * Row-major a [m, k] as 4-row panels [ceil(m/4)][k][4]; rows past m are zero. The same panels are
 * what packColumns makes of aᵀ, which is how matmulTransposed feeds a row-major [n, k] as B.
 */
export function packRows(a: Float32Array, m: number, k: number): Float32Array {
  const ap = new Float32Array(Math.ceil(m / 4) * k * 4);
  for (let i = 0; i < m; i++) {
    const d = (i >> 2) * k * 4 + (i & 3);
    for (let kk = 0, s = i * k; kk < k; kk++) ap[d + kk * 4] = a[s + kk];
  }
  return ap;
}

/** Row-major b [k, n] as 4-column panels [ceil(n/4)][k][4]; columns past n are zero. */
function packColumns(b: Float32Array, k: number, n: number): Float32Array {
  const bp = new Float32Array(Math.ceil(n / 4) * k * 4);
  for (let j0 = 0; j0 < n; j0 += 4) {
    const cols = Math.min(4, n - j0);
    const panel = (j0 >> 2) * k * 4;
    for (let kk = 0, s = j0, d = panel; kk < k; kk++, s += n, d += 4) for (let j = 0; j < cols; j++) bp[d + j] = b[s + j];
  }
  return bp;
}

/**
 * gemm on operands already packed by packRows / packColumns. out is row-major [m, n]; only its
 * m × n entries are written. (winograd3x3 inlines a copy of the micro-kernel below.)
 */
export function gemmPacked(ap: Float32Array, bp: Float32Array, out: Float32Array, m: number, k: number, n: number, bias: Float32Array | null = null): void {
  const panels = Math.ceil(m / 4);
  const tile = new Float64Array(16);
  for (let j0 = 0, bStart = 0; j0 < n; j0 += 4, bStart += k * 4) {
    const cols = Math.min(4, n - j0);
    // prettier-ignore
    for (let t = 0; t < panels; t++) {
      // The micro-kernel: one statement per multiply-add, laid out as the 4×4 tile it fills.
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let ai = t * k * 4, bi = bStart, end = bStart + k * 4; bi < end; ai += 4, bi += 4) {
        const x0 = bp[bi], x1 = bp[bi + 1], x2 = bp[bi + 2], x3 = bp[bi + 3];
        let v = ap[ai];
        c00 += v * x0; c01 += v * x1; c02 += v * x2; c03 += v * x3;
        v = ap[ai + 1];
        c10 += v * x0; c11 += v * x1; c12 += v * x2; c13 += v * x3;
        v = ap[ai + 2];
        c20 += v * x0; c21 += v * x1; c22 += v * x2; c23 += v * x3;
        v = ap[ai + 3];
        c30 += v * x0; c31 += v * x1; c32 += v * x2; c33 += v * x3;
      }
      const i0 = t * 4;
      const rows = Math.min(4, m - i0);
      if (rows === 4 && cols === 4) {
        const b0 = bias ? bias[i0] : 0, b1 = bias ? bias[i0 + 1] : 0, b2 = bias ? bias[i0 + 2] : 0, b3 = bias ? bias[i0 + 3] : 0;
        let o = i0 * n + j0;
        out[o] = c00 + b0; out[o + 1] = c01 + b0; out[o + 2] = c02 + b0; out[o + 3] = c03 + b0;
        o += n;
        out[o] = c10 + b1; out[o + 1] = c11 + b1; out[o + 2] = c12 + b1; out[o + 3] = c13 + b1;
        o += n;
        out[o] = c20 + b2; out[o + 1] = c21 + b2; out[o + 2] = c22 + b2; out[o + 3] = c23 + b2;
        o += n;
        out[o] = c30 + b3; out[o + 1] = c31 + b3; out[o + 2] = c32 + b3; out[o + 3] = c33 + b3;
      } else {
        tile.set([c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33]);
        for (let i = 0; i < rows; i++) {
          const bi = bias ? bias[i0 + i] : 0;
          for (let j = 0; j < cols; j++) out[(i0 + i) * n + j0 + j] = tile[i * 4 + j] + bi;
        }
      }
    }
  }
}
