import { randomSeeded, uniform } from '../../../src/kernels/random';
import { tensor, type Tensor } from '../../../src/kernels/tensor';

/**
 * A smooth seeded test scene: a sum of Gaussian blobs, evaluated analytically at any real point,
 * so shifted, rotated and scaled copies are exact samplings of the same continuous image (no
 * interpolation of ours in the reference). Blobs of 1–3 px give texture at every frequency:
 * phase correlation whitens the spectrum, and a scene with no high frequencies leaves only noise
 * there (our first, smoother scene with 2.5–7.7 px blobs put the peak up to 2.4 px off).
 */
export function blobScene(seed: number, size: number, blobs = 400, sigma: [number, number] = [1, 3]): (x: number, y: number) => number {
  const rand = randomSeeded(seed);
  const list = Array.from({ length: blobs }, () => ({
    x: uniform(rand, 0, size),
    y: uniform(rand, 0, size),
    s: uniform(rand, sigma[0], sigma[1]),
    a: uniform(rand, -1, 1),
  }));
  return (x, y) => list.reduce((v, b) => v + b.a * Math.exp(-((x - b.x) ** 2 + (y - b.y) ** 2) / (2 * b.s * b.s)), 0);
}

/** Samples f on an h×w grid after mapping each output pixel (x, y) through `map` (output → scene coordinates). */
export function sample(f: (x: number, y: number) => number, h: number, w: number, map: (x: number, y: number) => [number, number] = (x, y) => [x, y]): Tensor {
  const data = new Float32Array(h * w);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [sx, sy] = map(x, y);
      data[y * w + x] = f(sx, sy);
    }
  }
  return tensor([h, w], data);
}
