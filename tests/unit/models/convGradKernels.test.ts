import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerConvGradKernels } from '../../../src/models/runtime/convGradKernels';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';

type Pad = 'same' | 'valid';
interface Case {
  x: number[];
  k: number[];
  stride: number;
  pad: Pad;
}
const CASES: Case[] = [
  { x: [2, 7, 9, 3], k: [3, 3, 3, 4], stride: 1, pad: 'same' },
  { x: [2, 7, 9, 3], k: [3, 3, 3, 4], stride: 1, pad: 'valid' },
  { x: [1, 8, 8, 2], k: [3, 3, 2, 5], stride: 2, pad: 'same' },
  { x: [3, 9, 6, 4], k: [2, 3, 4, 2], stride: 2, pad: 'valid' },
  { x: [1, 5, 5, 1], k: [1, 1, 1, 3], stride: 1, pad: 'same' },
];

/** Gradients of Σ conv(x, w) ⊙ g w.r.t. x and w: exercises Conv2DBackpropInput and Conv2DBackpropFilter. */
function grads(c: Case, x: Float32Array, w: Float32Array, g: Float32Array) {
  return tf.tidy(() => {
    const xt = tf.tensor4d(x, c.x as [number, number, number, number]);
    const wt = tf.tensor4d(w, c.k as [number, number, number, number]);
    const f = (a: tf.Tensor, b: tf.Tensor) => {
      const y = tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad);
      return tf.sum(tf.mul(y, tf.tensor(g.subarray(0, y.size), y.shape)));
    };
    const [dx, dw] = tf.grads(f)([xt, wt]);
    return { dx: dx.dataSync() as Float32Array, dw: dw.dataSync() as Float32Array };
  });
}

const r = randomSeeded(99);
const data = CASES.map((c) => ({
  x: Float32Array.from({ length: c.x.reduce((a, b) => a * b) }, () => r() * 2 - 1),
  w: Float32Array.from({ length: c.k.reduce((a, b) => a * b) }, () => r() * 2 - 1),
  g: Float32Array.from({ length: 2000 }, () => r() * 2 - 1),
}));

describe('conv gradient kernels match tfjs-backend-cpu’s stock kernels', () => {
  const reference: { dx: Float32Array; dw: Float32Array }[] = [];
  beforeAll(async () => {
    await tf.setBackend('cpu'); // stock kernels first: they are the reference
    CASES.forEach((c, i) => reference.push(grads(c, data[i].x, data[i].w, data[i].g)));
  });

  describe.each(['cpu', 'wasm'] as const)('on %s', (backend) => {
    beforeAll(async () => {
      await tf.setBackend(backend);
      registerConvGradKernels(backend);
    });

    it.each(CASES.map((c, i) => ({ ...c, i })))('x $x, k $k, stride $stride, $pad: dW and dx within 1e-5', ({ i }) => {
      const got = grads(CASES[i], data[i].x, data[i].w, data[i].g);
      expect(maxAbsDiff(got.dw, reference[i].dw)).toBeLessThan(1e-5);
      expect(maxAbsDiff(got.dx, reference[i].dx)).toBeLessThan(1e-5);
    });

    it('leaks no tensors across repeated gradient calls', () => {
      grads(CASES[0], data[0].x, data[0].w, data[0].g);
      const before = tf.memory().numTensors;
      for (let k = 0; k < 5; k++) grads(CASES[2], data[2].x, data[2].w, data[2].g);
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
