import { pickImages, type ImageBatch } from '../data/imageBatch';
import { SHAPES } from '../data/geometry';
import type { ShapesSample } from '../data/render';
import { DISTRACTOR_SIZE, DISTRACTORS, LARGEST_NOISE, TARGET_SIZE, largestScene } from './scene';

/**
 * The family's task, harder than the shape classifier's so accuracy does not saturate at these
 * budgets: name the shape of the largest object among 2–4 (scene.ts: small targets, tiny
 * distractors, five colours, textures, noise σ = 0.08). Three classes (SHAPES).
 */
export const LARGEST_CLASSES = [...SHAPES];
/** What the card records about the data (scene.ts's constants). */
export const LARGEST_DATA_DESCRIPTION = {
  generator: 'largestScene (src/models/efficientnet/scene.ts) on the shapes world renderer',
  targetRadius: TARGET_SIZE,
  distractorRadius: DISTRACTOR_SIZE,
  distractors: DISTRACTORS,
  noise: LARGEST_NOISE,
  backgrounds: 'plain or striped grey, half each',
  label: 'shape of the largest object (the target)',
};

export interface LargestBatch extends ImageBatch {
  labels: Int32Array; // SHAPES index of the largest object
}

export function largestLabel(s: ShapesSample): number {
  let best = 0;
  s.objects.forEach((o, i) => {
    if (o.size > s.objects[best].size) best = i;
  });
  return SHAPES.indexOf(s.objects[best].shape);
}

/** Scenes start..start+count-1 of stream `seed` at side `size`, NHWC and NCHW. */
export function largestBatch(seed: number, start: number, count: number, size: number): LargestBatch {
  const plane = size * size;
  const b: LargestBatch = { count, size, nhwc: new Float32Array(count * plane * 3), nchw: new Float32Array(count * plane * 3), labels: new Int32Array(count) };
  for (let i = 0; i < count; i++) {
    const s = largestScene(seed, start + i, size);
    b.nchw.set(s.image, i * plane * 3);
    for (let p = 0; p < plane; p++) for (let c = 0; c < 3; c++) b.nhwc[(i * plane + p) * 3 + c] = s.image[c * plane + p];
    b.labels[i] = largestLabel(s);
  }
  return b;
}

export function pickLargest(b: LargestBatch, idx: ArrayLike<number>): LargestBatch {
  return { ...pickImages(b, idx), labels: Int32Array.from(idx, (i) => b.labels[i]) };
}
