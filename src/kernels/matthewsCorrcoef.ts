import { matrixClasses } from './confusionMatrix';
import type { Tensor } from './tensor';

/**
 * Matthews correlation coefficient of a confusion matrix [K,K] (rows true, columns predicted), in
 * the multiclass form sklearn.metrics.matthews_corrcoef uses (Gorodkin's R_K):
 *   (c·s − Σ p_k t_k) / sqrt((s² − Σ p_k²)(s² − Σ t_k²)),
 * c = correct, s = samples, t_k / p_k = times class k is true / predicted. For K = 2 it is
 * (TP·TN − FP·FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)). A zero denominator gives 0, as sklearn.
 */
export function matthewsCorrcoef(matrix: Tensor): number {
  const k = matrixClasses(matrix, 'matthewsCorrcoef');
  const m = matrix.data;
  const t = new Float64Array(k);
  const p = new Float64Array(k);
  let c = 0;
  let s = 0;
  for (let i = 0; i < k; i++) {
    c += m[i * k + i];
    for (let j = 0; j < k; j++) {
      t[i] += m[i * k + j];
      p[j] += m[i * k + j];
      s += m[i * k + j];
    }
  }
  let pt = 0;
  let pp = 0;
  let tt = 0;
  for (let i = 0; i < k; i++) [pt, pp, tt] = [pt + p[i] * t[i], pp + p[i] * p[i], tt + t[i] * t[i]];
  const denominator = Math.sqrt((s * s - pp) * (s * s - tt));
  return denominator > 0 ? (c * s - pt) / denominator : 0;
}
