import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerNorm } from '../../../src/kernels/layerNorm';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { randInt, randomSeeded, uniform } from '../../../src/kernels/random';
import { layerNormModel } from '../../../src/models/onnx/reference/normalization';
import { runOnce } from '../../../src/models/runtime/ort';
import { randomTensor } from './attentionFixtures';

// Outputs are O(|γ|·3 + |β|) ≤ ~10 in size here. ORT and tfjs compute mean and variance in float32
// (D ≤ 256 terms), ours in float64, so they differ by a few float32 ulps of 10 (measured: at most
// 1.4e-6 against ORT, 4.8e-7 against tfjs). 1e-5 leaves ~7× headroom; a wrong ε (1e-3 against
// 1e-5) or the unbiased variance moves outputs by > 1e-3.
const TOLERANCE = 1e-5;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('layerNorm on hand cases', () => {
  it('normalises [1, 2, 3] to [−1, 0, 1]/√(2/3 + ε) (biased variance 2/3)', () => {
    const s = 1 / Math.sqrt(2 / 3 + 1e-5); // 1.22473…
    expect(maxAbsDiff(layerNorm(tensor([3], [1, 2, 3])).data, [-s, 0, s])).toBeLessThan(1e-6);
  });

  it('applies γ and β per feature: y = x̂·γ + β', () => {
    const y = layerNorm(tensor([2], [0, 2]), tensor([2], [2, 3]), tensor([2], [10, 20]), 0);
    expect(Array.from(y.data)).toEqual([8, 23]); // x̂ = [−1, 1]
  });

  it('normalises every row on its own over the last axis of a [2, 2, 3] tensor; a constant row becomes 0', () => {
    const x = tensor([2, 2, 3], [1, 2, 3, 10, 20, 30, -1, -1, -1, 0, 5, 10]);
    const y = layerNorm(x, undefined, undefined, 1e-12); // ε > 0 keeps the constant row from 0/0
    const s = Math.sqrt(1.5); // [−1, 0, 1]·k has biased std k·√(2/3)
    expect(maxAbsDiff(y.data, [-s, 0, s, -s, 0, s, 0, 0, 0, -s, 0, s])).toBeLessThan(1e-6);
  });

  it('keeps a large common offset: 10⁴ + [−1, 0, 1] normalises like [−1, 0, 1] (two-pass variance)', () => {
    const y = layerNorm(tensor([3], [9999, 10000, 10001]), undefined, undefined, 0);
    expect(maxAbsDiff(y.data, [-Math.sqrt(1.5), 0, Math.sqrt(1.5)])).toBeLessThan(1e-6);
  });
});

describe('layerNorm matches onnxruntime-web LayerNormalization (opset 17, axis −1)', () => {
  const rand = randomSeeded(31);
  const cases = [
    ...Array.from({ length: 6 }, () => ({ shape: [randInt(rand, 1, 12), randInt(rand, 1, 96)], epsilon: [1e-5, 1e-6, 1e-3][randInt(rand, 0, 2)] })),
    { shape: [2, 5, 64], epsilon: 1e-6 }, // a batch of ViT token rows (timm's ε)
    { shape: [197, 256], epsilon: 1e-5 },
  ].map((c, i) => ({ id: i + 1, ...c }));
  expect(cases.length).toBeGreaterThan(0);

  it.each(cases)(`case $id: x [$shape], ε $epsilon, within ${TOLERANCE}`, async ({ shape, epsilon }) => {
    const d = shape[shape.length - 1];
    const x = randomTensor(rand, shape, -3, 3);
    x.data.forEach((v, i) => (x.data[i] = v + uniform(rand, -1, 1) * (i % 3))); // rows with different offsets
    const gamma = randomTensor(rand, [d], 0.5, 2);
    const beta = randomTensor(rand, [d], -1, 1);
    const ours = layerNorm(x, gamma, beta, epsilon);
    const ref = await runOnce(layerNormModel(shape, gamma.data, beta.data, epsilon), { x });
    expect(ours.shape).toEqual(ref.y.shape);
    expect(maxAbsDiff(ours.data, ref.y.data)).toBeLessThan(TOLERANCE);
  });
});

describe('layerNorm matches tfjs', () => {
  it(`equals tf.layers.layerNormalization (ε 1e-3, its default) with the same γ, β on a [4, 7, 32] input, within ${TOLERANCE}`, () => {
    const rand = randomSeeded(8);
    const x = randomTensor(rand, [4, 7, 32], -2, 4);
    const gamma = randomTensor(rand, [32], 0.5, 2);
    const beta = randomTensor(rand, [32], -1, 1);
    const ref = tf.tidy(() => {
      const layer = tf.layers.layerNormalization({ axis: -1 });
      layer.build([4, 7, 32]);
      layer.setWeights([tf.tensor(gamma.data), tf.tensor(beta.data)]);
      return (layer.apply(tf.tensor(x.data, x.shape)) as tf.Tensor).dataSync() as Float32Array;
    });
    expect(maxAbsDiff(layerNorm(x, gamma, beta, 1e-3).data, ref)).toBeLessThan(TOLERANCE);
  });

  it(`equals (x − mean)/√(var + ε) from tf.moments over the last axis, within ${TOLERANCE}`, () => {
    const x = randomTensor(randomSeeded(9), [10, 48], -5, 5);
    const ref = tf.tidy(() => {
      const t = tf.tensor(x.data, x.shape);
      const { mean, variance } = tf.moments(t, -1, true);
      return t.sub(mean).div(variance.add(1e-5).sqrt()).dataSync() as Float32Array;
    });
    expect(maxAbsDiff(layerNorm(x).data, ref)).toBeLessThan(TOLERANCE);
  });
});

describe('layerNorm input checks', () => {
  it.each([
    ['a scalar', () => layerNorm(tensor([])), /at least one axis/],
    ['γ of the wrong length', () => layerNorm(tensor([2, 3]), tensor([2])), /gamma must have 3 values, got 2/],
    ['β of the wrong length', () => layerNorm(tensor([2, 3]), undefined, tensor([4])), /beta must have 3 values, got 4/],
    ['a negative ε', () => layerNorm(tensor([2, 3]), undefined, undefined, -1), /epsilon must be ≥ 0/],
  ])('rejects %s with a message naming it', (_what, call, message) => {
    expect(call).toThrow(message);
  });
});
