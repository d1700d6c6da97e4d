import { describe, expect, it } from 'vitest';
import { distanceTransform } from '../../../src/kernels/distanceTransform';
import { randomSeeded } from '../../../src/kernels/random';
import { tensor } from '../../../src/kernels/tensor';

/** The definition: min over zero pixels of the Euclidean distance, O((HW)²). */
function bruteForce(mask: number[], h: number, w: number): number[] {
  const zeros = mask.flatMap((v, p) => (v === 0 ? [p] : []));
  return mask.map((_, p) => Math.min(...zeros.map((q) => Math.hypot(Math.floor(p / w) - Math.floor(q / w), (p % w) - (q % w)))));
}

describe('distanceTransform', () => {
  it('gives √(di² + dj²) to a single zero pixel in a 5×5 field of ones', () => {
    const mask = new Array(25).fill(1);
    mask[12] = 0;
    const d = distanceTransform(tensor([5, 5], mask));
    expect(d[12]).toBe(0);
    expect(d[0]).toBeCloseTo(Math.SQRT2 * 2, 6); // float32 storage of √8
    expect(d[2]).toBe(2);
    expect(d[1]).toBeCloseTo(Math.sqrt(5), 6);
  });

  it('is 0 on zero pixels and 1 on the pixels next to them in a row (1-D by hand: 0 1 2 1 0)', () => {
    expect(Array.from(distanceTransform(tensor([1, 5], [0, 1, 1, 1, 0])))).toEqual([0, 1, 2, 1, 0]);
  });

  // Exact algorithm: squared distances are integers, sums exact; only the final √ in float32 rounds (≤ 1e-6 relative).
  it.each([
    [13, 17, 0.15],
    [20, 9, 0.02],
    [16, 16, 0.6],
  ])('equals the brute-force definition on a %i×%i random mask with %f zeros, within float32 rounding', (h, w, pZero) => {
    const rand = randomSeeded(h * w);
    const mask = Array.from({ length: h * w }, () => (rand() < pZero ? 0 : 1));
    mask[0] = 0; // at least one zero
    const want = bruteForce(mask, h, w);
    const got = distanceTransform(tensor([h, w], mask));
    want.forEach((v, p) => expect(Math.abs(got[p] - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, v)));
  });

  it('returns Infinity everywhere when there is no zero pixel', () => {
    expect(Array.from(distanceTransform(tensor([2, 3], [1, 1, 1, 1, 1, 1])))).toEqual(new Array(6).fill(Infinity));
  });
});
