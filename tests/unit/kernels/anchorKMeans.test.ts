import { describe, expect, it } from 'vitest';
import { anchorKMeans, whIou } from '../../../src/kernels/anchorKMeans';
import { tensor } from '../../../src/kernels/tensor';

// toBeCloseTo(·, 15) for one float64 division, (·, 12) for a mean of 12 such ratios.
const sizes = (wh: number[][]) => tensor([wh.length, 2], wh.flat());

// Three tight clusters; each is a 2×2 grid of sizes around an exact mean:
// A around (11, 11) (area 121), B around (102, 42) (area 4284), C around (32, 122) (area 3904).
const A = [
  [10, 10],
  [12, 10],
  [10, 12],
  [12, 12],
];
const B = [
  [100, 40],
  [104, 40],
  [100, 44],
  [104, 44],
];
const C = [
  [30, 120],
  [34, 120],
  [30, 124],
  [34, 124],
];
const THREE = sizes([...A, ...B, ...C]);

describe('anchorKMeans on hand clusters', () => {
  it('whIou of 10×10 and 12×10 is 100/120; of 40×40 and 10×10 it is 100/1600', () => {
    expect(whIou(10, 10, 12, 10)).toBeCloseTo(100 / 120, 15);
    expect(whIou(40, 40, 10, 10)).toBeCloseTo(100 / 1600, 15);
  });

  it.each([0, 1, 2, 3, 4])('seed %i finds the three cluster means, sorted by area: (11,11), (32,122), (102,42)', (seed) => {
    const r = anchorKMeans(THREE, 3, { seed });
    expect(Array.from(r.anchors.data)).toEqual([11, 11, 32, 122, 102, 42]);
    expect(Array.from(r.assignment)).toEqual([0, 0, 0, 0, 2, 2, 2, 2, 1, 1, 1, 1]);
  });

  it('reports the mean IoU of each box with its anchor, hand-computed from the cluster grids', () => {
    const expected =
      (100 / 121 +
        (2 * 110) / 131 +
        121 / 144 + // A vs (11, 11)
        4000 / 4284 +
        4080 / 4364 +
        4200 / 4484 +
        4284 / 4576 + // B vs (102, 42)
        3600 / 3904 +
        3840 / 4144 +
        3660 / 3964 +
        3904 / 4216) / // C vs (32, 122)
      12;
    expect(anchorKMeans(THREE, 3).meanIou).toBeCloseTo(expected, 12);
  });

  it('clusters by IoU, not by pixels: a 40×40 box joins the 100×100 boxes (IoU .16 vs .0625)', () => {
    // Euclidean k-means would give it to the 10×10 boxes (distance 42 vs 85) and centroids (16,16),
    // (100,100); with d = 1 − IoU the centroids are (10,10) and ((4·100 + 40)/5, same) = (88, 88).
    const r = anchorKMeans(
      sizes([
        [10, 10],
        [10, 10],
        [10, 10],
        [10, 10],
        [100, 100],
        [100, 100],
        [100, 100],
        [100, 100],
        [40, 40],
      ]),
      2,
      { seed: 3 },
    );
    expect(Array.from(r.anchors.data)).toEqual([10, 10, 88, 88]);
    expect(r.assignment[8]).toBe(1);
  });

  it('with k = 1 the anchor is the mean size: (10,20) and (30,40) give (20,30)', () => {
    expect(
      Array.from(
        anchorKMeans(
          sizes([
            [10, 20],
            [30, 40],
          ]),
          1,
        ).anchors.data,
      ),
    ).toEqual([20, 30]);
  });

  it('is deterministic: the same seed gives the same anchors and assignments', () => {
    const many = sizes(Array.from({ length: 60 }, (_, i) => [5 + ((i * 37) % 90), 5 + ((i * 53) % 70)]));
    const [a, b] = [anchorKMeans(many, 5, { seed: 9 }), anchorKMeans(many, 5, { seed: 9 })];
    expect(Array.from(a.anchors.data)).toEqual(Array.from(b.anchors.data));
    expect(Array.from(a.assignment)).toEqual(Array.from(b.assignment));
  });

  it('copes with fewer distinct sizes than k (k-means++ weights all 0)', () => {
    const r = anchorKMeans(
      sizes([
        [8, 8],
        [8, 8],
        [8, 8],
      ]),
      2,
    );
    expect(Array.from(r.anchors.data)).toEqual([8, 8, 8, 8]);
    expect(r.meanIou).toBe(1);
  });

  it.each([
    ['k larger than the number of boxes', () => anchorKMeans(sizes([[1, 1]]), 2), /k must be an integer in \[1, 1\]/],
    ['a zero side', () => anchorKMeans(sizes([[1, 0]]), 1), /box 0 has a non-positive/],
    ['sizes that are not [N,2]', () => anchorKMeans(tensor([2, 3]), 1), /must have shape \[N,2\]/],
  ])('rejects %s', (_what, call, message) => {
    expect(call).toThrow(message);
  });
});
