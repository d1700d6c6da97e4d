import { shapesSample, type ShapesOptions } from '../data/shapes';

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

/** A batch in both layouts: tfjs takes NHWC, the ONNX model NCHW. */
export interface SegBatch {
  count: number;
  size: number; // S
  nhwc: Float32Array; // [N, S, S, 3]
  nchw: Float32Array; // [N, 3, S, S]
  masks: Uint8Array; // [N, S, S], class per pixel
}

/** Scenes start..start+count-1 of stream `seed`. */
export function segBatch(seed: number, start: number, count: number, options: Partial<ShapesOptions> = UNET_DATA): SegBatch {
  const o = { ...UNET_DATA, ...options };
  const S = o.width!;
  if (o.height !== S) throw new Error(`segBatch: images must be square, got ${S}×${o.height}`);
  const plane = S * S;
  const b: SegBatch = {
    count,
    size: S,
    nhwc: new Float32Array(count * plane * 3),
    nchw: new Float32Array(count * plane * 3),
    masks: new Uint8Array(count * plane),
  };
  for (let i = 0; i < count; i++) {
    const s = shapesSample(seed, start + i, o);
    b.nchw.set(s.image, i * plane * 3);
    b.masks.set(s.classMask, i * plane);
    for (let p = 0; p < plane; p++) {
      for (let c = 0; c < 3; c++) b.nhwc[(i * plane + p) * 3 + c] = s.image[c * plane + p];
    }
  }
  return b;
}

/** Rows `idx` of a batch, as a new batch (for shuffled minibatches). */
export function pickSeg(b: SegBatch, idx: ArrayLike<number>): SegBatch {
  const plane = b.size * b.size;
  const n = idx.length;
  const out: SegBatch = {
    count: n,
    size: b.size,
    nhwc: new Float32Array(n * plane * 3),
    nchw: new Float32Array(n * plane * 3),
    masks: new Uint8Array(n * plane),
  };
  for (let k = 0; k < n; k++) {
    const i = idx[k];
    out.nhwc.set(b.nhwc.subarray(i * plane * 3, (i + 1) * plane * 3), k * plane * 3);
    out.nchw.set(b.nchw.subarray(i * plane * 3, (i + 1) * plane * 3), k * plane * 3);
    out.masks.set(b.masks.subarray(i * plane, (i + 1) * plane), k * plane);
  }
  return out;
}
