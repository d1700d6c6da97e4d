import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { surface, type SurfaceKind } from '../../../src/kernels/lossSurfaces';
import { randomSeeded } from '../../../src/kernels/random';

const KINDS: SurfaceKind[] = ['ill-conditioned', 'rosenbrock', 'saddle'];

/** The same functions written with tfjs ops, so tf.grad gives an independent gradient. */
const TF: Record<string, (x: tf.Scalar, y: tf.Scalar) => tf.Scalar> = {
  'ill-conditioned': (x, y) => tf.mul(0.5, tf.add(tf.square(x), tf.mul(25, tf.square(y)))),
  rosenbrock: (x, y) => tf.add(tf.square(tf.sub(1, x)), tf.mul(100, tf.square(tf.sub(y, tf.square(x))))),
  saddle: (x, y) => tf.add(tf.sub(tf.square(x), tf.square(y)), tf.div(tf.pow(y, 4), 4)),
};

describe('loss surfaces', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(KINDS)('%s: value and gradient agree with tfjs ops and tf.grads at seeded points', (kind) => {
    const s = surface(kind);
    const rand = randomSeeded(kind.length);
    for (let k = 0; k < 20; k++) {
      const [x, y] = [rand() * 3 - 1.5, rand() * 3 - 1.5];
      const [gx, gy] = tf.tidy(() =>
        tf
          .grads((a: tf.Tensor, b: tf.Tensor) => TF[kind](a as tf.Scalar, b as tf.Scalar))([tf.scalar(x), tf.scalar(y)])
          .map((g) => g.dataSync()[0]),
      );
      const v = tf.tidy(() => TF[kind](tf.scalar(x), tf.scalar(y)).dataSync()[0]);
      // tfjs evaluates in float32: relative 1e-5 covers its rounding on values up to ~1e3 (Rosenbrock).
      expect(s.value(x, y)).toBeCloseTo(v, 5 - Math.ceil(Math.log10(Math.max(1, Math.abs(v)))));
      const [ox, oy] = s.gradient(x, y);
      expect(Math.abs(ox - gx)).toBeLessThan(1e-5 * Math.max(1, Math.abs(gx)));
      expect(Math.abs(oy - gy)).toBeLessThan(1e-5 * Math.max(1, Math.abs(gy)));
    }
  });

  it.each(KINDS)('%s: the gradient vanishes at every stated minimum and the value is smallest there', (kind) => {
    const s = surface(kind);
    for (const [x, y] of s.minima) {
      const [gx, gy] = s.gradient(x, y);
      expect(Math.hypot(gx, gy)).toBeLessThan(1e-12);
      expect(s.value(x, y)).toBeLessThan(s.value(x + 0.01, y));
      expect(s.value(x, y)).toBeLessThan(s.value(x, y - 0.01));
    }
  });

  it('noisy: the gradient is the bowl’s plus zero-mean noise (mean over 4000 draws within 4 standard errors)', () => {
    const s = surface('noisy');
    const rand = randomSeeded(3);
    let sx = 0;
    for (let k = 0; k < 4000; k++) sx += s.gradient(1, 0, rand)[0];
    expect(Math.abs(sx / 4000 - 1)).toBeLessThan((4 * 0.5) / Math.sqrt(4000));
  });
});
