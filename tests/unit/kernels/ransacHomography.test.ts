import { describe, expect, it } from 'vitest';
import { applyHomography, findHomographyDLT } from '../../../src/kernels/homography';
import { normal, randomSeeded, uniform } from '../../../src/kernels/random';
import { ransacHomography, ransacIterations } from '../../../src/kernels/ransacHomography';

const H_TRUE = [0.9, -0.2, 30, 0.15, 1.1, -12, 1e-3, 5e-4, 1];

describe('ransacIterations', () => {
  // Hartley & Zisserman, Multiple View Geometry (2nd ed.), Table 4.3, p = 0.99: rows s = 2, 4, 8;
  // columns e = 5%, 10%, 20%, 25%, 30%, 40%, 50%.
  const E = [0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5];
  const TABLE: [number, number[]][] = [
    [2, [2, 3, 5, 6, 7, 11, 17]],
    [4, [3, 5, 9, 13, 17, 34, 72]],
    [8, [5, 9, 26, 44, 78, 272, 1177]],
  ];
  it.each(TABLE)('reproduces Hartley & Zisserman Table 4.3 (p = 0.99) for sample size %i', (s, row) => {
    expect(row.map((_, k) => ransacIterations(0.99, E[k], s))).toEqual(row);
  });

  it('needs one sample without outliers and infinitely many when every point is an outlier', () => {
    expect(ransacIterations(0.99, 0, 4)).toBe(1);
    expect(ransacIterations(0.99, 1, 4)).toBe(Infinity);
  });
});

/** 100 correspondences under H_TRUE with σ px Gaussian noise; a seeded 30% replaced by uniform outliers. */
function correspondences(seed: number, sigma: number, outlierFraction = 0.3) {
  const rand = randomSeeded(seed);
  const n = 100;
  const src: number[] = [];
  const dst: number[] = [];
  const isOutlier: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = [uniform(rand, 0, 640), uniform(rand, 0, 480)];
    const out = i < n * outlierFraction;
    const [u, v] = out ? [uniform(rand, -100, 800), uniform(rand, -100, 600)] : applyHomography(H_TRUE, x, y);
    src.push(x, y);
    dst.push(u + (out ? 0 : sigma * normal(rand)), v + (out ? 0 : sigma * normal(rand)));
    isOutlier.push(out);
  }
  return { src, dst, isOutlier };
}

describe('ransacHomography', () => {
  it.each([1, 2, 3])('recovers H with 30 percent outliers and 0.5 px noise (seed %i): exactly the true inliers, refit as the DLT on them', (seed) => {
    const { src, dst, isOutlier } = correspondences(seed, 0.5);
    const r = ransacHomography(src, dst, { rand: randomSeeded(100 + seed) });
    // Inliers lie within 3σ·√2 ≈ 2.1 px of the truth, below the 3 px threshold: all are kept.
    // A uniform outlier lands within 3 px of its true image with probability ≈ π·9/(900·700) ≈ 4e-5.
    isOutlier.forEach((out, i) => expect(r.inliers[i]).toBe(out ? 0 : 1));
    // So the final refit is the DLT of the true inliers (an oracle that knows which they are).
    const keep = isOutlier.flatMap((out, i) => (out ? [] : [i]));
    const oracle = findHomographyDLT(
      keep.flatMap((i) => [src[2 * i], src[2 * i + 1]]),
      keep.flatMap((i) => [dst[2 * i], dst[2 * i + 1]]),
    );
    expect(Math.max(...Array.from(r.H, (v, i) => Math.abs(v - oracle[i])))).toBeLessThan(1e-12);
    // And it is close to the truth over the whole image: noise-limited, 70 points with σ = 0.5 px
    // leave ≈ 0.6 px at the far corners (measured 0.61–0.66), 1 px bounds it; a wrong model errs by tens.
    for (const [x, y] of [
      [0, 0],
      [640, 0],
      [640, 480],
      [0, 480],
      [320, 240],
    ]) {
      const [a, b] = [applyHomography(r.H, x, y), applyHomography(H_TRUE, x, y)];
      expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThan(1);
    }
  });

  it('stops early: the budget falls to N(0.995, e, 4) of the best inlier ratio (20 for 30% outliers, by hand: ln 0.005 / ln(1 − 0.7⁴) = 19.3)', () => {
    const { src, dst } = correspondences(5, 0);
    const r = ransacHomography(src, dst, { rand: randomSeeded(9) });
    const last = r.history[r.history.length - 1];
    expect(last.inliers).toBe(70);
    expect(ransacIterations(0.995, 0.3, 4)).toBe(20);
    expect(last.required).toBe(20);
    expect(r.iterations).toBeLessThanOrEqual(Math.max(last.required, last.iteration));
    // The best count only grows along the way.
    r.history.forEach((h, k) => k > 0 && expect(h.inliers).toBeGreaterThan(r.history[k - 1].inliers));
  });

  it('gives the same result for the same seed', () => {
    const { src, dst } = correspondences(6, 0.5);
    const [a, b] = [ransacHomography(src, dst, { rand: randomSeeded(1) }), ransacHomography(src, dst, { rand: randomSeeded(1) })];
    expect(Array.from(a.H)).toEqual(Array.from(b.H));
  });
});
