import { assertRank, type Tensor } from './tensor';

export interface PatchGridSpec {
  rows: number; // patches down
  cols: number; // patches across
  patchSize: number; // pixels per patch side: distances come out in pixels
  clsTokens?: number; // leading non-patch tokens (CLS, distillation), excluded; default 1
}

/**
 * Mean attention distance per head, the y axis of ViT's Figure 7 (right) and Figure 11
 * (Dosovitskiy et al. 2021, App. D.7; REFERENCE.md §12): for each query patch i,
 * Σⱼ a_ij·‖p_i − p_j‖ over key patches j, averaged over the query patches; one number per head.
 * p is a patch's grid position times patchSize, so the distance is between patch centres in
 * pixels (neighbours across are patchSize apart, diagonal neighbours patchSize·√2).
 *
 * weights [H, T, T] with T = clsTokens + rows·cols; patch tokens are in raster order
 * (t = clsTokens + row·cols + col, as `patchify` emits them). CLS rows and columns are dropped
 * and the remaining weights are NOT renormalised, as in the common reimplementation
 * (sayakpaul/probing-vits `compute_mean_attention_dist`, which slices [..., 1:, 1:]): attention
 * spent on CLS counts as distance 0. Pass `renormalize` to divide each query's patch weights by
 * their sum instead (a query with no patch weight then contributes 0). Returns [H] in pixels;
 * the paper averages this over 128 images, which the caller does.
 */
export function meanAttentionDistance(weights: Tensor, grid: PatchGridSpec, renormalize = false): Tensor {
  assertRank(weights, 3, 'meanAttentionDistance weights [H,T,T]');
  const { rows, cols, patchSize, clsTokens = 1 } = grid;
  const [heads, t, t2] = weights.shape;
  const n = rows * cols;
  if (t !== t2 || t !== clsTokens + n) {
    throw new Error(`meanAttentionDistance: weights [${weights.shape}] must be [H,T,T] with T = ${clsTokens} + ${rows}·${cols} = ${clsTokens + n}`);
  }
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      dist[i * n + j] = patchSize * Math.hypot(Math.floor(i / cols) - Math.floor(j / cols), (i % cols) - (j % cols));
    }
  }
  const out = new Float32Array(heads);
  for (let h = 0; h < heads; h++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const row = (h * t + clsTokens + i) * t + clsTokens;
      let s = 0;
      let mass = 0;
      for (let j = 0; j < n; j++) {
        const a = weights.data[row + j];
        s += a * dist[i * n + j];
        mass += a;
      }
      total += renormalize ? (mass > 0 ? s / mass : 0) : s;
    }
    out[h] = n === 0 ? 0 : total / n;
  }
  return { data: out, shape: [heads] };
}
