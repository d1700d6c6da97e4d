import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { logSumExp, softmax } from '../../../src/kernels/softmax';
import { normal, randomSeeded } from '../../../src/kernels/random';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

beforeAll(async () => {
  await useTfBackend('cpu');
});

describe('softmax with temperature', () => {
  it('softmax of [0, ln 3] is [1/4, 3/4] (hand case)', () => {
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 7);
    expect(p[1]).toBeCloseTo(0.75, 7);
  });

  it('temperature 2 on [0, 2 ln 3] gives the same [1/4, 3/4] (z/τ is what counts)', () => {
    const p = softmax([0, 2 * Math.log(3)], 2);
    expect(p[0]).toBeCloseTo(0.25, 7);
  });

  it('logits of 1000 and 1001 stay finite: [1/(1+e), e/(1+e)]', () => {
    const p = softmax([1000, 1001]);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.E), 7);
    expect(p[1]).toBeCloseTo(Math.E / (1 + Math.E), 7);
  });

  it('agrees with tf.softmax(z / τ) on seeded random logits at τ = 0.07, 1 and 5', () => {
    const rand = randomSeeded(3);
    const cases = [0.07, 1, 5].flatMap((t) => [7, 64].map((n) => ({ t, z: Array.from({ length: n }, () => 4 * normal(rand)) })));
    expect(cases.length).toBeGreaterThan(0);
    for (const { t, z } of cases) {
      const ref = tf.tidy(() => tf.softmax(tf.div(tf.tensor1d(z), t)).dataSync());
      // tfjs computes in float32: a few ulps of values ≤ 1.
      for (let i = 0; i < z.length; i++) expect(Math.abs(softmax(z, t)[i] - ref[i])).toBeLessThan(1e-6);
    }
  });

  it('refuses a zero or negative temperature', () => {
    expect(() => softmax([1, 2], 0)).toThrow(/temperature/);
    expect(() => softmax([1, 2], -1)).toThrow(/temperature/);
  });

  it('logSumExp of [ln 1, ln 3] is ln 4, and of [1000, 1000] is 1000 + ln 2', () => {
    expect(logSumExp([0, Math.log(3)])).toBeCloseTo(Math.log(4), 12);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 10);
    expect(logSumExp([])).toBe(-Infinity);
  });
});
