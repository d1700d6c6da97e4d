import { describe, expect, it } from 'vitest';
import { meanAttentionDistance } from '../../../src/kernels/meanAttentionDistance';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';

/** [H, T, T] one-hot attention: query t attends only to key target(h, t); token 0 is CLS when cls. */
function oneHot(heads: number, t: number, target: (h: number, q: number) => number): number[] {
  const w = new Array<number>(heads * t * t).fill(0);
  for (let h = 0; h < heads; h++) for (let q = 0; q < t; q++) w[(h * t + q) * t + target(h, q)] = 1;
  return w;
}

describe('meanAttentionDistance on one-hot attention over a 3×3 grid of 16-px patches (CLS = token 0)', () => {
  const grid = { rows: 3, cols: 3, patchSize: 16 };
  const T = 10;
  // Patch p = row·3 + col is token p + 1.
  const rc = (tok: number) => [Math.floor((tok - 1) / 3), (tok - 1) % 3];
  const tok = (r: number, c: number) => 1 + r * 3 + c;

  it('a head attending to itself has distance 0; one attending to the patch on its right (wrapping to the row start) has mean (6·16 + 3·32)/9 = 64/3 px', () => {
    const w = oneHot(2, T, (h, q) => {
      if (q === 0 || h === 0) return q;
      const [r, c] = rc(q);
      return tok(r, (c + 1) % 3); // columns 0→1, 1→2 are 16 px; 2→0 wraps back 32 px
    });
    const d = meanAttentionDistance(tensor([2, T, T], w), grid);
    expect(d.shape).toEqual([2]);
    expect(maxAbsDiff(d.data, [0, 64 / 3])).toBeLessThan(1e-5);
  });

  it('every patch attending to the centre patch gives (4·16 + 4·16√2)/9 px: 4 edge neighbours, 4 corners, itself', () => {
    const d = meanAttentionDistance(
      tensor(
        [1, T, T],
        oneHot(1, T, (_h, q) => (q === 0 ? 0 : tok(1, 1))),
      ),
      grid,
    );
    expect(d.data[0]).toBeCloseTo((4 * 16 + 4 * 16 * Math.SQRT2) / 9, 4);
  });

  it('attention spent on CLS counts as distance 0 by default, and is ignored with renormalize', () => {
    // Every patch puts ½ on CLS and ½ on the patch below it (bottom row: the top row, 32 px up).
    const w = new Array<number>(T * T).fill(0);
    w[0] = 1;
    for (let q = 1; q < T; q++) {
      const [r, c] = rc(q);
      w[q * T] = 0.5;
      w[q * T + tok((r + 1) % 3, c)] = 0.5;
    }
    const full = (6 * 16 + 3 * 32) / 9; // 64/3 px with all weight on the patch below
    expect(meanAttentionDistance(tensor([1, T, T], w), grid).data[0]).toBeCloseTo(full / 2, 4);
    expect(meanAttentionDistance(tensor([1, T, T], w), grid, true).data[0]).toBeCloseTo(full, 4);
  });

  it('measures along rows and columns of a non-square grid: 2×4 patches of 8 px, everyone attends to patch (0, 0)', () => {
    // No CLS. Distances from (0,0) to (r,c) = 8·√(r² + c²) over the 8 patches.
    const w = oneHot(1, 8, () => 0);
    let sum = 0;
    for (let r = 0; r < 2; r++) for (let c = 0; c < 4; c++) sum += 8 * Math.hypot(r, c);
    expect(meanAttentionDistance(tensor([1, 8, 8], w), { rows: 2, cols: 4, patchSize: 8, clsTokens: 0 }).data[0]).toBeCloseTo(sum / 8, 4);
  });

  it('rejects weights whose T is not clsTokens + rows·cols, naming the expected T', () => {
    expect(() => meanAttentionDistance(tensor([1, 9, 9]), grid)).toThrow(/T = 1 \+ 3·3 = 10/);
  });
});
