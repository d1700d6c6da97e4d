import { imageBatch, pickImages, type ImageBatch } from '../data/imageBatch';
import type { ShapesOptions } from '../data/shapes';

/**
 * The classifier's view of the shapes world: one object per image, 32×32, mixed plain and
 * textured backgrounds, light noise. Its label is the object's index into SHAPES.
 */
export const CLASSIFIER_DATA: Partial<ShapesOptions> = {
  width: 32,
  height: 32,
  singleObject: true,
  minSize: 0.12, // below ~4 px radius a square and a circle differ by a few antialiased pixels
  maxSize: 0.3,
  background: 'mixed',
  noise: 0.03,
};

/** A batch of one-object scenes with each object's shape. */
export interface ClassifierBatch extends ImageBatch {
  labels: Int32Array; // [N], index into SHAPES
}

/** Scenes start..start+count-1 of stream `seed`. */
export function classifierBatch(seed: number, start: number, count: number, options: Partial<ShapesOptions> = CLASSIFIER_DATA): ClassifierBatch {
  const labels = new Int32Array(count);
  const b = imageBatch(seed, start, count, { ...CLASSIFIER_DATA, ...options }, (s, i) => (labels[i] = s.labels[0]));
  return { ...b, labels };
}

/** Rows `idx` of a batch, as a new batch (for shuffled minibatches). */
export function pick(b: ClassifierBatch, idx: ArrayLike<number>): ClassifierBatch {
  return { ...pickImages(b, idx), labels: Int32Array.from(idx, (i) => b.labels[i]) };
}
