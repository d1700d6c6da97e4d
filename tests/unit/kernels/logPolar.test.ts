import { describe, expect, it } from 'vitest';
import { logPolar } from '../../../src/kernels/logPolar';
import { sample } from './registrationCases';

describe('logPolar', () => {
  const n = 65; // odd, so the centre (32, 32) is a pixel centre and radial symmetry is exact on the grid
  const c = 32;

  it('maps a radial function to one that is constant along every column (angle-independent), to 2.5e-3', () => {
    const img = sample((x, y) => Math.exp(-((x - c) ** 2 + (y - c) ** 2) / 200), n, n);
    const { image } = logPolar(img, { cx: c, cy: c, maxRadius: 30, angles: 64, radii: 40 });
    // Bilinear interpolation off the grid errs by about f''/8 per axis; |f''| ≤ 1/100 here, so ≤ 2.5e-3.
    for (let j = 0; j < 40; j++) for (let i = 1; i < 64; i++) expect(Math.abs(image.data[i * 40 + j] - image.data[j])).toBeLessThan(2.5e-3);
  });

  it('samples column j at radius e^(j/kLog), kLog = radii/ln(maxRadius) (OpenCV WARP_POLAR_LOG)', () => {
    const img = sample((x) => x - c, n, n); // linear in x: bilinear interpolation is exact
    const { image, kLog } = logPolar(img, { cx: c, cy: c, maxRadius: 30, angles: 8, radii: 40 });
    expect(kLog).toBeCloseTo(40 / Math.log(30), 12);
    // Row 0 is θ = 0 (+x): the value is the radius itself; row 2 is θ = 90° (+y): x − c = 0.
    for (const j of [0, 10, 39]) {
      expect(image.data[j]).toBeCloseTo(Math.exp(j / kLog), 4);
      expect(Math.abs(image.data[2 * 40 + j])).toBeLessThan(1e-4);
    }
  });

  it('turns a rotation of the image by one angular step into a shift of exactly one row', () => {
    const f = (x: number, y: number) => Math.cos(3 * Math.atan2(y - c, x - c)) * Math.exp(-Math.hypot(x - c, y - c) / 12);
    const step = (2 * Math.PI) / 48;
    const a = logPolar(sample(f, n, n), { cx: c, cy: c, maxRadius: 30, angles: 48, radii: 32 }).image;
    // Content at angle θ in `a` shows at θ + step in the rotated image.
    const rotated = sample(
      (x, y) => f(c + Math.cos(-step) * (x - c) - Math.sin(-step) * (y - c), c + Math.sin(-step) * (x - c) + Math.cos(-step) * (y - c)),
      n,
      n,
    );
    const b = logPolar(rotated, { cx: c, cy: c, maxRadius: 30, angles: 48, radii: 32 }).image;
    // Columns from 15 on (r ≥ 5 px): nearer the centre cos 3θ turns by O(1) within one pixel and
    // bilinear sampling cannot follow it, in either image.
    const mismatch = (rows: number) => {
      let err = 0;
      for (let i = 0; i < 48; i++) for (let j = 15; j < 32; j++) err = Math.max(err, Math.abs(b.data[((i + rows) % 48) * 32 + j] - a.data[i * 32 + j]));
      return err;
    };
    // Each bilinear sample errs by up to about |∇²f|/8 ≈ (3/r)²/8 ≤ 0.045 at r = 5, in either image;
    // 0.05 is that bound (measured 0.03). Without the shift, or shifting the wrong way, they differ by > 0.2.
    expect(mismatch(1)).toBeLessThan(0.05);
    expect(mismatch(0)).toBeGreaterThan(0.2);
    expect(mismatch(47)).toBeGreaterThan(0.2);
  });
});
