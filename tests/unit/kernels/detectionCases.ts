import { normal, randInt, uniform, type Random } from '../../../src/kernels/random';
import { tensor, type Tensor } from '../../../src/kernels/tensor';

/**
 * Seeded boxes [x1, y1, x2, y2] crowded around a few centres, so that many pairs overlap at
 * every IoU level: the regime where NMS order and the strict > actually matter.
 */
export function clusteredBoxes(rand: Random, n: number, clusters = Math.max(1, Math.round(n / 8)), extent = 200): Tensor {
  // Each cluster is one "object": a centre and a size; its boxes jitter by ~10% in place and scale.
  const objects = Array.from({ length: clusters }, () => [uniform(rand, 0, extent), uniform(rand, 0, extent), uniform(rand, 8, 60), uniform(rand, 8, 60)]);
  const data: number[] = [];
  for (let i = 0; i < n; i++) {
    const [cx, cy, ow, oh] = objects[randInt(rand, 0, clusters - 1)];
    const [w, h] = [ow * uniform(rand, 0.75, 1.25), oh * uniform(rand, 0.75, 1.25)];
    const [x, y] = [cx + 0.1 * ow * normal(rand), cy + 0.1 * oh * normal(rand)];
    data.push(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
  }
  return tensor([n, 4], data);
}

/** Distinct scores (i+1)/(n+1) in a seeded random order, float32 so that ORT sees the same values. */
export function distinctScores(rand: Random, n: number): Float32Array {
  const s = Float32Array.from({ length: n }, (_, i) => (i + 1) / (n + 1));
  for (let i = n - 1; i > 0; i--) {
    const j = randInt(rand, 0, i);
    [s[i], s[j]] = [s[j], s[i]];
  }
  return s;
}
