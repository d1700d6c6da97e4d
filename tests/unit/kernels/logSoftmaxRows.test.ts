import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { logSoftmaxRows } from '../../../src/kernels/logSoftmaxRows';
import { normal, randomSeeded } from '../../../src/kernels/random';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

beforeAll(async () => {
  await useTfBackend('cpu');
});

describe('logSoftmaxRows', () => {
  it('log-softmax of [0, ln 3] is [ln ¼, ln ¾] (hand case)', () => {
    const r = logSoftmaxRows({ data: Float32Array.of(0, Math.log(3)), shape: [1, 2] }).data;
    // ln 3 rounded to float32 moves the result by < 1e-7.
    expect(Math.abs(r[0] - Math.log(0.25))).toBeLessThan(1e-6);
    expect(Math.abs(r[1] - Math.log(0.75))).toBeLessThan(1e-6);
  });

  it('logits 1000 and 1001 stay finite: [−ln(1 + e), −ln(1 + 1/e)]', () => {
    const r = logSoftmaxRows({ data: Float32Array.of(1000, 1001), shape: [1, 2] }).data;
    expect(Math.abs(r[0] + Math.log(1 + Math.E))).toBeLessThan(1e-6);
    expect(Math.abs(r[1] + Math.log(1 + 1 / Math.E))).toBeLessThan(1e-6);
  });

  it('a −∞ logit stays −∞ and the other classes share all the mass; a row of −∞ stays −∞', () => {
    const r = logSoftmaxRows({ data: Float32Array.of(0, -Infinity, 0, -Infinity, -Infinity), shape: [1, 5] }).data;
    expect(r[1]).toBe(-Infinity);
    expect(Math.abs(r[0] - Math.log(0.5))).toBeLessThan(1e-6);
    expect(Array.from(logSoftmaxRows({ data: Float32Array.of(-Infinity, -Infinity), shape: [1, 2] }).data)).toEqual([-Infinity, -Infinity]);
  });

  it('agrees with tf.logSoftmax on seeded random logits of scale 1, 10 and 50', () => {
    const rand = randomSeeded(5);
    const cases = [1, 10, 50].flatMap((s) => [2, 3, 8].map((k) => ({ s, k, n: 13 })));
    expect(cases.length).toBeGreaterThan(0);
    for (const { s, k, n } of cases) {
      const z = Float32Array.from({ length: n * k }, () => s * normal(rand));
      const ours = logSoftmaxRows({ data: z, shape: [n, k] }).data;
      const ref = tf.tidy(() => tf.logSoftmax(tf.tensor2d(z, [n, k])).dataSync());
      // float32 rounding of values up to ~200 in magnitude: relative 1e-7 of |value|, plus an absolute floor.
      for (let i = 0; i < ours.length; i++) expect(Math.abs(ours[i] - ref[i])).toBeLessThan(1e-6 + 2e-7 * Math.abs(ref[i]));
    }
  });
});
