import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matmulTransposed } from '../../../src/kernels/matmulTransposed';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';
import { randomTensor } from './attentionFixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('matmulTransposed', () => {
  it('computes [[1,2],[3,4]] · [[5,6],[7,8]]ᵀ = [[17, 23], [39, 53]]', () => {
    expect(Array.from(matmulTransposed(Float32Array.of(1, 2, 3, 4), Float32Array.of(5, 6, 7, 8), 2, 2, 2))).toEqual([17, 23, 39, 53]);
  });

  // Sizes straddle the 4×4 blocks (remainder rows and columns, k = 1). Sums of ≤ 70 products of
  // values in [−1, 1]: tfjs accumulates in float32 (~√70·6e-8·|sum| ≲ 5e-6), we in float64.
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
    expect(maxAbsDiff(matmulTransposed(a.data, b.data, m, n, k), ref)).toBeLessThan(1e-5);
  });
});
