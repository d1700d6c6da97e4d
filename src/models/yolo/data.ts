import { shapesSample, type ShapesOptions } from '../data/shapes';

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

/** Scenes as tfjs wants them (NHWC) with their labels; `nchw` only when asked (ORT evaluation). */
export interface DetBatch {
  count: number;
  size: number; // S
  nhwc: Float32Array; // [N, S, S, 3]
  nchw?: Float32Array; // [N, 3, S, S]
  boxes: number[][][]; // per scene, [x1, y1, x2, y2] per object
  labels: number[][]; // per scene, class per object
}

/** Scenes start..start+count-1 of stream `seed`. */
export function detBatch(seed: number, start: number, count: number, options: Partial<ShapesOptions> = YOLO_DATA, withNchw = false): DetBatch {
  const o = { ...YOLO_DATA, ...options };
  const S = o.width!;
  if (o.height !== S) throw new Error(`detBatch: images must be square, got ${S}×${o.height}`);
  const plane = S * S;
  const b: DetBatch = { count, size: S, nhwc: new Float32Array(count * plane * 3), boxes: [], labels: [] };
  if (withNchw) b.nchw = new Float32Array(count * plane * 3);
  for (let i = 0; i < count; i++) {
    const s = shapesSample(seed, start + i, o);
    b.nchw?.set(s.image, i * plane * 3);
    for (let p = 0; p < plane; p++) for (let c = 0; c < 3; c++) b.nhwc[(i * plane + p) * 3 + c] = s.image[c * plane + p];
    b.boxes.push(s.boxes.map((x) => [...x]));
    b.labels.push([...s.labels]);
  }
  return b;
}

/** Rows `idx` of a batch, as a new batch (for shuffled minibatches; NHWC only). */
export function pickDet(b: DetBatch, idx: ArrayLike<number>): DetBatch {
  const per = b.size * b.size * 3;
  const out: DetBatch = { count: idx.length, size: b.size, nhwc: new Float32Array(idx.length * per), boxes: [], labels: [] };
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    out.nhwc.set(b.nhwc.subarray(i * per, (i + 1) * per), k * per);
    out.boxes.push(b.boxes[i]);
    out.labels.push(b.labels[i]);
  }
  return out;
}

/** Every box's (w, h) as a flat [N·2] array, for the anchor k-means. */
export function boxSizes(boxes: number[][][]): Float32Array {
  const wh: number[] = [];
  for (const scene of boxes) for (const [x1, y1, x2, y2] of scene) wh.push(x2 - x1, y2 - y1);
  return Float32Array.from(wh);
}
