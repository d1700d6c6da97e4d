import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { infoNce } from '../../../src/kernels/infoNce';
import { normal, randomSeeded } from '../../../src/kernels/random';
import { tensor } from '../../../src/kernels/tensor';
import { clipLogits, clipLoss } from '../../../src/models/clip/loss';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

beforeAll(async () => {
  await useTfBackend('cpu');
});

/** tfjs's CLIP training loss on L2-normalised rows, logit scale exp(t) = 1/τ. */
function tfLoss(a: number[], b: number[], n: number, d: number, tau: number): number {
  return tf.tidy(() => {
    const unit = (x: number[]) => {
      const t = tf.tensor2d(x, [n, d]);
      return tf.div(t, tf.norm(t, 2, 1, true)) as tf.Tensor2D;
    };
    return clipLoss(clipLogits(unit(a), unit(b), tf.scalar(Math.log(1 / tau)))).dataSync()[0];
  });
}

describe('symmetric InfoNCE', () => {
  it('the hand-checked 2×2 case of clipLoss.test.ts: 0.180001 at 1/τ = 5 ln 2', () => {
    // I = [[1,0],[0,1]], T = [[1,0],[0.6,0.8]]: exp(logits) = [[32, 8], [1, 16]] (see clipLoss.test.ts).
    const r = infoNce(tensor([2, 2], [1, 0, 0, 1]), tensor([2, 2], [1, 0, 0.6, 0.8]), 1 / (5 * Math.LN2));
    // float32 storage of 0.6 and 0.8 moves the loss by ~1e-8.
    expect(r.loss).toBeCloseTo(Math.log(1.25 * 1.0625 * 1.03125 * 1.5) / 4, 6);
    expect(r.aToB).toBeCloseTo((Math.log(1.25) + Math.log(17 / 16)) / 2, 6);
    expect(r.bToA).toBeCloseTo((Math.log(33 / 32) + Math.log(1.5)) / 2, 6);
  });

  it('perfectly separated pairs at small τ give a loss near 0; identical rows give ln n', () => {
    expect(infoNce(tensor([2, 2], [1, 0, 0, 1]), tensor([2, 2], [1, 0, 0, 1]), 0.01).loss).toBeLessThan(1e-30);
    expect(infoNce(tensor([3, 2], [1, 1, 1, 1, 1, 1]), tensor([3, 2], [2, 2, 2, 2, 2, 2]), 0.5).loss).toBeCloseTo(Math.log(3), 12);
  });

  it('agrees with the tfjs CLIP loss on seeded random batches (τ = 0.07, 0.5, 1)', () => {
    const rand = randomSeeded(11);
    const cases = [0.07, 0.5, 1].map((tau) => {
      const [n, d] = [6, 5];
      return { tau, n, d, a: Array.from({ length: n * d }, () => normal(rand)), b: Array.from({ length: n * d }, () => normal(rand)) };
    });
    expect(cases.length).toBeGreaterThan(0);
    for (const { tau, n, d, a, b } of cases) {
      const ours = infoNce(tensor([n, d], a), tensor([n, d], b), tau).loss;
      // tfjs is float32: logits up to 1/0.07 ≈ 14 carry ~1e-6 relative error into the log-sum-exp.
      expect(Math.abs(ours - tfLoss(a, b, n, d, tau))).toBeLessThan(1e-5 * Math.max(1, ours));
    }
  });

  it('refuses mismatched shapes, an empty batch and a zero temperature', () => {
    expect(() => infoNce(tensor([2, 2]), tensor([3, 2]), 1)).toThrow(/must match/);
    expect(() => infoNce(tensor([0, 2]), tensor([0, 2]), 1)).toThrow(/empty/);
    expect(() => infoNce(tensor([1, 2], [1, 0]), tensor([1, 2], [1, 0]), 0)).toThrow(/temperature/);
  });
});
