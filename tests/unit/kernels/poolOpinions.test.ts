import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { poolOpinions } from '../../../src/kernels/poolOpinions';
import { logSoftmaxRows } from '../../../src/kernels/logSoftmaxRows';
import { normal, randomSeeded } from '../../../src/kernels/random';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

beforeAll(async () => {
  await useTfBackend('cpu');
});

/** Rows of probabilities as [n, k] log-probabilities (log 0 = −∞). */
const logs = (rows: number[][]) => ({ data: Float32Array.from(rows.flat(), Math.log), shape: [rows.length, rows[0].length] });
const rows = (t: { data: Float32Array; shape: number[] }) =>
  Array.from({ length: t.shape[0] }, (_, i) => Array.from(t.data.subarray(i * t.shape[1], (i + 1) * t.shape[1])));
// Hand cases are exact in float64; the output is rounded once to float32 (relative 6e-8), and inputs went through float32 logs.
const close = (got: number[][], want: number[][]) => got.flat().forEach((v, i) => expect(Math.abs(v - want.flat()[i])).toBeLessThan(1e-6));

describe('poolOpinions: two classifiers fused', () => {
  it('the geometric mean of [0.9, 0.1] and [0.5, 0.5] at w = ½ is [¾, ¼] (√0.45 : √0.05 = 3 : 1)', () => {
    close(rows(poolOpinions(logs([[0.9, 0.1]]), logs([[0.5, 0.5]]), 0.5)), [[0.75, 0.25]]);
  });

  it('two opposite opinions [0.8, 0.2] and [0.2, 0.8] cancel to [½, ½] under both rules', () => {
    close(rows(poolOpinions(logs([[0.8, 0.2]]), logs([[0.2, 0.8]]), 0.5)), [[0.5, 0.5]]);
    close(rows(poolOpinions(logs([[0.8, 0.2]]), logs([[0.2, 0.8]]), 0.5, 'linear')), [[0.5, 0.5]]);
  });

  it('the linear pool of [0.9, 0.1] and [0.5, 0.5] at w = 0.25 is [0.6, 0.4]', () => {
    close(rows(poolOpinions(logs([[0.9, 0.1]]), logs([[0.5, 0.5]]), 0.25, 'linear')), [[0.6, 0.4]]);
  });

  it('w = 1 returns expert A and w = 0 expert B, even where the other expert has a −∞', () => {
    const a = [[0.7, 0.2, 0.1]];
    const b = [[0, 0.5, 0.5]];
    close(rows(poolOpinions(logs(a), logs(b), 1)), a);
    close(rows(poolOpinions(logs(b), logs(a), 0)), a);
  });

  it('a class one expert cannot name is vetoed by the product and kept by the mixture', () => {
    const a = logs([[0.5, 0.5, 0]]);
    const b = logs([[0.1, 0.1, 0.8]]);
    close(rows(poolOpinions(a, b, 0.5)), [[0.5, 0.5, 0]]);
    close(rows(poolOpinions(a, b, 0.5, 'linear')), [[0.3, 0.3, 0.4]]);
  });

  it('experts with no class in common fall back to the mixture, so the row still sums to 1', () => {
    close(rows(poolOpinions(logs([[1, 0]]), logs([[0, 1]]), 0.5)), [[0.5, 0.5]]);
  });

  it('log-linear pooling of log-softmaxed logits agrees with tf.softmax(w·logSoftmax(a) + (1 − w)·logSoftmax(b))', () => {
    const rand = randomSeeded(11);
    const cases = [0, 0.3, 0.5, 0.85, 1].flatMap((w) => [3, 5].map((k) => ({ w, k, n: 17 })));
    expect(cases.length).toBeGreaterThan(0);
    for (const { w, k, n } of cases) {
      const za = Float32Array.from({ length: n * k }, () => 6 * normal(rand));
      const zb = Float32Array.from({ length: n * k }, () => 20 * normal(rand));
      const ours = poolOpinions(logSoftmaxRows({ data: za, shape: [n, k] }), logSoftmaxRows({ data: zb, shape: [n, k] }), w).data;
      const ref = tf.tidy(() => {
        const la = tf.logSoftmax(tf.tensor2d(za, [n, k]));
        const lb = tf.logSoftmax(tf.tensor2d(zb, [n, k]));
        return tf.softmax(tf.add(tf.mul(la, w), tf.mul(lb, 1 - w))).dataSync();
      });
      // Both in float32 arithmetic on values ≤ 1 (logits up to ~60): a few ulps.
      for (let i = 0; i < ours.length; i++) expect(Math.abs(ours[i] - ref[i])).toBeLessThan(2e-6);
    }
  });

  it('refuses a weight outside [0, 1] and tensors of different shapes', () => {
    const a = logs([[0.5, 0.5]]);
    expect(() => poolOpinions(a, a, 1.5)).toThrow(/w must be/);
    expect(() => poolOpinions(a, logs([[0.2, 0.3, 0.5]]), 0.5)).toThrow(/one shape/);
  });
});
