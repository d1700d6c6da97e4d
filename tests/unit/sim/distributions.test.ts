import { describe, expect, it } from 'vitest';
import { randomSeeded } from '../../../src/kernels/random';
import { deterministic, exponential, lognormal, mixture, pareto, type Distribution } from '../../../src/sim/distributions';
import { mean, percentile } from '../../../src/sim/stats';

const N = 200_000;
const draw = (d: Distribution, seed = 9) => {
  const rand = randomSeeded(seed);
  return Float64Array.from({ length: N }, () => d.sample(rand));
};
const share = (xs: Float64Array, f: (x: number) => boolean) => xs.filter(f).length / xs.length;
// A share p estimated from N draws has sd √(p(1 − p)/N) ≤ 0.0011; 4 sd (0.0045) fails a correct sampler with odds < 1e-4.
const SHARE_TOL = 4 * Math.sqrt(0.25 / N);

describe('distributions', () => {
  it('exponential(2) has mean 1/2 and P(X > 1) = e⁻² (the survival function by hand)', () => {
    const xs = draw(exponential(2));
    // sd of the mean is 0.5/√N = 0.0011; 4 sd.
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(4 * (0.5 / Math.sqrt(N)));
    expect(Math.abs(share(xs, (x) => x > 1) - Math.exp(-2))).toBeLessThan(SHARE_TOL);
  });

  it('lognormal(mean 3, cv 0.5) has that mean, sd 1.5 and median 3/√1.25', () => {
    const xs = draw(lognormal(3, 0.5));
    // sd of the mean is 1.5/√N = 0.0034; 4 sd. The sd and median within 1%, well outside their ~0.3% sampling error.
    expect(Math.abs(mean(xs) - 3)).toBeLessThan(4 * (1.5 / Math.sqrt(N)));
    const sd = Math.sqrt(mean(xs.map((x) => (x - 3) ** 2)));
    expect(Math.abs(sd / 1.5 - 1)).toBeLessThan(0.01);
    expect(Math.abs(percentile(xs, 0.5) / (3 / Math.sqrt(1.25)) - 1)).toBeLessThan(0.01);
  });

  it('pareto(mean 2, shape 3) starts at x_m = 4/3, has mean 2 and P(X > 2·x_m) = 2⁻³', () => {
    const xs = draw(pareto(2, 3));
    expect(xs.reduce((m, x) => Math.min(m, x), Infinity)).toBeGreaterThanOrEqual(4 / 3);
    // Var = mean²·cv² = 4/3, so the sd of the mean is 0.0026; 4 sd.
    expect(Math.abs(mean(xs) - 2)).toBeLessThan(4 * Math.sqrt(4 / 3 / N));
    expect(Math.abs(share(xs, (x) => x > 8 / 3) - 0.125)).toBeLessThan(SHARE_TOL);
  });

  it('pareto with shape 1.5 is heavy-tailed: cv² is Infinity', () => {
    expect(pareto(1, 1.5).cv2).toBe(Infinity);
    expect(() => pareto(1, 1)).toThrow(/shape must be > 1/);
  });

  it('deterministic(3) always gives 3; a 1% mixture of D(1000) and D(10) is slow 1% of the time', () => {
    expect(new Set(draw(deterministic(3))).size).toBe(1);
    const xs = draw(mixture(0.01, deterministic(1000), deterministic(10)));
    expect(Math.abs(share(xs, (x) => x === 1000) - 0.01)).toBeLessThan(SHARE_TOL);
    expect(mixture(0.01, deterministic(1000), deterministic(10)).mean).toBeCloseTo(0.01 * 1000 + 0.99 * 10, 12);
  });

  it('rejects a non-positive rate with a message', () => {
    expect(() => exponential(0)).toThrow(/rate must be a finite number > 0/);
  });
});
