import { describe, expect, it } from 'vitest';
import { fpnLevel, fpnLevelRaw, fpnStride } from '../../../src/kernels/fpnLevel';

describe('fpnLevel', () => {
  it.each([
    [224, 224, 4, 'a 224² box (the canonical ImageNet size) maps to P4'],
    [448, 448, 5, 'doubling the side adds one level: 448² → P5'],
    [112, 112, 3, 'halving it removes one: 112² → P3'],
    [56, 56, 2, '56² → P2'],
    [111, 111, 2, 'just under 112 px falls to P2 (floor, not round)'],
    [223, 223, 3, 'just under 224 px falls to P3'],
    [28, 28, 2, 'tiny boxes clamp to kMin = P2'],
    [2000, 1000, 5, 'huge boxes clamp to kMax = P5'],
    [0, 50, 2, 'an empty box (log2 0 = −∞) goes to kMin'],
    [448, 112, 4, 'only the area matters: 448×112 has √(wh) = 224 → P4'],
  ])('%i×%i → P%i: %s', (w, h, level) => {
    expect(fpnLevel(w, h)).toBe(level);
  });

  it('eps keeps a box a hair under a level boundary on the upper level', () => {
    // √(wh)/224 = 0.5 − 1e-7 gives log2 = −1 − 2.9e-7; eps 1e-6 lifts it back over −1.
    const side = 224 * (0.5 - 1e-7);
    expect(fpnLevel(side, side)).toBe(3);
    expect(fpnLevel(side, side, { eps: 0 })).toBe(2);
  });

  it('honours kMin, kMax, canonicalSize and canonicalLevel', () => {
    expect(fpnLevel(28, 28, { kMin: 0 })).toBe(1);
    expect(fpnLevel(2000, 2000, { kMax: 6 })).toBe(6);
    expect(fpnLevel(160, 160, { canonicalSize: 160 })).toBe(4);
    expect(fpnLevel(224, 224, { canonicalLevel: 5, kMax: 6 })).toBe(5);
  });

  it('fpnLevelRaw is the formula before floor and clamp (within 1e-12)', () => {
    expect(Math.abs(fpnLevelRaw(448, 448) - (5 + 1e-6))).toBeLessThan(1e-12);
  });

  it('level k has stride 2^k: P2 = 4 … P5 = 32', () => {
    expect([2, 3, 4, 5].map(fpnStride)).toEqual([4, 8, 16, 32]);
  });

  it('rejects a negative or NaN size with a message naming it', () => {
    expect(() => fpnLevel(-1, 10)).toThrow(/non-negative/);
    expect(() => fpnLevel(NaN, 10)).toThrow(/non-negative/);
  });
});
