import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { focalLoss } from '../../../src/kernels/focalLoss';
import { randomSeeded } from '../../../src/kernels/random';

function seededLogits(n: number, c: number, seed: number, scale = 3) {
  const rand = randomSeeded(seed);
  return {
    logits: Float32Array.from({ length: n * c }, () => (rand() * 2 - 1) * scale),
    labels: Int32Array.from({ length: n }, () => Math.floor(rand() * c)),
  };
}

describe('focalLoss', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('with γ = 0 and no α is tfjs softmax cross-entropy (mean over samples) within 1e-5', () => {
    const { logits, labels } = seededLogits(64, 3, 1);
    const ce = tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(labels, 'int32'), 3), tf.tensor2d(logits, [64, 3])).dataSync()[0]);
    expect(Math.abs(focalLoss(logits, labels, 3, 0) - ce)).toBeLessThan(1e-5); // tfjs in float32
  });

  it('matches the paper’s formula written with tfjs ops for γ = 2 and per-class α', () => {
    const { logits, labels } = seededLogits(50, 4, 2);
    const alpha = [0.25, 0.75, 0.5, 1];
    const ref = tf.tidy(() => {
      const logp = tf.logSoftmax(tf.tensor2d(logits, [50, 4]));
      const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 4);
      const logPt = tf.sum(tf.mul(logp, y), 1);
      const a = tf.sum(tf.mul(y, tf.tensor1d(alpha)), 1);
      return tf.mean(tf.mul(tf.neg(a), tf.mul(tf.pow(tf.sub(1, tf.exp(logPt)), 2), logPt))).dataSync()[0];
    });
    expect(Math.abs(focalLoss(logits, labels, 4, 2, alpha) - ref)).toBeLessThan(1e-6);
  });

  it('down-weights easy examples: p_t = 0.9 with γ = 2 costs (0.1)² = 1% of its cross-entropy', () => {
    const z = Float64Array.of(Math.log(0.9), Math.log(0.1)); // softmax = [0.9, 0.1]
    expect(focalLoss(z, [0], 2, 2) / focalLoss(z, [0], 2, 0)).toBeCloseTo(0.01, 10);
  });

  it('stays finite for logits of ±1e4 (max-subtracted softmax)', () => {
    const v = focalLoss(Float32Array.of(1e4, -1e4, 0), [1], 3, 2);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeCloseTo(2e4, 0);
  });

  it('is 0 for no samples and rejects mismatched sizes and a negative γ', () => {
    expect(focalLoss(new Float32Array(0), [], 3, 2)).toBe(0);
    expect(() => focalLoss(new Float32Array(5), [0, 1], 3, 2)).toThrow(/need 6 logits/);
    expect(() => focalLoss(new Float32Array(3), [0], 3, -1)).toThrow(/γ must be/);
  });
});
