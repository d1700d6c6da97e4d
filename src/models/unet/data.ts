import { imageBatch, pickImages, type ImageBatch } from '../data/imageBatch';
import type { ShapesOptions } from '../data/shapes';

/**
 * The U-Net's view of the shapes world: 32×32 scenes of 1–3 objects, mixed plain and textured
 * backgrounds, light noise. Target: the scene's classMask (0 background, 1 circle, 2 square,
 * 3 triangle), one label per pixel, decided at the pixel centre.
 */
export const UNET_DATA: Partial<ShapesOptions> = {
  width: 32,
  height: 32,
  singleObject: false,
  maxObjects: 3,
  // Radius 3.2–7 px at 32×32: large enough that a triangle's corners are a few pixels apart, small
  // enough that three objects usually fit.
  minSize: 0.1,
  maxSize: 0.22,
  background: 'mixed',
  noise: 0.03,
};

export const UNET_CLASSES = ['background', 'circle', 'square', 'triangle'] as const;

/** A batch of scenes with their per-pixel class masks. */
export interface SegBatch extends ImageBatch {
  masks: Uint8Array; // [N, S, S], class per pixel
}

/** Scenes start..start+count-1 of stream `seed`. */
export function segBatch(seed: number, start: number, count: number, options: Partial<ShapesOptions> = UNET_DATA): SegBatch {
  const o = { ...UNET_DATA, ...options };
  const plane = o.width! * o.width!;
  const masks = new Uint8Array(count * plane);
  const b = imageBatch(seed, start, count, o, (s, i) => masks.set(s.classMask, i * plane));
  return { ...b, masks };
}

/** Rows `idx` of a batch, as a new batch (for shuffled minibatches). */
export function pickSeg(b: SegBatch, idx: ArrayLike<number>): SegBatch {
  const plane = b.size * b.size;
  const masks = new Uint8Array(idx.length * plane);
  for (let k = 0; k < idx.length; k++) masks.set(b.masks.subarray(idx[k] * plane, (idx[k] + 1) * plane), k * plane);
  return { ...pickImages(b, idx), masks };
}
