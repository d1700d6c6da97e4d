import { describe, expect, it } from 'vitest';
import { registerRotationScale } from '../../../src/kernels/fourierMellin';
import { phaseCorrelate } from '../../../src/kernels/phaseCorrelate';
import { blobScene, sample } from './registrationCases';

const n = 128;
const c = n / 2;
const scene = blobScene(11, n);
const a = sample(scene, n, n);

/** The scene rotated by `deg` (from +x towards +y) and magnified by s about the centre, then moved by (tx, ty). */
function transformed(deg: number, s: number, tx = 0, ty = 0) {
  const t = (deg * Math.PI) / 180;
  return sample(scene, n, n, (x, y) => {
    const [u, v] = [x - c - tx, y - c - ty];
    return [(Math.cos(t) * u + Math.sin(t) * v) / s + c, (-Math.sin(t) * u + Math.cos(t) * v) / s + c];
  });
}

const CASES: [number, number][] = [
  [12, 1.1],
  [-25, 0.9],
  [40, 1.0],
  [0, 1.25],
  [5, 1.05],
  [-70, 1.15],
];

describe('registerRotationScale', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));

  // 512 angle rows (0.70° each) and 128 log-radius columns (ln 64 / 128 = 3.2% of scale each);
  // sub-pixel peaks bring that to a worst measured 0.075° and 0.35% on these cases. Tolerances
  // 0.3° and 1% (under half a row, a third of a column) leave room and still catch any off-by-one.
  it.each(CASES)('recovers a rotation of %f° and a scale of %f within 0.3° and 1%', (deg, s) => {
    const r = registerRotationScale(a, transformed(deg, s));
    expect(Math.abs(r.angle - deg)).toBeLessThan(0.3);
    expect(Math.abs(r.scale / s - 1)).toBeLessThan(0.01);
  });

  it('ignores a translation (the spectrum magnitude does not see it): 15° and 1.1 with a (6, −4) px shift', () => {
    const r = registerRotationScale(a, transformed(15, 1.1, 6, -4));
    expect(Math.abs(r.angle - 15)).toBeLessThan(0.3);
    expect(Math.abs(r.scale / 1.1 - 1)).toBeLessThan(0.01);
  });

  it('then phase correlation between the estimate applied to a and b finds the remaining (6, −4) px within 0.3 px', () => {
    const b = transformed(15, 1.1, 6, -4);
    const r = registerRotationScale(a, b);
    const shift = phaseCorrelate(transformed(r.angle, r.scale), b);
    expect(Math.abs(shift.dx - 6)).toBeLessThan(0.3);
    expect(Math.abs(shift.dy + 4)).toBeLessThan(0.3);
  });

  it('rejects non-square images', () => {
    expect(() => registerRotationScale(sample(scene, 8, 12), sample(scene, 8, 12))).toThrow(/square/);
  });
});
