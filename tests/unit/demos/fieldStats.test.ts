import { describe, expect, it } from 'vitest';
import { fieldStats } from '../../../src/demos/unet-lessons/fieldStats';

/** Hand cases on a 5×5 map: every expected number below is counted by hand from the map drawn in the test. */
const map5 = (cells: [number, number, number][]) => {
  const m = new Float32Array(25);
  for (const [r, c, v] of cells) m[r * 5 + c] = v;
  return m;
};

describe('fieldStats', () => {
  it('a field all on the pixel itself has a 1×1 half-mass square, its peak there and nothing outside a box holding it', () => {
    const s = fieldStats(map5([[2, 2, 3]]), 5, 2, 2, { top: 1, left: 1, bottom: 3, right: 3 });
    expect(s).toEqual({ half: 1, outside: 0, peak: { row: 2, col: 2 } });
  });

  it('mass 1 on the pixel and 3 one step away needs the 3×3 square (1 < 4/2 ≤ 4)', () => {
    const s = fieldStats(
      map5([
        [2, 2, 1],
        [1, 2, 3],
      ]),
      5,
      2,
      2,
      null,
    );
    expect(s.half).toBe(3);
    expect(s.peak).toEqual({ row: 1, col: 2 });
  });

  it('counts the fraction of mass outside the box: 1 of 4 at (0, 0) outside rows/cols 1–3 is 0.25', () => {
    const s = fieldStats(
      map5([
        [0, 0, 1],
        [2, 2, 3],
      ]),
      5,
      2,
      2,
      { top: 1, left: 1, bottom: 3, right: 3 },
    );
    expect(s.outside).toBe(0.25);
    // 3 of 4 at the pixel is already half: the 1×1 square.
    expect(s.half).toBe(1);
  });

  it('clips the square at the border: from corner (0, 0), mass at (2, 2) is reached by the r = 2 square, side 5', () => {
    expect(fieldStats(map5([[2, 2, 1]]), 5, 0, 0, null).half).toBe(5);
  });

  it('an all-zero field gives half 0 and outside 0 (no division by zero)', () => {
    const s = fieldStats(new Float32Array(25), 5, 2, 2, { top: 0, left: 0, bottom: 0, right: 0 });
    expect(s.half).toBe(0);
    expect(s.outside).toBe(0);
  });
});
