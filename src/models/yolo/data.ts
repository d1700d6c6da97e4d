import { imageBatch, pickImages, type ImageBatch } from '../data/imageBatch';
import type { ShapesOptions } from '../data/shapes';

/**
 * The detector's view of the shapes world: 64×64 scenes of 1–5 objects of varied sizes (radius of
 * the equal-area circle 4.5–12.8 px, so boxes from ~8 to ~30 px; below ~4 px a square and a
 * circle differ by a few antialiased pixels), mixed plain and textured
 * backgrounds, light noise. Targets: each object's tight box [x1, y1, x2, y2] (pixel edges) and
 * its class, the index into SHAPES (0 circle, 1 square, 2 triangle).
 */
export const YOLO_DATA: Partial<ShapesOptions> = {
  width: 64,
  height: 64,
  singleObject: false,
  maxObjects: 5,
  minSize: 0.07,
  maxSize: 0.2,
  background: 'mixed',
  noise: 0.02,
};

export const YOLO_CLASSES = ['circle', 'square', 'triangle'] as const;

/** A batch of scenes with every object's box and class. */
export interface DetBatch extends ImageBatch {
  boxes: number[][][]; // per scene, [x1, y1, x2, y2] per object
  labels: number[][]; // per scene, class per object
}

/** Scenes start..start+count-1 of stream `seed`. */
export function detBatch(seed: number, start: number, count: number, options: Partial<ShapesOptions> = YOLO_DATA): DetBatch {
  const boxes: number[][][] = [];
  const labels: number[][] = [];
  const b = imageBatch(seed, start, count, { ...YOLO_DATA, ...options }, (s) => {
    boxes.push(s.boxes.map((x) => [...x]));
    labels.push([...s.labels]);
  });
  return { ...b, boxes, labels };
}

/** Rows `idx` of a batch, as a new batch (for shuffled minibatches). */
export function pickDet(b: DetBatch, idx: ArrayLike<number>): DetBatch {
  return { ...pickImages(b, idx), boxes: Array.from(idx, (i) => b.boxes[i]), labels: Array.from(idx, (i) => b.labels[i]) };
}

/** Every box's (w, h) as a flat [N·2] array, for the anchor k-means. */
export function boxSizes(boxes: number[][][]): Float32Array {
  const wh: number[] = [];
  for (const scene of boxes) for (const [x1, y1, x2, y2] of scene) wh.push(x2 - x1, y2 - y1);
  return Float32Array.from(wh);
}
