import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matmulTransposed } from '../../../src/kernels/matmulTransposed';
import { matmulTransposedSimd } from '../../../src/kernels/matmulTransposedSimd';
import { simdKernels } from '../../../src/kernels/simdKernels';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';
import { randomTensor } from './attentionFixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// Both kernels keep one contract; the SIMD one pads rows to multiples of 4 inside its memory, so
// the sizes below (remainders 1–3 in m, n and k) exercise its padding.
const KERNELS = [
  ['matmulTransposed', matmulTransposed],
  ['matmulTransposedSimd', matmulTransposedSimd],
] as const;

it('WebAssembly SIMD is available in this Node, so matmulTransposedSimd runs its SIMD loop here, not the fallback', () => {
  expect(simdKernels()).not.toBeNull();
});

describe.each(KERNELS)('%s', (_name, kernel) => {
  it('computes [[1,2],[3,4]] · [[5,6],[7,8]]ᵀ = [[17, 23], [39, 53]]', () => {
    expect(Array.from(kernel(Float32Array.of(1, 2, 3, 4), Float32Array.of(5, 6, 7, 8), 2, 2, 2))).toEqual([17, 23, 39, 53]);
  });

  // Sizes straddle the 4×4 blocks (remainder rows and columns, k = 1). Sums of ≤ 70 products of
  // values in [−1, 1]: tfjs accumulates in float32 (~√70·6e-8·|sum| ≲ 5e-6), the scalar kernel in
  // float64, the SIMD one in float32 (four lanes, then their sum): each within ~5e-6 of the exact sum.
  const rand = randomSeeded(3);
  const shapes: [number, number, number][] = [
    [1, 1, 1],
    [3, 5, 7],
    [4, 4, 4],
    [9, 6, 1],
    [13, 17, 70],
    [8, 3, 33],
  ];
  it.each(shapes)('matches tfjs matMul(a, b, false, true) for m %i, n %i, k %i within 1e-5', (m, n, k) => {
    const a = randomTensor(rand, [m, k]);
    const b = randomTensor(rand, [n, k]);
    const ref = tf.tidy(() => tf.matMul(tf.tensor(a.data, a.shape), tf.tensor(b.data, b.shape), false, true).dataSync() as Float32Array);
    expect(maxAbsDiff(kernel(a.data, b.data, m, n, k), ref)).toBeLessThan(1e-5);
  });
});
