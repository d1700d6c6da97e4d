import { describe, expect, it } from 'vitest';
import { fieldStats } from '../../../src/demos/unet-lessons/fieldStats';

/** Hand cases on a 5×5 map: every expected number below is counted by hand from the map drawn in the test. */
const map5 = (cells: [number, number, number][]) => {
  const m = new Float32Array(25);
  for (const [r, c, v] of cells) m[r * 5 + c] = v;
  return m;
};

describe('fieldStats', () => {
  it('a field all on the pixel itself has a 1×1 half-mass square and its peak there', () => {
    const s = fieldStats(map5([[2, 2, 3]]), 5, 2, 2);
    expect(s).toEqual({ half: 1, peak: { row: 2, col: 2 } });
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
    );
    expect(s.half).toBe(3);
    expect(s.peak).toEqual({ row: 1, col: 2 });
  });

  it('3 of 4 on the pixel is already half: the 1×1 square, whatever lies in the corner', () => {
    expect(
      fieldStats(
        map5([
          [0, 0, 1],
          [2, 2, 3],
        ]),
        5,
        2,
        2,
      ).half,
    ).toBe(1);
  });

  it('clips the square at the border: from corner (0, 0), mass at (2, 2) is reached by the r = 2 square, side 5', () => {
    expect(fieldStats(map5([[2, 2, 1]]), 5, 0, 0).half).toBe(5);
  });

  it('an all-zero field gives half 0', () => {
    expect(fieldStats(new Float32Array(25), 5, 2, 2).half).toBe(0);
  });
});
