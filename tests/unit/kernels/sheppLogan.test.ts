import { describe, expect, it } from 'vitest';
import { SHEPP_LOGAN, SHEPP_LOGAN_MODIFIED, ellipseProjection, phantomAt, type Ellipse } from '../../../src/kernels/sheppLogan';

describe('Shepp–Logan phantom', () => {
  // Values summed by hand from Kak & Slaney Table 3.1 (original) and Toft's modified values.
  it.each([
    ['brain at the centre', 0, 0, 1.02, 0.2],
    ['skull at the top (0, 0.9): in ellipse a, outside b', 0, 0.9, 2, 1],
    ['ventricle-top ellipse e at (0, 0.35)', 0, 0.35, 1.03, 0.3],
    ['left ventricle d at (−0.22, 0)', -0.22, 0, 1.0, 0],
    ['outside the head (0.95, 0.95)', 0.95, 0.95, 0, 0],
  ])('%s is %f (original) and %f (modified)', (_, x, y, original, modified) => {
    expect(phantomAt(SHEPP_LOGAN, x, y)).toBeCloseTo(original, 12);
    expect(phantomAt(SHEPP_LOGAN_MODIFIED, x, y)).toBeCloseTo(modified, 12);
  });

  it('the projection of a centred disc of radius r is the chord 2√(r² − t²)', () => {
    const disc: Ellipse[] = [{ x0: 0, y0: 0, a: 0.5, b: 0.5, angle: 0, value: 1 }];
    for (const t of [0, 0.1, 0.3, 0.49, 0.6]) expect(ellipseProjection(disc, 1.234, t)).toBeCloseTo(t < 0.5 ? 2 * Math.sqrt(0.25 - t * t) : 0, 12);
  });

  it('the projections of the whole phantom match a brute-force line integral of phantomAt', () => {
    // Midpoint rule with 200,000 steps over the line's chord [−1.5, 1.5]: each ellipse edge costs at
    // most one step (1.5e-5) times its value (≤ 2), so ~10 edges stay below 3e-4.
    const n = 200_000;
    for (const [theta, t] of [
      [0.3, 0.1],
      [1.2, -0.25],
      [2.5, 0.6],
      [Math.PI / 2, -0.605],
    ]) {
      let sum = 0;
      const ds = 3 / n;
      for (let m = 0; m < n; m++) {
        const s = -1.5 + (m + 0.5) * ds;
        sum += phantomAt(SHEPP_LOGAN, t * Math.cos(theta) - s * Math.sin(theta), t * Math.sin(theta) + s * Math.cos(theta)) * ds;
      }
      expect(Math.abs(ellipseProjection(SHEPP_LOGAN, theta, t) - sum)).toBeLessThan(3e-4);
    }
  });
});
