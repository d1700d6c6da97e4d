import { patchify } from '../../kernels/patchify';
import { shapesSample, type ShapesOptions } from '../data/shapes';

/**
 * vit-tiny's view of the shapes world: the shape classifier's scenes (one object, 32×32, radius
 * 3.8–9.6 px, mixed backgrounds, light noise), labelled by shape (index into SHAPES) and colour
 * (index into COLOURS).
 */
export const VIT_DATA: Partial<ShapesOptions> = {
  width: 32,
  height: 32,
  singleObject: true,
  minSize: 0.12,
  maxSize: 0.3,
  background: 'mixed',
  noise: 0.03,
};

export interface VitBatch {
  count: number;
  size: number; // S
  patchSize: number; // P
  nchw: Float32Array; // [N, 3, S, S] in [0, 1]: what the ONNX graph takes
  patches: Float32Array; // [N, (S/P)², 3·P·P] in `patchify` order: what the tfjs model takes
  shapes: Int32Array; // [N]
  colours: Int32Array; // [N]
}

/** Scenes start..start+count−1 of stream `seed`. */
export function vitBatch(seed: number, start: number, count: number, patchSize: number, options: Partial<ShapesOptions> = VIT_DATA): VitBatch {
  const o = { ...VIT_DATA, ...options };
  const S = o.width!;
  if (o.height !== S) throw new Error(`vitBatch: images must be square, got ${S}×${o.height}`);
  const nchw = new Float32Array(count * 3 * S * S);
  const shapes = new Int32Array(count);
  const colours = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const s = shapesSample(seed, start + i, o);
    nchw.set(s.image, i * 3 * S * S);
    shapes[i] = s.labels[0];
    colours[i] = s.objects[0].colour;
  }
  const patches = patchify({ data: nchw, shape: [count, 3, S, S] }, patchSize).data;
  return { count, size: S, patchSize, nchw, patches, shapes, colours };
}

/**
 * Rows `idx` of a batch (patches and labels only: training never reads the NCHW copy). Row k is
 * mirrored left–right when flip(k) is true, done in patch space: patch (r, c) moves to (r, G−1−c)
 * and pixel column j inside it to P−1−j. A mirrored scene is still a scene of the generator (its
 * rotations are symmetric about 0), so the labels stand.
 */
export function pickPatches(b: VitBatch, idx: ArrayLike<number>, flip: (k: number) => boolean = () => false): PatchRows {
  const per = b.patches.length / b.count;
  const P = b.patchSize;
  const G = b.size / P;
  const f = per / (G * G); // C·P·P
  const n = idx.length;
  const patches = new Float32Array(n * per);
  const shapes = new Int32Array(n);
  const colours = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const src = b.patches.subarray(idx[k] * per, (idx[k] + 1) * per);
    const dst = patches.subarray(k * per, (k + 1) * per);
    if (!flip(k)) dst.set(src);
    else {
      for (let r = 0; r < G; r++) {
        for (let c = 0; c < G; c++) {
          const from = (r * G + c) * f;
          const to = (r * G + G - 1 - c) * f;
          for (let row = 0; row < f / P; row++) for (let j = 0; j < P; j++) dst[to + row * P + j] = src[from + row * P + P - 1 - j];
        }
      }
    }
    shapes[k] = b.shapes[idx[k]];
    colours[k] = b.colours[idx[k]];
  }
  return { patches, shapes, colours, count: n };
}

export interface PatchRows {
  count: number;
  patches: Float32Array; // [N, T−1, C·P·P]
  shapes: Int32Array;
  colours: Int32Array;
}
