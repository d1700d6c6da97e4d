import { gemmPacked, packRows } from './gemm';

/**
 * out [m, n] = a [m, k] · bᵀ, with a and b [n, k] both row-major: every output is a dot
 * product of two contiguous rows. The rows of b are the columns of bᵀ, so packing b by rows gives
 * exactly the 4-column panels gemm.ts packs B into: this is gemm's 4×4 micro-kernel with no
 * transpose of b. Sums are float64 in k order, rounded once to float32 on the store; matches
 * tfjs matMul(a, b, false, true) (tests/unit/kernels/matmulTransposed.test.ts).
 */
export function matmulTransposed(a: Float32Array, b: Float32Array, m: number, n: number, k: number, out: Float32Array = new Float32Array(m * n)): Float32Array {
  gemmPacked(packRows(a, m, k), packRows(b, n, k), out, m, k, n);
  return out;
}
