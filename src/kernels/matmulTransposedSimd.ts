import { matmulTransposed } from './matmulTransposed';
import { simdKernels } from './simdKernels';

/**
 * out [m, n] = a [m, k] · bᵀ with a and b [n, k] row-major: the contract of `matmulTransposed`,
 * computed by the WebAssembly SIMD loop of simdKernels.ts (four float32 lanes per multiply-add,
 * ~4× the scalar kernel at 197 × 197 × 64 here). Falls back to `matmulTransposed` where
 * WebAssembly SIMD is missing.
 *
 * Numerics: float32 products summed in float32 (each lane over every fourth p, then the lanes
 * added), the rounding class of onnxruntime's float32 MatMul; the scalar kernel sums in float64.
 * Both agree to float32 rounding of a sum of k products (tests/unit/kernels/matmulTransposed.test.ts).
 */
export function matmulTransposedSimd(
  a: Float32Array,
  b: Float32Array,
  m: number,
  n: number,
  k: number,
  out: Float32Array = new Float32Array(m * n),
): Float32Array {
  const kernels = simdKernels();
  if (!kernels || k === 0) return matmulTransposed(a, b, m, n, k, out);
  const kp = padded(k);
  const np = padded(n);
  const at = { a: 0, b: m * kp, out: (m + np) * kp }; // in floats
  const mem = kernels.floats(at.out + m * np);
  writePadded(mem, at.a, a, m, k, kp);
  writePadded(mem, at.b, b, n, k, kp);
  mem.fill(0, at.b + n * kp, at.b + np * kp); // zero rows of b: exact zeros in the padded columns
  kernels.mm(4 * at.a, 4 * at.b, 4 * at.out, m, np, kp);
  return readPadded(mem, at.out, m, n, np, out);
}

/** n rounded up to a multiple of 4: the row length of every matrix in the module's memory. */
export const padded = (n: number) => (n + 3) & ~3;

/** Rows of src [rows, k] into mem at `at`, each padded with zeros to kp floats. */
export function writePadded(mem: Float32Array, at: number, src: Float32Array, rows: number, k: number, kp: number): void {
  if (kp === k) return mem.set(src.subarray(0, rows * k), at);
  for (let r = 0; r < rows; r++) {
    mem.set(src.subarray(r * k, (r + 1) * k), at + r * kp);
    mem.fill(0, at + r * kp + k, at + (r + 1) * kp);
  }
}

/** The first n floats of each of `rows` rows of length np at `at`, into out [rows, n]. */
export function readPadded(mem: Float32Array, at: number, rows: number, n: number, np: number, out: Float32Array): Float32Array {
  if (np === n) out.set(mem.subarray(at, at + rows * n));
  else for (let i = 0; i < rows; i++) out.set(mem.subarray(at + i * np, at + i * np + n), i * n);
  return out;
}

