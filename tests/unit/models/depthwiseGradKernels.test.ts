import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerDepthwiseGradKernels } from '../../../src/models/runtime/depthwiseGradKernels';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';
import { nonEmpty } from '../../nonEmpty';

interface Case {
  x: [number, number, number, number];
  k: [number, number]; // KH, KW; the filter is [KH, KW, C, 1]
  stride: number;
  pad: 'same' | 'valid';
}
// Odd and even sides, strides 1 and 2, both paddings, non-square kernels: every pad branch.
const CASES: Case[] = [
  { x: [2, 7, 9, 3], k: [3, 3], stride: 1, pad: 'same' },
  { x: [2, 8, 8, 4], k: [3, 3], stride: 2, pad: 'same' },
  { x: [1, 9, 7, 2], k: [5, 5], stride: 2, pad: 'same' },
  { x: [3, 9, 6, 5], k: [3, 5], stride: 2, pad: 'valid' },
  { x: [1, 10, 11, 3], k: [5, 3], stride: 1, pad: 'valid' },
  { x: [2, 6, 6, 8], k: [7, 7], stride: 1, pad: 'same' },
];

/** Gradients of Σ depthwiseConv2d(x, w) ⊙ g w.r.t. x and w. */
function grads(c: Case, x: Float32Array, w: Float32Array, g: Float32Array) {
  return tf.tidy(() => {
    const xt = tf.tensor4d(x, c.x);
    const wt = tf.tensor4d(w, [c.k[0], c.k[1], c.x[3], 1]);
    const f = (a: tf.Tensor, b: tf.Tensor) => {
      const y = tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad);
      return tf.sum(tf.mul(y, tf.tensor(g.subarray(0, y.size), y.shape)));
    };
    const [dx, dw] = tf.grads(f)([xt, wt]);
    return { dx: dx.dataSync() as Float32Array, dw: dw.dataSync() as Float32Array };
  });
}

const r = randomSeeded(7);
const rnd = (n: number) => Float32Array.from({ length: n }, () => r() * 2 - 1);
const data = CASES.map((c) => ({ x: rnd(c.x.reduce((a, b) => a * b)), w: rnd(c.k[0] * c.k[1] * c.x[3]), g: rnd(4000) }));

describe('depthwise gradient kernels on wasm match tfjs-backend-cpu’s stock kernels', () => {
  const reference: { dx: Float32Array; dw: Float32Array }[] = [];
  beforeAll(async () => {
    await tf.setBackend('cpu');
    nonEmpty(CASES).forEach((c, i) => reference.push(grads(c, data[i].x, data[i].w, data[i].g)));
    await tf.setBackend('wasm');
    registerDepthwiseGradKernels('wasm');
  });

  it.each(CASES.map((c, i) => [i, c] as const))('case %i %o: dx and dW', (i) => {
    const got = grads(CASES[i], data[i].x, data[i].w, data[i].g);
    // Sums of ≤ 7·7 (dx) or ≤ 3·9·6 (dW) products of values in [−1, 1], in float32 in a different order: 1e-4.
    expect(maxAbsDiff(got.dx, reference[i].dx)).toBeLessThan(1e-4);
    expect(maxAbsDiff(got.dw, reference[i].dw)).toBeLessThan(1e-4);
  });

  it('registering twice keeps one registration', () => {
    registerDepthwiseGradKernels('wasm');
    expect((tf.getKernel('DepthwiseConv2dNativeBackpropFilter', 'wasm') as { ours?: boolean }).ours).toBe(true);
  });
});
