import { describe, expect, it } from 'vitest';
import { phaseCorrelate } from '../../../src/kernels/phaseCorrelate';
import { randomSeeded, uniform } from '../../../src/kernels/random';
import { tensor } from '../../../src/kernels/tensor';
import { randomImage } from './imageCases';
import { blobScene, sample } from './registrationCases';

describe('phaseCorrelate', () => {
  it.each([
    [5, -3],
    [-17, 12],
    [0, 0],
    [31, -32],
  ])('recovers a circular shift of (%i, %i) px of a random image exactly (within 1e-9)', (dx, dy) => {
    const [h, w] = [64, 80];
    const a = randomImage(h, w, 1);
    const b = tensor([h, w]);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) b.data[((((y + dy) % h) + h) % h) * w + ((((x + dx) % w) + w) % w)] = a.data[y * w + x];
    // No window: a circular shift is exactly a phase ramp, so the surface is a delta and the
    // sub-pixel terms see neighbours of ~1e-16.
    const r = phaseCorrelate(a, b, { window: false });
    expect(Math.abs(r.dx - dx)).toBeLessThan(1e-9);
    expect(Math.abs(r.dy - (dy === -32 ? 32 : dy))).toBeLessThan(1e-9); // −32 on 64 rows is +32 (folded into (−32, 32])
    expect(r.response).toBeCloseTo(1, 9);
  });

  const rand = randomSeeded(3);
  const SUBPIXEL = Array.from({ length: 8 }, () => [uniform(rand, -12, 12), uniform(rand, -12, 12)] as [number, number]);
  const scene = blobScene(7, 128);
  const a = sample(scene, 128, 128);
  const cache = new Map<[number, number], ReturnType<typeof sample>>();
  const shifted = (d: [number, number]) => {
    if (!cache.has(d))
      cache.set(
        d,
        sample(scene, 128, 128, (x, y) => [x - d[0], y - d[1]]),
      );
    return cache.get(d)!;
  };

  // A textured non-periodic scene, truly shifted (sampled at x − dx), Hann-windowed. Tolerances:
  // the parabola's bias on a sinc peak is ≤ 0.12 px (measured 0.123 on an exactly periodic shift),
  // windowing adds a little (worst measured here 0.14): 0.2 px. Foroosh's sinc estimator: worst
  // measured 0.045: 0.1 px. OpenCV's 5×5 centroid: worst 0.33: 0.4 px. Integer-only: up to 0.5.
  it.each([
    ['parabolic', 0.2],
    ['sinc', 0.1],
    ['centroid', 0.4],
  ] as const)('recovers 8 seeded sub-pixel shifts of a smooth scene with the %s estimator within %f px', (subpixel, tol) => {
    expect(SUBPIXEL.length).toBe(8);
    for (const d of SUBPIXEL) {
      const r = phaseCorrelate(a, shifted(d), { subpixel });
      expect(Math.abs(r.dx - d[0])).toBeLessThan(tol);
      expect(Math.abs(r.dy - d[1])).toBeLessThan(tol);
    }
  });

  it('rejects images of different sizes', () => {
    expect(() => phaseCorrelate(tensor([4, 4]), tensor([4, 5]))).toThrow(/sizes differ/);
  });
});
