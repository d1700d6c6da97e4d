import { classifierBatch, type ClassifierBatch } from '../shapeClassifier/data';
import type { ShapesOptions } from '../data/shapes';

/**
 * The fitting demo's data: the shape classifier's task on 24×24 images (small, so a run takes
 * seconds), objects a little larger than the classifier's so their shape survives the smaller grid.
 * Training: scenes [0, n) of stream `seed`; validation: VAL_SIZE scenes far past any training index.
 */
export const FIT_DATA: Partial<ShapesOptions> = { width: 24, height: 24, minSize: 0.18, maxSize: 0.34 };
export const FIT_VAL_SIZE = 192;
const VAL_START = 1_000_000_000;

export function fitSets(seed: number, trainSize: number): { train: ClassifierBatch; val: ClassifierBatch } {
  return { train: classifierBatch(seed, 0, trainSize, FIT_DATA), val: classifierBatch(seed, VAL_START, FIT_VAL_SIZE, FIT_DATA) };
}
