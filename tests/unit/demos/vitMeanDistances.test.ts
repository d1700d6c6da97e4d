import { describe, expect, it } from 'vitest';
import { DISTANCE_SLICE, meanDistances } from '../../../src/demos/vit/attentionViews';
import { meanAttentionDistance } from '../../../src/kernels/meanAttentionDistance';
import { randomSeeded } from '../../../src/kernels/random';

/** Random row-stochastic maps [N, L, H, T, T] on a G×G grid plus CLS. */
function maps(N: number, L: number, H: number, G: number) {
  const T = 1 + G * G;
  const r = randomSeeded(5);
  const data = new Float32Array(N * L * H * T * T);
  for (let row = 0; row < N * L * H * T; row++) {
    let s = 0;
    for (let j = 0; j < T; j++) s += data[row * T + j] = r();
    for (let j = 0; j < T; j++) data[row * T + j] /= s;
  }
  return { data, shape: [N, L, H, T, T] };
}

describe('meanDistances', () => {
  it('averages the kernel over the images, layer by layer and head by head, and yields between slices', async () => {
    const [N, L, H, G, P] = [19, 2, 3, 3, 16];
    const a = maps(N, L, H, G);
    let pauses = 0;
    const got = await meanDistances(a, G, P, async () => void pauses++);
    const T = 1 + G * G;
    for (let l = 0; l < L; l++)
      for (let h = 0; h < H; h++) {
        let want = 0;
        for (let n = 0; n < N; n++) {
          const from = (n * L + l) * H * T * T;
          want += meanAttentionDistance({ data: a.data.subarray(from, from + H * T * T), shape: [H, T, T] }, { rows: G, cols: G, patchSize: P }).data[h];
        }
        // float32 kernel outputs summed in another order: 1e-9 relative on values of ~20 px.
        expect(got[l][h]).toBeCloseTo(want / N, 9);
      }
    expect(pauses).toBe(Math.ceil(N / DISTANCE_SLICE) - 1);
  });

  it('a uniform map on a 2×2 grid: every patch sees the others at 0, P, P and P·√2', async () => {
    const a = { data: new Float32Array(5 * 5).fill(0.2), shape: [1, 1, 1, 5, 5] };
    // Each patch row gives 0.2 to CLS and 0.2 to each of the four patches: 0.2·(0 + 16 + 16 + 16√2).
    expect((await meanDistances(a, 2, 16))[0][0]).toBeCloseTo(0.2 * (32 + 16 * Math.SQRT2), 5);
  });
});
