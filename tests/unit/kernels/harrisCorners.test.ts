import { describe, expect, it } from 'vitest';
import { cornerHarris, pickCorners } from '../../../src/kernels/harrisCorners';
import { applyHomography } from '../../../src/kernels/homography';
import { matchDescriptors } from '../../../src/kernels/matchDescriptors';
import { randomSeeded } from '../../../src/kernels/random';
import { ransacHomography } from '../../../src/kernels/ransacHomography';
import { tensor } from '../../../src/kernels/tensor';
import { patchDescriptors } from '../../../src/demos/registration/patchDescriptors';
import { blobScene, sample } from './registrationCases';

/** A 24×24 image with a bright 10×10 square whose corners are at pixels (7, 7) … (16, 16). */
const square = tensor(
  [24, 24],
  Array.from({ length: 576 }, (_, i) => (i % 24 >= 7 && i % 24 <= 16 && Math.floor(i / 24) >= 7 && Math.floor(i / 24) <= 16 ? 1 : 0)),
);

describe('cornerHarris', () => {
  const R = cornerHarris(square);
  const at = (x: number, y: number) => R.data[y * 24 + x];

  it('is positive at a corner, negative mid-edge and zero on flat ground (the sign rule of det − k·trace²)', () => {
    expect(at(7, 7)).toBeGreaterThan(0);
    expect(at(12, 7)).toBeLessThan(0);
    expect(at(2, 2)).toBe(0);
    expect(at(12, 12)).toBe(0);
  });

  it("is symmetric under the square's mirror symmetries (transposition and flips), to float32 rounding", () => {
    for (let y = 0; y < 24; y++)
      for (let x = 0; x < 24; x++) {
        expect(at(x, y)).toBeCloseTo(at(y, x), 6);
        expect(at(x, y)).toBeCloseTo(at(23 - x, y), 6);
      }
  });
});

describe('pickCorners', () => {
  it('picks exactly the four corners of the square, one near each', () => {
    const pts = pickCorners(cornerHarris(square), 10, 0.1, 3);
    expect(pts.length).toBe(8);
    const near = (cx: number, cy: number) => [0, 2, 4, 6].some((i) => Math.abs(pts[i] - cx) <= 1 && Math.abs(pts[i + 1] - cy) <= 1);
    for (const [cx, cy] of [
      [7, 7],
      [16, 7],
      [7, 16],
      [16, 16],
    ])
      expect(near(cx, cy)).toBe(true);
  });
});

describe('corners → patch descriptors → matches → RANSAC (end to end)', () => {
  it('recovers a mild known homography of a textured scene within 1 px over the image', () => {
    const n = 160;
    const scene = blobScene(21, n, 300, [1.5, 3]);
    const H = [1.02, 0.03, 4, -0.02, 0.99, -3, 5e-5, -4e-5, 1];
    // b(x′) = a(H⁻¹x′): sample the scene through the inverse map, found here by solving per pixel.
    const Hinv = invert3(H);
    const a = sample(scene, n, n);
    const b = sample(scene, n, n, (x, y) => applyHomography(Hinv, x, y));
    const [pa, pb] = [pickCorners(cornerHarris(a), 150, 0.01, 6), pickCorners(cornerHarris(b), 150, 0.01, 6)];
    const [da, db] = [patchDescriptors(a, pa, 5), patchDescriptors(b, pb, 5)];
    const matches = matchDescriptors(da.desc, db.desc, 121, { ratio: 0.8, crossCheck: true });
    const src = matches.flatMap((m) => [da.pts[2 * m.query], da.pts[2 * m.query + 1]]);
    const dst = matches.flatMap((m) => [db.pts[2 * m.train], db.pts[2 * m.train + 1]]);
    const r = ransacHomography(src, dst, { rand: randomSeeded(2), threshold: 2 });
    // Corners are found to about a pixel; 1 px over the image interior is the resulting bound.
    for (const [x, y] of [
      [20, 20],
      [140, 20],
      [140, 140],
      [20, 140],
      [80, 80],
    ]) {
      const [p, q] = [applyHomography(r.H, x, y), applyHomography(H, x, y)];
      expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeLessThan(1);
    }
  });
});

/** Inverse of a 3×3 matrix by cofactors. */
function invert3(m: number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A, -(b * i - c * h), b * f - c * e, B, a * i - c * g, -(a * f - c * d), C, -(a * h - b * g), a * e - b * d].map((v) => v / det);
}
