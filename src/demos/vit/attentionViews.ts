import { attentionRollout } from '../../kernels/attentionRollout';
import { meanAttentionDistance } from '../../kernels/meanAttentionDistance';

/**
 * What the ViT demo draws from vit-tiny's `attention` output [N, L, H, T, T] (token 0 = CLS,
 * token 1 + r·G + c = the patch at grid row r, column c). Pure arithmetic on typed arrays.
 */
export interface AttentionMaps {
  data: Float32Array;
  shape: number[]; // [N, L, H, T, T]
}

export type HeadChoice = number | 'mean';

/** Row `query` of layer `layer`, head `head` (or the head mean) of image `n`: T weights summing to 1. */
export function attentionRow(a: AttentionMaps, layer: number, head: HeadChoice, query: number, n = 0): Float32Array {
  const [, L, H, T] = a.shape;
  const out = new Float32Array(T);
  const heads = head === 'mean' ? Array.from({ length: H }, (_, h) => h) : [head];
  for (const h of heads) {
    const from = (((n * L + layer) * H + h) * T + query) * T;
    for (let j = 0; j < T; j++) out[j] += a.data[from + j] / heads.length;
  }
  return out;
}

/** One image's maps as [L, H, T, T] (a view, no copy). */
export function imageMaps(a: AttentionMaps, n = 0): { data: Float32Array; shape: number[] } {
  const [, L, H, T] = a.shape;
  const per = L * H * T * T;
  return { data: a.data.subarray(n * per, (n + 1) * per), shape: [L, H, T, T] };
}

/**
 * Attention rollout (Abnar & Zuidema 2020) of one image, read from the CLS row: how much the
 * final CLS token draws, through every layer, on each input token. Returns the T values (CLS first).
 */
export function clsRollout(a: AttentionMaps, residual = 0.5, n = 0): Float32Array {
  const r = attentionRollout(imageMaps(a, n), residual, 'mean');
  return r.data.slice(0, r.shape[1]);
}

/** The page's next task: what meanDistances awaits between slices of images. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Images per slice of meanDistances: 8 images of vit-tiny's maps are a few milliseconds of work. */
export const DISTANCE_SLICE = 8;

/**
 * Mean attention distance (ViT Fig. 7 right) of every head in every layer, averaged over the N
 * images of `a`: [L][H] in pixels. Patch centres are `patchSize` px apart on a G×G grid. It
 * awaits `pause` after every DISTANCE_SLICE images, so on the page a 64-image batch is eight short
 * tasks instead of one that blocked input for ~70 ms; the sums run in the same order either way.
 */
export async function meanDistances(a: AttentionMaps, grid: number, patchSize: number, pause: () => Promise<void> = nextTask): Promise<number[][]> {
  const [N, L, H, T] = a.shape;
  const out = Array.from({ length: L }, () => new Array<number>(H).fill(0));
  for (let n = 0; n < N; n++) {
    if (n > 0 && n % DISTANCE_SLICE === 0) await pause();
    for (let l = 0; l < L; l++) {
      const per = H * T * T;
      const from = (n * L + l) * per;
      const d = meanAttentionDistance({ data: a.data.subarray(from, from + per), shape: [H, T, T] }, { rows: grid, cols: grid, patchSize });
      for (let h = 0; h < H; h++) out[l][h] += d.data[h] / N;
    }
  }
  return out;
}

/** softmax of a few logits, max-subtracted. */
export function softmax(z: ArrayLike<number>): number[] {
  const m = Math.max(...Array.from(z));
  const e = Array.from(z, (v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/**
 * Tiles of a [P², P²] patch-by-patch matrix laid out as ViT Fig. 7 (centre) draws it: a G·G × G·G
 * raster whose tile (r, c) is row r·G + c of the matrix folded back onto the G×G grid.
 */
export function tileMatrix(m: ArrayLike<number>, grid: number): Float32Array {
  const n = grid * grid;
  const side = grid * grid;
  const out = new Float32Array(side * side);
  for (let q = 0; q < n; q++) {
    const [r, c] = [Math.floor(q / grid), q % grid];
    for (let k = 0; k < n; k++) out[(r * grid + Math.floor(k / grid)) * side + c * grid + (k % grid)] = m[q * n + k];
  }
  return out;
}
