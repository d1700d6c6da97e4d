import { describe, expect, it } from 'vitest';
import { bestShift, crossCorrelation, shift2d } from '../../../src/kernels/crossCorrelation';
import { randomSeeded } from '../../../src/kernels/random';

describe('crossCorrelation', () => {
  const [h, w] = [12, 10];
  const img = Float64Array.from({ length: h * w }, randomSeeded(1));
  it('equals the circular sum Σ a(p + s)·b(p) computed directly, for every shift', () => {
    const b = Float64Array.from({ length: h * w }, randomSeeded(2));
    const c = crossCorrelation(img, b, h, w);
    for (let sy = 0; sy < h; sy++)
      for (let sx = 0; sx < w; sx++) {
        let sum = 0;
        for (let r = 0; r < h; r++) for (let q = 0; q < w; q++) sum += img[((r + sy) % h) * w + ((q + sx) % w)] * b[r * w + q];
        // 120 products of values in [0, 1): FFT rounding is ~1e-14 of that; 1e-9 is generous.
        expect(Math.abs(c[sy * w + sx] - sum)).toBeLessThan(1e-9);
      }
  });
  it('finds the shift of a moved copy: shift2d by (3, −4) is recovered as dy = 3, dx = −4', () => {
    expect(bestShift(shift2d(img, h, w, 3, -4), img, h, w)).toMatchObject({ dy: 3, dx: -4 });
  });
  it('shift2d moves content: the pixel at (0, 0) lands at (2, 9) for a shift of (2, −1)', () => {
    expect(shift2d(img, h, w, 2, -1)[2 * w + 9]).toBe(img[0]);
  });
});
