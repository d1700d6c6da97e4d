import { shapesSample, type ShapesOptions } from './shapes';
import type { ShapesSample } from './render';

/** Square scenes in both layouts: tfjs takes NHWC, our ONNX graphs NCHW. Values in [0, 1]. */
export interface ImageBatch {
  count: number;
  size: number; // S
  nhwc: Float32Array; // [N, S, S, 3]
  nchw: Float32Array; // [N, 3, S, S]
}

/**
 * Scenes start..start+count-1 of stream `seed` as one batch; `each` sees every sample (with its
 * index in the batch) so a model's batch can keep the labels it needs. Throws on non-square scenes.
 */
export function imageBatch(seed: number, start: number, count: number, o: Partial<ShapesOptions>, each: (s: ShapesSample, i: number) => void): ImageBatch {
  const S = o.width!;
  if (o.height !== S) throw new Error(`imageBatch: images must be square, got ${S}×${o.height}`);
  const plane = S * S;
  const b: ImageBatch = { count, size: S, nhwc: new Float32Array(count * plane * 3), nchw: new Float32Array(count * plane * 3) };
  for (let i = 0; i < count; i++) {
    const s = shapesSample(seed, start + i, o);
    b.nchw.set(s.image, i * plane * 3);
    for (let p = 0; p < plane; p++) for (let c = 0; c < 3; c++) b.nhwc[(i * plane + p) * 3 + c] = s.image[c * plane + p];
    each(s, i);
  }
  return b;
}

/** Rows `idx` of both image arrays (for shuffled minibatches); labels are the caller's to pick. */
export function pickImages(b: ImageBatch, idx: ArrayLike<number>): ImageBatch {
  const per = b.size * b.size * 3;
  const n = idx.length;
  const out: ImageBatch = { count: n, size: b.size, nhwc: new Float32Array(n * per), nchw: new Float32Array(n * per) };
  for (let k = 0; k < n; k++) {
    const i = idx[k];
    out.nhwc.set(b.nhwc.subarray(i * per, (i + 1) * per), k * per);
    out.nchw.set(b.nchw.subarray(i * per, (i + 1) * per), k * per);
  }
  return out;
}
