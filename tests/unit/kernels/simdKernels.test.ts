import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { simdKernels, type SimdKernels } from '../../../src/kernels/simdKernels';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';
import { randomTensor } from './attentionFixtures';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Runs softmaxRows on rows [rows, np] (written at float 0 of the module's memory) and reads them back. */
function softmaxRows(k: SimdKernels, x: Float32Array, rows: number, np: number, scale: number): Float32Array {
  k.floats(rows * np).set(x);
  k.softmaxRows(0, rows, np, scale);
  return k.floats(rows * np).slice(0, rows * np);
}

describe('softmaxRows (WebAssembly SIMD, vector exp)', () => {
  const kernels = simdKernels();
  it('is available in this Node (the attention kernel uses it)', () => expect(kernels).not.toBeNull());
  const k = kernels!;

  // The vector exp is 2ⁿ·(degree-6 Taylor polynomial) in float32: remainder ≤ 1.2e-7 relative plus
  // ~8 float32 roundings (~5e-7 relative), on weights ≤ 1; tfjs's cpu softmax is float32 Math.exp.
  // Measured: ≤ 2e-7. 1e-6 still catches a wrong scale or a missing max subtraction (errors > 1e-2).
  it('matches tf.softmax of the scaled rows within 1e-6 for scores spread over ±40 (5 rows of 12)', () => {
    const [rows, np, scale] = [5, 12, 0.37];
    const x = randomTensor(randomSeeded(5), [rows, np], -40, 40).data;
    const ref = tf.tidy(() => tf.softmax(tf.mul(tf.tensor2d(x, [rows, np]), scale)).dataSync() as Float32Array);
    expect(maxAbsDiff(softmaxRows(k, x, rows, np, scale), ref)).toBeLessThan(1e-6);
  });

  it('turns −∞ padding into exactly 0 and keeps the rest summing to 1, as softmax over the real keys only', () => {
    const x = Float32Array.of(1, 2, 3, 4, 5, -Infinity, -Infinity, -Infinity);
    const ref = tf.tidy(() => tf.softmax(tf.tensor1d([1, 2, 3, 4, 5])).dataSync() as Float32Array);
    const out = softmaxRows(k, x, 1, 8, 1);
    expect(Array.from(out.subarray(5))).toEqual([0, 0, 0]);
    expect(maxAbsDiff(out.subarray(0, 5), ref)).toBeLessThan(1e-6);
  });

  it('gives the top key exactly 1 and keys 1000 below it exactly 0 (float32 underflows below e^−87.3)', () => {
    expect(Array.from(softmaxRows(k, Float32Array.of(1e4, 9e3, -1e4, 9e3), 1, 4, 1))).toEqual([1, 0, 0, 0]);
  });

  it('gives four equal scores exactly ¼ each (e⁰ is exactly 1 in the vector exp)', () => {
    expect(Array.from(softmaxRows(k, Float32Array.of(-3, -3, -3, -3), 1, 4, 2))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});
