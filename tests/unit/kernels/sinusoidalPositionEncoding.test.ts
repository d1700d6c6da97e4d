import { describe, expect, it } from 'vitest';
import { sinusoidalEncodingAt, sinusoidalPositionEncoding, sinusoidalPositionEncoding2d } from '../../../src/kernels/sinusoidalPositionEncoding';
import { maxAbsDiff } from '../../../src/kernels/tensor';

// Values are sines and cosines in [−1, 1] stored as float32: 1e-7 is one ulp near 1.
const EPS = 1e-7;
const row = (t: { data: Float32Array; shape: number[] }, i: number) => Array.from(t.data.subarray(i * t.shape[1], (i + 1) * t.shape[1]));

describe('sinusoidalPositionEncoding (1-D, Vaswani et al. §3.5)', () => {
  it('d = 4, interleaved: position 0 is [0, 1, 0, 1]; position 1 is [sin 1, cos 1, sin 0.01, cos 0.01] (ω₁ = 10000^(−2/4))', () => {
    const pe = sinusoidalPositionEncoding(2, 4);
    expect(pe.shape).toEqual([2, 4]);
    expect(maxAbsDiff(row(pe, 0), [0, 1, 0, 1])).toBeLessThan(EPS);
    expect(maxAbsDiff(row(pe, 1), [0.8414709848, 0.5403023059, 0.0099998333, 0.9999500004])).toBeLessThan(EPS);
  });

  it("d = 4, MAE's 'halves' layout puts the sines first: position 1 is [sin 1, sin 0.01, cos 1, cos 0.01]", () => {
    const pe = sinusoidalPositionEncoding(2, 4, 'halves');
    expect(maxAbsDiff(row(pe, 1), [0.8414709848, 0.0099998333, 0.5403023059, 0.9999500004])).toBeLessThan(EPS);
  });

  it('the lowest frequency at d = 64 is 10000^(−62/64): dimension 63 of position 1000 is cos(1000·10000^(−31/32))', () => {
    const pe = sinusoidalEncodingAt([1000], 64);
    expect(pe.data[63]).toBeCloseTo(Math.cos(1000 * Math.pow(10000, -62 / 64)), 6);
  });

  it('every position has squared norm d/2 and PE(p)·PE(q) depends only on p − q (Σ cos ωᵢ(p − q))', () => {
    const pe = sinusoidalPositionEncoding(40, 32);
    const dot = (a: number, b: number) => row(pe, a).reduce((s, v, i) => s + v * row(pe, b)[i], 0);
    expect(dot(5, 5)).toBeCloseTo(16, 5);
    expect(dot(3, 7)).toBeCloseTo(dot(30, 34), 5);
    expect(dot(3, 7)).toBeCloseTo(dot(7, 3), 6);
    expect(dot(0, 1)).toBeGreaterThan(dot(0, 9)); // nearer positions are more alike
  });

  it('rejects an odd width and a negative length', () => {
    expect(() => sinusoidalPositionEncoding(3, 5)).toThrow(/d must be a positive even integer, got 5/);
    expect(() => sinusoidalPositionEncoding(-1, 4)).toThrow(/length must be a non-negative integer/);
  });
});

describe("sinusoidalPositionEncoding2d (MAE's get_2d_sincos_pos_embed)", () => {
  it('on a 2×2 grid with d = 4, token (r, c) is [sin c, cos c, sin r, cos r]: the column comes first', () => {
    const pe = sinusoidalPositionEncoding2d(2, 2, 4);
    const [s, c] = [0.8414709848, 0.5403023059];
    expect(pe.shape).toEqual([4, 4]);
    expect(maxAbsDiff(pe.data, [0, 1, 0, 1, s, c, 0, 1, 0, 1, s, c, s, c, s, c])).toBeLessThan(EPS);
  });

  it('token r·cols + c of a 3×5 grid (d = 16) is the 1-D encoding (width 8) of c followed by that of r', () => {
    const pe = sinusoidalPositionEncoding2d(3, 5, 16);
    const one = sinusoidalPositionEncoding(5, 8, 'halves');
    for (let r = 0; r < 3; r++) for (let c = 0; c < 5; c++) expect(row(pe, r * 5 + c)).toEqual([...row(one, c), ...row(one, r)]);
  });

  it('cls prepends one zero row', () => {
    const pe = sinusoidalPositionEncoding2d(2, 3, 8, { cls: true });
    expect(pe.shape).toEqual([7, 8]);
    expect(row(pe, 0)).toEqual(new Array(8).fill(0));
    expect(row(pe, 1)).toEqual(row(sinusoidalPositionEncoding2d(2, 3, 8), 0));
  });

  it('rejects a width that is not a multiple of 4', () => {
    expect(() => sinusoidalPositionEncoding2d(2, 2, 6)).toThrow(/d must be a positive multiple of 4, got 6/);
  });
});
