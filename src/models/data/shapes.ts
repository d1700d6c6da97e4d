import { randInt, randomSeeded, uniform, type Random } from '../../kernels/random';
import { SHAPES, boundingRadius, type SceneObject } from './geometry';
import { COLOURS } from './palette';
import { renderScene, type Background, type ShapesSample } from './render';

/**
 * The shapes world: seeded scenes of coloured circles, squares and triangles (1–3 by default).
 * `generateScene` draws a scene description (geometry only); `renderScene` rasterises it.
 * Objects never overlap (their bounding circles are kept apart), so every instance mask is
 * the whole object and every box is that object's full extent.
 */

export interface ShapesOptions {
  width: number; // pixels, default 64
  height: number; // pixels, default 64
  singleObject: boolean; // exactly one object (the classifier's setting)
  maxObjects: number; // ≥ 1, default 3; a crowded scene keeps the objects that fit
  /** Object size (radius of the equal-area circle) as a fraction of min(width, height). */
  minSize: number;
  maxSize: number;
  maxRotation: number; // radians; squares and triangles turn by up to ± this
  background: 'plain' | 'texture' | 'mixed'; // mixed: half of the scenes each
  noise: number; // std of additive Gaussian pixel noise (0 = none), clamped back into [0, 1]
  antialias: number; // samples per pixel side for the colour coverage (masks use the pixel centre)
}

export const DEFAULT_SHAPES_OPTIONS: ShapesOptions = {
  width: 64,
  height: 64,
  singleObject: false,
  maxObjects: 3,
  minSize: 0.08,
  maxSize: 0.2,
  maxRotation: Math.PI / 12,
  background: 'plain',
  noise: 0,
  antialias: 2,
};

export interface SceneSpec {
  width: number;
  height: number;
  objects: SceneObject[];
  background: Background;
}

/** Independent seed of scene `index` in stream `seed`: any scene can be regenerated alone. */
export function sceneSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

function drawBackground(rand: Random, kind: ShapesOptions['background'], side: number): Background {
  const textured = kind === 'texture' || (kind === 'mixed' && rand() < 0.5);
  const grey = uniform(rand, 0.05, 0.45);
  const base = [0, 1, 2].map(() => grey + uniform(rand, -0.04, 0.04));
  if (!textured) return { base, waves: [] };
  const waves = Array.from({ length: 3 }, () => ({
    // Up to 6 cycles across the image: stripes stay coarser than the shapes' corners at any size.
    fx: uniform(rand, -6, 6) / side,
    fy: uniform(rand, -6, 6) / side,
    phase: uniform(rand, 0, 2 * Math.PI),
    amp: [0, 1, 2].map(() => uniform(rand, 0.02, 0.08)),
  }));
  return { base, waves };
}

/** Draws one scene description. Consumes `rand` in a fixed order, so a seed fixes the scene. */
export function generateScene(rand: Random, options: Partial<ShapesOptions> = {}): SceneSpec {
  const o = { ...DEFAULT_SHAPES_OPTIONS, ...options };
  const side = Math.min(o.width, o.height);
  const background = drawBackground(rand, o.background, side);
  const want = o.singleObject ? 1 : randInt(rand, 1, Math.max(1, o.maxObjects));
  const objects: SceneObject[] = [];
  for (let k = 0; k < want; k++) {
    // Rejection sampling; a crowded scene just keeps fewer objects (the first always fits).
    for (let attempt = 0; attempt < 50; attempt++) {
      const shape = SHAPES[randInt(rand, 0, 2)];
      const colour = randInt(rand, 0, COLOURS.length - 1);
      const t = rand();
      const size = (o.minSize + t * (o.maxSize - o.minSize)) * side;
      const rotation = shape === 'circle' ? 0 : uniform(rand, -o.maxRotation, o.maxRotation);
      const b = boundingRadius(shape, size) + 1;
      const cx = uniform(rand, b, Math.max(b, o.width - b));
      const cy = uniform(rand, b, Math.max(b, o.height - b));
      const clear = objects.every((p) => Math.hypot(p.cx - cx, p.cy - cy) > b + boundingRadius(p.shape, p.size) + 2);
      if (!clear) continue;
      const sizeClass = t < 1 / 3 ? 'small' : t < 2 / 3 ? 'medium' : 'large';
      objects.push({ shape, colour, cx, cy, size, rotation, sizeClass });
      break;
    }
  }
  return { width: o.width, height: o.height, objects, background };
}

/** Scene `index` of stream `seed`, rendered with labels. Same (seed, index, options) → same bytes. */
export function shapesSample(seed: number, index: number, options: Partial<ShapesOptions> = {}): ShapesSample {
  const o = { ...DEFAULT_SHAPES_OPTIONS, ...options };
  const rand = randomSeeded(sceneSeed(seed, index));
  return renderScene(generateScene(rand, o), { noise: o.noise, antialias: o.antialias, rand });
}

/** `count` consecutive scenes of stream `seed`, starting at index `start`. */
export function shapesDataset(seed: number, count: number, options: Partial<ShapesOptions> = {}, start = 0): ShapesSample[] {
  return Array.from({ length: count }, (_, i) => shapesSample(seed, start + i, options));
}
