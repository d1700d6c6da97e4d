import { describe, expect, it } from 'vitest';
import { applyHomography } from '../../../src/kernels/homography';
import { randomSeeded, uniform } from '../../../src/kernels/random';
import { ransacTrace } from '../../../src/kernels/ransacTrace';

const H_TRUE = [0.9, -0.2, 30, 0.15, 1.1, -12, 1e-3, 5e-4, 1];

/** n noise-free correspondences under H_TRUE, the first `outliers` replaced by uniform points far from their true image. */
function correspondences(seed: number, n: number, outliers: number) {
  const rand = randomSeeded(seed);
  const src: number[] = [];
  const dst: number[] = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = [uniform(rand, 0, 640), uniform(rand, 0, 480)];
    const [u, v] = applyHomography(H_TRUE, x, y);
    // Outliers: the true image pushed 50–150 px away, so none falls inside a 3 px threshold by chance.
    const [du, dv] = i < outliers ? [uniform(rand, 50, 150), uniform(rand, 50, 150)] : [0, 0];
    src.push(x, y);
    dst.push(u + du, v + dv);
  }
  return { src, dst, isInlier: (i: number) => i >= outliers };
}

/** Hartley & Zisserman eq. 4.18, written out here: N = ⌈log(1 − p) / log(1 − w⁴)⌉. */
const hzBudget = (p: number, w: number) => (w >= 1 ? 1 : Math.ceil(Math.log(1 - p) / Math.log(1 - w ** 4)));

const CASES: [number, number, number][] = [
  [1, 60, 30],
  [2, 80, 24],
  [3, 50, 10],
];

describe('ransacTrace', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));

  it.each(CASES)('seed %i, %i matches, %i outliers: every budget is min(2000, N of the best ratio so far) by H&Z eq. 4.18', (seed, n, outliers) => {
    const { src, dst } = correspondences(seed, n, outliers);
    const t = ransacTrace(src, dst, { rand: randomSeeded(seed + 10), confidence: 0.99 });
    expect(t.iterations.length).toBeGreaterThan(0);
    for (const it of t.iterations) expect(it.budget).toBe(it.best === 0 ? 2000 : Math.min(2000, hzBudget(0.99, it.best / n)));
  });

  it.each(CASES)('seed %i: stops at the first iteration whose count reaches the budget, and draws 4 distinct indices each time', (seed, n, outliers) => {
    const { src, dst } = correspondences(seed, n, outliers);
    const t = ransacTrace(src, dst, { rand: randomSeeded(seed + 10), confidence: 0.99 });
    const L = t.iterations.length;
    t.iterations.forEach((it, i) => {
      expect(new Set(it.sample).size).toBe(4);
      expect(it.sample.every((k) => k >= 0 && k < n)).toBe(true);
      if (i < L - 1) expect(i + 1).toBeLessThan(it.budget);
    });
    expect(L).toBeGreaterThanOrEqual(t.iterations[L - 1].budget);
  });

  it.each(CASES)('seed %i: a sample of four true inliers fits H_TRUE and counts exactly the %i true inliers', (seed, n, outliers) => {
    const { src, dst, isInlier } = correspondences(seed, n, outliers);
    const t = ransacTrace(src, dst, { rand: randomSeeded(seed + 10), confidence: 0.99 });
    const clean = t.iterations.filter((it) => it.H && it.sample.every(isInlier));
    expect(clean.length).toBeGreaterThan(0);
    for (const it of clean) {
      expect(it.inliers).toBe(n - outliers);
      // Noise-free: the DLT of 4 exact points is H_TRUE up to rounding (entries up to 30; 1e-6 is
      // far above float64 error through the normalised 9×9 eigenproblem and far below any wrong model).
      it.H!.forEach((v, k) => expect(Math.abs(v - H_TRUE[k])).toBeLessThan(1e-6 * Math.max(1, Math.abs(H_TRUE[k]))));
    }
  });
});
