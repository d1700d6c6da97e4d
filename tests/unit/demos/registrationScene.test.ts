import { describe, expect, it } from 'vitest';
import { applyHomography } from '../../../src/kernels/homography';
import { randomSeeded } from '../../../src/kernels/random';
import { generateScene, sceneSeed } from '../../../src/models/data/shapes';
import { blobs, forward, renderBlobs, similarityMatrix, transformScene, type Similarity } from '../../../src/demos/registration/scene';

const N = 64;
const c = N / 2;
/** T⁻¹ by hand: undo the shift, the scale and the rotation about the centre. */
function inverse(T: Similarity, x: number, y: number): [number, number] {
  const t = (-T.angle * Math.PI) / 180;
  const [u, v] = [(x - c - T.dx) / T.scale, (y - c - T.dy) / T.scale];
  return [Math.cos(t) * u - Math.sin(t) * v + c, Math.sin(t) * u + Math.cos(t) * v + c];
}
const CASES: Similarity[] = [
  { angle: 0, scale: 1, dx: 3.25, dy: -2 },
  { angle: 17, scale: 1.2, dx: -4, dy: 1.5 },
  { angle: -40, scale: 0.85, dx: 0, dy: 0 },
];

describe('the registration scene', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));

  it('turns clockwise on screen: 90° takes the point right of the centre to the point below it', () => {
    const [x, y] = forward({ angle: 90, scale: 1, dx: 0, dy: 0 }, c + 1, c, N);
    // 1e-12: cos 90° in float64 is 6e-17, not 0.
    expect(Math.abs(x - c)).toBeLessThan(1e-12);
    expect(Math.abs(y - (c + 1))).toBeLessThan(1e-12);
  });

  it.each(CASES)('the blob image through T is the untransformed scene evaluated at T⁻¹(x): %o', (T) => {
    const img = renderBlobs(N, T);
    const list = blobs(N);
    // The analytic scene at T⁻¹(x): each blob's Gaussian in a's coordinates, where b(x) = a(T⁻¹x) has width s·σ.
    const at = (x: number, y: number) => {
      const [u, v] = inverse(T, x, y);
      return list.reduce((sum, b) => {
        const d2 = (u - b.x) ** 2 + (v - b.y) ** 2;
        return d2 > (4 * b.s) ** 2 ? sum : sum + b.a * Math.exp(-d2 / (2 * b.s * b.s));
      }, 0);
    };
    let checked = 0;
    for (let y = 3; y < N; y += 7)
      for (let x = 5; x < N; x += 9) {
        // 1e-3: both cut each blob at 4σ (e^(−8) ≈ 3e-4 of its amplitude) but draw the cut in different coordinates,
        // and a pixel sums a few such tails; a wrong transform errs by O(1).
        expect(Math.abs(img[y * N + x] - at(x, y))).toBeLessThan(1e-3);
        checked++;
      }
    expect(checked).toBeGreaterThan(40);
  });

  it.each(CASES)('the shapes world background through T is the original background at T⁻¹(x): %o', (T) => {
    const spec = generateScene(randomSeeded(sceneSeed(31, 0)), { width: N, height: N, background: 'texture' });
    const moved = transformScene(spec, T);
    const wave = (w: { fx: number; fy: number; phase: number }, x: number, y: number) => Math.sin(2 * Math.PI * (w.fx * x + w.fy * y) + w.phase);
    expect(spec.background.waves.length).toBeGreaterThan(0);
    for (const [x, y] of [
      [0, 0],
      [10.5, 40],
      [63, 7],
    ]) {
      const [u, v] = inverse(T, x, y);
      spec.background.waves.forEach((w, k) => {
        // 1e-9: the phase identity is exact; phases are O(10) rad, so rounding is ~1e-15.
        expect(Math.abs(wave(moved.background.waves[k], x, y) - wave(w, u, v))).toBeLessThan(1e-9);
      });
    }
    // Objects: each centre goes where T sends it, each size scales by s.
    spec.objects.forEach((o, k) => {
      const [x, y] = forward(T, o.cx, o.cy, N);
      expect(moved.objects[k].cx).toBeCloseTo(x, 12);
      expect(moved.objects[k].cy).toBeCloseTo(y, 12);
      expect(moved.objects[k].size).toBeCloseTo(o.size * T.scale, 12);
    });
  });

  it.each(CASES)('similarityMatrix is the homography of T: it maps points exactly as forward does (%o)', (T) => {
    const H = similarityMatrix(T, N);
    for (const [x, y] of [
      [0, 0],
      [N, 0],
      [13, 51],
    ]) {
      const [p, q] = [applyHomography(H, x, y), forward(T, x, y, N)];
      // 1e-9 px: the same affine map evaluated two ways.
      expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeLessThan(1e-9);
    }
  });
});
