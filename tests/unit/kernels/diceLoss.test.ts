import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { diceLoss } from '../../../src/kernels/diceLoss';
import { randomSeeded } from '../../../src/kernels/random';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

beforeAll(async () => {
  await useTfBackend('cpu');
});

/** The same loss written in tfjs ops (what a tfjs training loop would use). */
function tfDice(p: number[], g: number[], eps: number, squared: boolean): number {
  return tf.tidy(() => {
    const [tp, tg] = [tf.tensor1d(p), tf.tensor1d(g)];
    const inter = tf.sum(tf.mul(tp, tg));
    const den = squared ? tf.add(tf.sum(tf.square(tp)), tf.sum(tf.square(tg))) : tf.add(tf.sum(tp), tf.sum(tg));
    return tf.sub(1, tf.div(tf.add(tf.mul(2, inter), eps), tf.add(den, eps))).dataSync()[0];
  });
}

describe('soft Dice loss', () => {
  it('p = [1, 1, 0, 0], g = [1, 0, 1, 0], ε = 0: dice = 2·1/(2+2) = ½, loss ½ (hand case)', () => {
    expect(diceLoss([1, 1, 0, 0], [1, 0, 1, 0], { epsilon: 0 })).toBe(0.5);
  });

  it('two empty masks give loss 0 with ε = 1 (not 0/0)', () => {
    expect(diceLoss([0, 0, 0], [0, 0, 0])).toBe(0);
  });

  it('a perfect prediction gives loss 0; a disjoint one 1 − ε/(Σp + Σg + ε)', () => {
    expect(diceLoss([1, 0, 1], [1, 0, 1], { epsilon: 0 })).toBe(0);
    expect(diceLoss([1, 0, 0], [0, 0, 1], { epsilon: 1 })).toBeCloseTo(1 - 1 / 3, 15);
  });

  it('V-Net squared form: p = [0.5, 0.5], g = [1, 0], ε = 0 gives 1 − 1/(0.5 + 1) = 1/3', () => {
    expect(diceLoss([0.5, 0.5], [1, 0], { epsilon: 0, squared: true })).toBeCloseTo(1 / 3, 15);
  });

  it('agrees with the same expression in tfjs ops on seeded random soft maps', () => {
    const rand = randomSeeded(5);
    const cases = [0, 1e-6, 1].flatMap((eps) => [false, true].map((squared) => ({ eps, squared, n: 200 })));
    expect(cases.length).toBeGreaterThan(0);
    for (const { eps, squared, n } of cases) {
      const p = Array.from({ length: n }, () => rand());
      const g = Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
      // tfjs sums 200 float32 values: relative error ~1e-6 on sums of ~100.
      expect(Math.abs(diceLoss(p, g, { epsilon: eps, squared }) - tfDice(p, g, eps, squared))).toBeLessThan(1e-5);
    }
  });

  it('refuses arrays of different lengths', () => {
    expect(() => diceLoss([1, 0], [1])).toThrow(/2 values but target has 1/);
  });
});
