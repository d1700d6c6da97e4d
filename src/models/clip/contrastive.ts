/**
 * CLIP's contrastive maths on plain typed arrays (Radford et al. 2021, Fig. 3), shared by the
 * metrics, the tests and the page. Embeddings are row-major [n, d]; the logits of a batch are
 *   L = exp(t) · I Tᵀ   (row i: image i against every text; column j: text j against every image)
 * and the loss is the mean of the cross-entropies over rows and over columns, target = diagonal:
 *   loss = ½ [ −(1/n) Σᵢ log softmax(Lᵢ,·)ᵢ  −  (1/n) Σⱼ log softmax(L·,ⱼ)ⱼ ].
 * The tfjs training loss (loss.ts) is the same formula; tests hold both to a hand-checked case.
 */

/** Rows scaled to unit L2 norm (a zero row stays zero), as the exported encoders' last step. */
export function normalizeRows(x: Float32Array, n: number, d: number): Float32Array {
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += x[i * d + k] ** 2;
    const norm = Math.max(Math.sqrt(s), 1e-12);
    for (let k = 0; k < d; k++) out[i * d + k] = x[i * d + k] / norm;
  }
  return out;
}

/** a [n, d] · bᵀ [d, m] → [n, m]: cosine similarities when both are normalised. */
export function similarity(a: Float32Array, n: number, b: Float32Array, m: number, d: number): Float32Array {
  const out = new Float32Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += a[i * d + k] * b[j * d + k];
      out[i * m + j] = s;
    }
  }
  return out;
}

/** Softmax of `scale · x` over each row of [n, m] (max-subtracted, so any scale up to 100 stays finite). */
export function softmaxRows(x: Float32Array, n: number, m: number, scale = 1): Float32Array {
  const out = new Float32Array(n * m);
  for (let i = 0; i < n; i++) {
    let mx = -Infinity;
    for (let j = 0; j < m; j++) mx = Math.max(mx, scale * x[i * m + j]);
    let z = 0;
    for (let j = 0; j < m; j++) z += out[i * m + j] = Math.exp(scale * x[i * m + j] - mx);
    for (let j = 0; j < m; j++) out[i * m + j] /= z;
  }
  return out;
}

/** Softmax over each column of [n, m]. */
export function softmaxCols(x: Float32Array, n: number, m: number, scale = 1): Float32Array {
  return transpose(softmaxRows(transpose(x, n, m), m, n, scale), m, n);
}

export function transpose(x: Float32Array, n: number, m: number): Float32Array {
  const out = new Float32Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out[j * n + i] = x[i * m + j];
  return out;
}

export interface ContrastiveLoss {
  rowTerms: number[]; // −log softmax(row i)ᵢ: image i finding its caption
  colTerms: number[]; // −log softmax(column j)ⱼ: caption j finding its image
  imageToText: number; // mean of rowTerms
  textToImage: number; // mean of colTerms
  loss: number; // ½ (imageToText + textToImage)
}

/** The symmetric loss of a square cosine matrix `cos` [n, n] at logit scale `scale` = exp(t). */
export function contrastiveLoss(cos: Float32Array, n: number, scale: number): ContrastiveLoss {
  const terms = (x: Float32Array) =>
    Array.from({ length: n }, (_, i) => {
      let mx = -Infinity;
      for (let j = 0; j < n; j++) mx = Math.max(mx, scale * x[i * n + j]);
      let z = 0;
      for (let j = 0; j < n; j++) z += Math.exp(scale * x[i * n + j] - mx);
      return mx + Math.log(z) - scale * x[i * n + i];
    });
  const rowTerms = terms(cos);
  const colTerms = terms(transpose(cos, n, n));
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
  const imageToText = mean(rowTerms);
  const textToImage = mean(colTerms);
  return { rowTerms, colTerms, imageToText, textToImage, loss: (imageToText + textToImage) / 2 };
}

/** Mean of normalised rows, normalised again: one ensembled embedding [d] from k prompts [k, d]. */
export function ensembleMean(x: Float32Array, k: number, d: number): Float32Array {
  const unit = normalizeRows(x, k, d);
  const mean = new Float32Array(d);
  for (let i = 0; i < k; i++) for (let c = 0; c < d; c++) mean[c] += unit[i * d + c] / k;
  return normalizeRows(mean, 1, d);
}

/** Index of the largest value of each row of [n, m] (ties: the lowest index). */
export function argmaxRows(x: Float32Array, n: number, m: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let j = 1; j < m; j++) if (x[i * m + j] > x[i * m + best]) best = j;
    out[i] = best;
  }
  return out;
}
