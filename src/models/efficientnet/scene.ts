import { randInt, randomSeeded, uniform } from '../../kernels/random';
import { SHAPES, boundingRadius, type SceneObject } from '../data/geometry';
import { COLOURS } from '../data/palette';
import { renderScene, type ShapesSample } from '../data/render';
import { sceneSeed } from '../data/shapes';

/**
 * A scene of the family's task: one target object (radius 11–20% of the side) among 1–3 small
 * distractors (4–7.5%), any of five colours each, on a plain or striped grey background, with
 * Gaussian noise σ. The label is the target's shape, i.e. the shape of the largest object; the
 * size gap is clear (≥ 1.47× the radius), so the task is "find the big one, name its shape"
 * with clutter, not a coin toss between near-equal objects.
 * Everything is drawn in fractions of the side before scaling, so scene `index` has the same
 * layout at every resolution: resolution scaling sees the same data, sharper.
 */
export const TARGET_SIZE = [0.11, 0.2] as const;
export const DISTRACTOR_SIZE = [0.04, 0.075] as const;
export const DISTRACTORS = [1, 3] as const;
export const LARGEST_NOISE = 0.08;

export function largestScene(seed: number, index: number, side: number, noise = LARGEST_NOISE): ShapesSample {
  const rand = randomSeeded(sceneSeed(seed, index));
  const striped = rand() < 0.5;
  const grey = uniform(rand, 0.05, 0.45);
  const base = [0, 1, 2].map(() => grey + uniform(rand, -0.04, 0.04));
  const waves = striped
    ? Array.from({ length: 3 }, () => ({
        fx: uniform(rand, -6, 6) / side,
        fy: uniform(rand, -6, 6) / side,
        phase: uniform(rand, 0, 2 * Math.PI),
        amp: [0, 1, 2].map(() => uniform(rand, 0.02, 0.08)),
      }))
    : [];
  const count = 1 + randInt(rand, DISTRACTORS[0], DISTRACTORS[1]);
  const placed: { shape: (typeof SHAPES)[number]; colour: number; fx: number; fy: number; r: number; rotation: number }[] = [];
  for (let k = 0; k < count; k++) {
    const [lo, hi] = k === 0 ? TARGET_SIZE : DISTRACTOR_SIZE;
    const shape = SHAPES[randInt(rand, 0, 2)];
    const colour = randInt(rand, 0, COLOURS.length - 1);
    const r = uniform(rand, lo, hi);
    const rotation = shape === 'circle' ? 0 : uniform(rand, -Math.PI / 12, Math.PI / 12);
    const b = boundingRadius(shape, r) + 0.03;
    for (let attempt = 0; attempt < 30; attempt++) {
      const fx = uniform(rand, b, 1 - b);
      const fy = uniform(rand, b, 1 - b);
      if (placed.every((p) => Math.hypot(p.fx - fx, p.fy - fy) > b + boundingRadius(p.shape, p.r) + 0.03)) {
        placed.push({ shape, colour, fx, fy, r, rotation });
        break;
      }
    }
  }
  const objects: SceneObject[] = placed.map((p, k) => ({
    shape: p.shape,
    colour: p.colour,
    cx: p.fx * side,
    cy: p.fy * side,
    size: p.r * side,
    rotation: p.rotation,
    sizeClass: k === 0 ? 'large' : 'small',
  }));
  return renderScene({ width: side, height: side, objects, background: { base, waves } }, { noise, antialias: 2, rand });
}
