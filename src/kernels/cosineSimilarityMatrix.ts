import { assertRank, type Tensor } from './tensor';

/**
 * Pairwise cosine similarity of the rows of x [N, D]: S[i][j] = xᵢ·xⱼ / (‖xᵢ‖‖xⱼ‖), [N, N].
 * Applied to a ViT's learned position embeddings (patch rows only, CLS left out by the caller)
 * this is Figure 7 (centre) of Dosovitskiy et al. 2021 (REFERENCE.md §12): tile (r, c) of the
 * figure is row r·cols + c of S reshaped to the patch grid.
 * A zero row has no direction: its similarities are 0, as with tfjs `l2Normalize` (which
 * divides by max(‖x‖, ε)) followed by a matrix product, the reference the test uses.
 */
export function cosineSimilarityMatrix(x: Tensor): Tensor {
  assertRank(x, 2, 'cosineSimilarityMatrix x [N,D]');
  const [n, d] = x.shape;
  const unit = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    let ss = 0;
    for (let c = 0; c < d; c++) ss += x.data[i * d + c] ** 2;
    const inv = ss > 0 ? 1 / Math.sqrt(ss) : 0;
    for (let c = 0; c < d; c++) unit[i * d + c] = x.data[i * d + c] * inv;
  }
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += unit[i * d + c] * unit[j * d + c];
      out[i * n + j] = out[j * n + i] = s;
    }
  }
  return { data: out, shape: [n, n] };
}
