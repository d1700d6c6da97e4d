import { describe, expect, it } from 'vitest';
import { EMBED_DIM, positionEmbeddings, projectionWeights } from '../../../src/demos/vit-patching/positions';

// float32 storage of cos/sin values computed in float64.
const F32 = 1e-7;

describe('positionEmbeddings (sinusoidal)', () => {
  const pe = positionEmbeddings('sinusoidal', 2, 2);
  const at = (r: number, c: number, k: number) => pe.data[(r * 2 + c) * EMBED_DIM + k];

  it('is [rows·cols, EMBED_DIM], row-major over the grid', () => {
    expect(pe.shape).toEqual([4, EMBED_DIM]);
  });

  it('on a 2×2 grid samples the patch centres t = ¼ and ¾: dimension 0 is cos(π t) of the row', () => {
    expect(Math.abs(at(0, 0, 0) - Math.SQRT1_2)).toBeLessThanOrEqual(F32); // cos(π/4)
    expect(Math.abs(at(1, 1, 0) + Math.SQRT1_2)).toBeLessThanOrEqual(F32); // cos(3π/4)
    expect(at(0, 1, 0)).toBe(at(0, 0, 0)); // the same row, the same value
  });

  it('dimension 1 follows the column and dimension 2 peaks at the centre (sin·sin = ½ at every 2×2 cell)', () => {
    expect(Math.abs(at(1, 0, 1) - Math.SQRT1_2)).toBeLessThanOrEqual(F32);
    expect(Math.abs(at(1, 0, 1) - at(0, 0, 1))).toBe(0);
    for (const [r, c] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ])
      expect(Math.abs(at(r, c, 2) - 0.5)).toBeLessThanOrEqual(F32);
  });

  it('the random kind is seeded: the same numbers every time, with mean ≈ 0 and variance ≈ 1', () => {
    const a = positionEmbeddings('random', 8, 8);
    expect(Array.from(a.data)).toEqual(Array.from(positionEmbeddings('random', 8, 8).data));
    const n = a.data.length; // 512 draws: the sample mean has standard error 1/√512 ≈ 0.044
    const mean = a.data.reduce((s, v) => s + v, 0) / n;
    const variance = a.data.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / n)); // sd of a sample variance of N(0,1) ≈ √(2/n)
  });
});

describe('projectionWeights', () => {
  it('are [EMBED_DIM, C, P, P] with N(0, 1)/√(C·P·P) entries (LeCun scaling), seeded per P', () => {
    const { weight, bias } = projectionWeights(3, 8);
    expect(weight.shape).toEqual([EMBED_DIM, 3, 8, 8]);
    expect(bias.shape).toEqual([EMBED_DIM]);
    const f = 3 * 8 * 8;
    const n = weight.data.length; // 1,536 draws
    const variance = weight.data.reduce((s, v) => s + v * v, 0) / n;
    expect(Math.abs(variance * f - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Array.from(projectionWeights(3, 8).weight.data)).toEqual(Array.from(weight.data));
    expect(Array.from(projectionWeights(3, 4).weight.data.subarray(0, 8))).not.toEqual(Array.from(weight.data.subarray(0, 8)));
  });
});
