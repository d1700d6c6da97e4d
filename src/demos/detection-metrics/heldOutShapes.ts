import card from '../../../models/shape-classifier/card.json';
import type { ShapesOptions } from '../../models/data/shapes';
import { classifierBatch } from '../../models/shapeClassifier/data';

/**
 * The classifier panel's held-out set: single-object 32×32 shapes from stream 4041, rendered with
 * the card's own data options. The shipped model trained and validated on stream 1 (scenes
 * [0, 14000) of it, card.data), so none of these images was seen in training.
 */
export const HELD_OUT_STREAM = 4041;
export const HELD_OUT_COUNT = 300;

export interface HeldOutShapes {
  nchw: Float32Array; // [N, 3, 32, 32]
  labels: Int32Array; // [N]
}

export function heldOutShapes(count = HELD_OUT_COUNT): HeldOutShapes {
  // The card's JSON types `background` as string; the training CLI wrote a ShapesOptions.
  const b = classifierBatch(HELD_OUT_STREAM, 0, count, card.data.options as Partial<ShapesOptions>);
  return { nchw: b.nchw, labels: b.labels };
}
