import { randomSeeded, uniform } from '../../kernels/random';
import { boundingRadius, insideTest, SHAPES, type ShapeKind } from '../data/geometry';
import { sceneSeed } from '../data/shapes';

/**
 * Two shape features of one shapes-world object, measured on its 32×32 pixel mask (pixel-centre
 * coverage, as the renderer's masks): fill = area / area of the mask's bounding box (circle π/4,
 * upright square 1, triangle about ½) and roundness = boundary pixels / √area. Objects are small
 * (radius 2–10 px) and turn by up to ±45°, so pixelation and rotation make the classes overlap:
 * a square at 45° fills half its box, like a triangle. That overlap is what imbalance acts on.
 */
export const FEATURE_NAMES = ['fill of the bounding box', 'boundary px / √area'] as const;
const SIDE = 32;

/** Features of object `index` of class `shape` in stream `seed`: any object can be redrawn alone. */
export function shapeFeatures(seed: number, shape: ShapeKind, index: number): [number, number] {
  const rand = randomSeeded(sceneSeed(seed, SHAPES.indexOf(shape) * 1_000_003 + index));
  const size = uniform(rand, 2, 10);
  const [cx, cy] = [uniform(rand, 11, 21), uniform(rand, 11, 21)];
  const inside = insideTest({ shape, colour: 0, cx, cy, size, rotation: uniform(rand, -Math.PI / 4, Math.PI / 4), sizeClass: 'medium' });
  const m = new Uint8Array(SIDE * SIDE);
  const r = boundingRadius(shape, size) + 1; // nothing outside this circle is inside the shape: skip it
  for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(SIDE, Math.ceil(cy + r)); y++) {
    for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(SIDE, Math.ceil(cx + r)); x++) m[y * SIDE + x] = inside(x + 0.5, y + 0.5) ? 1 : 0;
  }
  let area = 0;
  let boundary = 0;
  let [x0, x1, y0, y1] = [SIDE, -1, SIDE, -1];
  for (let y = 1; y < SIDE - 1; y++) {
    for (let x = 1; x < SIDE - 1; x++) {
      if (!m[y * SIDE + x]) continue;
      area++;
      [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
      if (!m[y * SIDE + x - 1] || !m[y * SIDE + x + 1] || !m[(y - 1) * SIDE + x] || !m[(y + 1) * SIDE + x]) boundary++;
    }
  }
  if (area === 0) return [0, 0]; // a sliver below one pixel centre: nothing measured
  return [area / ((x1 - x0 + 1) * (y1 - y0 + 1)), boundary / Math.sqrt(area)];
}

export interface FeatureSet {
  x: Float64Array; // [N, 2]
  y: Int32Array; // [N], index into SHAPES
}

/** counts[c] objects of class c, in class order (object indices offset by `start` so splits are disjoint). */
export function featureSet(seed: number, counts: readonly number[], start: number): FeatureSet {
  const n = counts.reduce((a, b) => a + b, 0);
  const x = new Float64Array(2 * n);
  const y = new Int32Array(n);
  let k = 0;
  counts.forEach((count, c) => {
    for (let i = 0; i < count; i++, k++) {
      x.set(shapeFeatures(seed, SHAPES[c], start + i), 2 * k);
      y[k] = c;
    }
  });
  return { x, y };
}
