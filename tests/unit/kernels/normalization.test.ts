import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchNorm, batchNormState } from '../../../src/kernels/batchNorm';
import { groupNorm } from '../../../src/kernels/groupNorm';
import { layerNorm } from '../../../src/kernels/layerNorm';
import { normal, randomSeeded } from '../../../src/kernels/random';
import { maxAbsDiff, tensor, type Tensor } from '../../../src/kernels/tensor';
import { batchNormModel, instanceNormModel } from '../../../src/models/onnx/reference/normalization';
import { runOnce } from '../../../src/models/runtime/ort';

function activations(shape: number[], seed: number, shift = 2, scale = 3): Tensor {
  const rand = randomSeeded(seed);
  return tensor(
    shape,
    Array.from({ length: shape.reduce((a, b) => a * b) }, () => shift + scale * normal(rand)),
  );
}

// Float32 normalised values are O(1): onnxruntime's and tfjs's float32 sums agree with our
// float64 ones to a few ulps of the inputs' scale; 1e-5 leaves room for that, not for a wrong formula.
const TOL = 1e-5;

describe('batchNorm', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('evaluation mode equals onnxruntime-web BatchNormalization with the same running statistics', async () => {
    const x = activations([2, 3, 5, 4], 1);
    const state = { runningMean: Float64Array.of(0.5, -1, 2), runningVar: Float64Array.of(4, 0.25, 9) };
    const p = { scale: [1.5, 0.5, 2], bias: [0, 1, -1] };
    const ours = batchNorm(x, state, { training: false, gamma: p.scale, beta: p.bias, eps: 1e-5 }).y;
    const ref = await runOnce(batchNormModel(x.shape, { ...p, mean: state.runningMean, variance: state.runningVar }, 1e-5), { x });
    expect(maxAbsDiff(ours.data, ref.y.data)).toBeLessThan(TOL);
  });

  it('training mode normalises with the batch’s biased moments, as tf.moments computes them', () => {
    const x = activations([4, 2, 3, 3], 2);
    const ours = batchNorm(x, batchNormState(2), { training: true }).y;
    const ref = tf.tidy(() => {
      const t = tf.tensor4d(x.data, [4, 2, 3, 3]);
      const { mean, variance } = tf.moments(t, [0, 2, 3], true); // tfjs: biased variance, no Bessel
      return tf.div(tf.sub(t, mean), tf.sqrt(tf.add(variance, 1e-5))).dataSync();
    });
    expect(maxAbsDiff(ours.data, ref)).toBeLessThan(TOL);
  });

  it('updates running statistics as PyTorch documents: (1 − 0.1)·old + 0.1·batch, storing the unbiased variance', () => {
    // Channel 0 holds 1, 2, 3, 4: mean 2.5, biased variance 1.25, unbiased 5/3.
    const x = tensor([4, 1, 1, 1], [1, 2, 3, 4]);
    const s = batchNormState(1);
    const { mean, variance } = batchNorm(x, s, { training: true });
    expect(mean[0]).toBe(2.5);
    expect(variance[0]).toBe(1.25);
    expect(s.runningMean[0]).toBeCloseTo(0.9 * 0 + 0.1 * 2.5, 15);
    expect(s.runningVar[0]).toBeCloseTo(0.9 * 1 + 0.1 * (5 / 3), 15);
  });

  it('a batch of one image normalises it to zero mean per channel, which evaluation mode does not (the demo’s contrast)', () => {
    const x = activations([1, 1, 4, 4], 3);
    const train = batchNorm(x, batchNormState(1), { training: true }).y;
    const evalY = batchNorm(x, batchNormState(1), { training: false }).y;
    expect(Math.abs(train.data.reduce((a, b) => a + b, 0) / 16)).toBeLessThan(1e-6);
    expect(Math.abs(evalY.data.reduce((a, b) => a + b, 0) / 16)).toBeGreaterThan(1);
  });
});

describe('groupNorm', () => {
  it('with G = C equals onnxruntime-web InstanceNormalization', async () => {
    const x = activations([2, 4, 3, 5], 4);
    const scale = [1, 2, 0.5, -1];
    const bias = [0, 0.5, 1, -2];
    const ref = await runOnce(instanceNormModel(x.shape, scale, bias, 1e-5), { x });
    expect(maxAbsDiff(groupNorm(x, 4, { gamma: scale, beta: bias }).data, ref.y.data)).toBeLessThan(TOL);
  });

  it('with G = 1 equals layer norm over (C, H, W) of each sample', () => {
    const x = activations([3, 2, 2, 3], 5);
    const flat = layerNorm(tensor([3, 12], x.data), undefined, undefined, 1e-5);
    expect(maxAbsDiff(groupNorm(x, 1).data, flat.data)).toBeLessThan(TOL);
  });

  it('refuses a group count that does not divide the channels', () => {
    expect(() => groupNorm(tensor([1, 6, 1, 1]), 4)).toThrow(/must divide 6 channels/);
  });
});
