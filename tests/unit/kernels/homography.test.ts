import { describe, expect, it } from 'vitest';
import { applyHomography, findHomographyDLT } from '../../../src/kernels/homography';
import { randomSeeded, uniform } from '../../../src/kernels/random';

/** A fixed, clearly projective homography (perspective terms 1e-3, 5e-4), H[8] = 1. */
export const H_TRUE = [0.9, -0.2, 30, 0.15, 1.1, -12, 1e-3, 5e-4, 1];

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));

describe('findHomographyDLT', () => {
  it('maps the unit square onto the square of side 2 with H = diag(2, 2, 1) (by hand)', () => {
    const H = findHomographyDLT([0, 0, 1, 0, 1, 1, 0, 1], [0, 0, 2, 0, 2, 2, 0, 2]);
    expect(maxDiff(H, [2, 0, 0, 0, 2, 0, 0, 0, 1])).toBeLessThan(1e-12);
  });

  it('maps the unit square onto a trapezoid with the hand-solved H = [[2,0,0],[0,2,0],[1,0,1]]', () => {
    // (x, y) → (2x, 2y)/(x + 1): (1,0) → (1,0), (1,1) → (1,1), (0,1) → (0,2).
    const H = findHomographyDLT([0, 0, 1, 0, 1, 1, 0, 1], [0, 0, 1, 0, 1, 1, 0, 2]);
    expect(maxDiff(H, [2, 0, 0, 0, 2, 0, 1, 0, 1])).toBeLessThan(1e-12);
  });

  // Four pixel-scale points determine H exactly; with normalisation the null vector is found to
  // ~1e-13 relative; entries up to 30 → 1e-9 absolute is a safe bound (without normalisation it would be ~1e-6).
  it('recovers a known projective H exactly from 4 pixel-coordinate points (within 1e-9)', () => {
    const src = [10, 20, 600, 40, 580, 450, 30, 470];
    const dst = [0, 1, 2, 3].flatMap((i) => applyHomography(H_TRUE, src[2 * i], src[2 * i + 1]));
    expect(maxDiff(findHomographyDLT(src, dst), H_TRUE)).toBeLessThan(1e-9);
  });

  it('recovers it from 50 exact correspondences too, and reprojects every point within 1e-8 px', () => {
    const rand = randomSeeded(4);
    const src = Array.from({ length: 100 }, () => uniform(rand, 0, 640));
    const dst = Array.from({ length: 50 }, (_, i) => applyHomography(H_TRUE, src[2 * i], src[2 * i + 1])).flat();
    const H = findHomographyDLT(src, dst);
    expect(maxDiff(H, H_TRUE)).toBeLessThan(1e-9);
    for (let i = 0; i < 50; i++) expect(maxDiff(applyHomography(H, src[2 * i], src[2 * i + 1]), [dst[2 * i], dst[2 * i + 1]])).toBeLessThan(1e-8);
  });

  it('refuses fewer than 4 points', () => {
    expect(() => findHomographyDLT([0, 0, 1, 0, 1, 1], [0, 0, 1, 0, 1, 1])).toThrow(/≥ 4/);
  });
});
