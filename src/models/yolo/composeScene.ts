import { randomSeeded } from '../../kernels/random';
import { boundingRadius, type SceneObject } from '../data/geometry';
import { renderScene, type ShapesSample } from '../data/render';
import { generateScene, sceneSeed, type ShapesOptions } from '../data/shapes';
import { YOLO_DATA } from './data';

/**
 * A scene with a chosen number of objects (0 = background only), for the demos' edge cases: the
 * shapes world draws 1–maxObjects itself. Objects are the shapes world's own (each drawn by
 * `generateScene` as a one-object scene, so sizes, colours and rotations follow the training
 * distribution) and are kept apart by the same rule: bounding circles + 1 px, 2 px apart. Asked
 * for more than the data's maxObjects, sizes come from the smallest third of the trained range
 * (`crowded`), so more fit; placing stops after MAX_MISSES failures in a row (the sample's
 * objects say how many were placed: at 64×64, about 10 of 50).
 */
const MAX_MISSES = 200;
export function composeScene(
  seed: number,
  index: number,
  count: number,
  options: Partial<ShapesOptions> = YOLO_DATA,
): ShapesSample & { requested: number; crowded: boolean } {
  const base = { ...YOLO_DATA, ...options, singleObject: true };
  const crowded = count > base.maxObjects!;
  const o = crowded ? { ...base, maxSize: base.minSize! + (base.maxSize! - base.minSize!) / 3 } : base;
  const rand = randomSeeded(sceneSeed(seed, index));
  const { background, width, height } = generateScene(rand, o);
  const objects: SceneObject[] = [];
  for (let misses = 0; objects.length < count && misses < MAX_MISSES;) {
    const c = generateScene(rand, o).objects[0];
    const b = boundingRadius(c.shape, c.size) + 1;
    const fits = objects.every((p) => Math.hypot(p.cx - c.cx, p.cy - c.cy) > b + boundingRadius(p.shape, p.size) + 2);
    if (fits) {
      objects.push(c);
      misses = 0;
    } else misses++;
  }
  return { ...renderScene({ width, height, objects, background }, { noise: o.noise ?? 0, antialias: o.antialias ?? 2, rand }), requested: count, crowded };
}
