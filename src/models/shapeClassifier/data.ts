import { shapesSample, type ShapesOptions } from '../data/shapes';

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

/** A batch in both layouts: tfjs takes NHWC, the ONNX model NCHW. Values in [0, 1]. */
export interface ClassifierBatch {
  count: number;
  size: number; // S
  nhwc: Float32Array; // [N, S, S, 3]
  nchw: Float32Array; // [N, 3, S, S]
  labels: Int32Array; // [N], index into SHAPES
}

/** Scenes start..start+count-1 of stream `seed`. */
export function classifierBatch(seed: number, start: number, count: number, options: Partial<ShapesOptions> = CLASSIFIER_DATA): ClassifierBatch {
  const o = { ...CLASSIFIER_DATA, ...options };
  const S = o.width!;
  if (o.height !== S) throw new Error(`classifierBatch: images must be square, got ${S}×${o.height}`);
  const plane = S * S;
  const nhwc = new Float32Array(count * plane * 3);
  const nchw = new Float32Array(count * plane * 3);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const s = shapesSample(seed, start + i, o);
    labels[i] = s.labels[0];
    nchw.set(s.image, i * plane * 3);
    for (let p = 0; p < plane; p++) {
      for (let c = 0; c < 3; c++) nhwc[(i * plane + p) * 3 + c] = s.image[c * plane + p];
    }
  }
  return { count, size: S, nhwc, nchw, labels };
}

/** Rows `idx` of a batch, as a new batch (for shuffled minibatches). */
export function pick(b: ClassifierBatch, idx: ArrayLike<number>): ClassifierBatch {
  const per = b.size * b.size * 3;
  const n = idx.length;
  const out: ClassifierBatch = { count: n, size: b.size, nhwc: new Float32Array(n * per), nchw: new Float32Array(n * per), labels: new Int32Array(n) };
  for (let k = 0; k < n; k++) {
    const i = idx[k];
    out.nhwc.set(b.nhwc.subarray(i * per, (i + 1) * per), k * per);
    out.nchw.set(b.nchw.subarray(i * per, (i + 1) * per), k * per);
    out.labels[k] = b.labels[i];
  }
  return out;
}
