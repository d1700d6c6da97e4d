import { randomSeeded, uniform } from '../../kernels/random';

/**
 * A simulated particle projection, [size, size] row-major: a seeded cluster of 160 Gaussian
 * blobs (0.8–2.2 px) inside a disc, like the projected density of a small complex. Positive, with
 * detail out to high frequencies, so the bands beyond the first CTF zero carry much of the image
 * (with 2–6 px blobs nearly all of it sat before the first zero and flipping changed little).
 */
export function particle(size: number, seed = 5): Float64Array {
  const rand = randomSeeded(seed);
  const c = size / 2;
  const blobs = Array.from({ length: 160 }, () => {
    const r = 0.3 * size * Math.sqrt(rand());
    const t = uniform(rand, 0, 2 * Math.PI);
    return { x: c + r * Math.cos(t), y: c + r * Math.sin(t), s: uniform(rand, 0.8, 2.2), a: uniform(rand, 0.4, 1) };
  });
  const out = new Float64Array(size * size);
  for (const b of blobs) {
    const reach = Math.ceil(4 * b.s);
    for (let y = Math.max(0, Math.floor(b.y - reach)); y < Math.min(size, b.y + reach); y++)
      for (let x = Math.max(0, Math.floor(b.x - reach)); x < Math.min(size, b.x + reach); x++)
        out[y * size + x] += b.a * Math.exp(-((x - b.x) ** 2 + (y - b.y) ** 2) / (2 * b.s * b.s));
  }
  return out;
}
