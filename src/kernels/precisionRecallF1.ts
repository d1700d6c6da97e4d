import { matrixClasses } from './confusionMatrix';
import type { Tensor } from './tensor';

export type Average = 'micro' | 'macro' | 'weighted';

export interface PerClassScores {
  precision: Float64Array; // TP / (TP + FP): column-wise
  recall: Float64Array; // TP / (TP + FN): row-wise
  f1: Float64Array; // 2PR / (P + R)
  support: Float64Array; // true instances (row sums)
  predicted: Float64Array; // column sums
}

/**
 * Per-class precision, recall and F1 from a confusion matrix [K,K] (rows true, columns predicted).
 * A 0/0 ratio is 0, as sklearn's default zero_division ("warn") returns.
 */
export function perClassScores(matrix: Tensor): PerClassScores {
  const k = matrixClasses(matrix, 'perClassScores');
  const m = matrix.data;
  const s: PerClassScores = {
    precision: new Float64Array(k),
    recall: new Float64Array(k),
    f1: new Float64Array(k),
    support: new Float64Array(k),
    predicted: new Float64Array(k),
  };
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      s.support[i] += m[i * k + j];
      s.predicted[j] += m[i * k + j];
    }
  }
  for (let c = 0; c < k; c++) {
    const tp = m[c * k + c];
    s.precision[c] = ratio(tp, s.predicted[c]);
    s.recall[c] = ratio(tp, s.support[c]);
    s.f1[c] = ratio(2 * tp, s.predicted[c] + s.support[c]); // = 2PR/(P+R), and 0 when TP = 0
  }
  return s;
}

/**
 * Averaged precision, recall and F1 with sklearn's precision_recall_fscore_support semantics:
 * micro pools TP, FP, FN over classes (single-label: all three equal accuracy); macro is the plain
 * mean of per-class values (F1 is the mean of per-class F1s, not the F1 of the means); weighted
 * weighs them by support. Classes absent from both truth and prediction are left out, as sklearn
 * does with labels=None (it only sees labels that occur).
 */
export function precisionRecallF1(matrix: Tensor, average: Average): { precision: number; recall: number; f1: number } {
  const s = perClassScores(matrix);
  const k = s.support.length;
  const present = Array.from({ length: k }, (_, c) => c).filter((c) => s.support[c] > 0 || s.predicted[c] > 0);
  if (average === 'micro') {
    let tp = 0;
    let total = 0;
    for (const c of present) [tp, total] = [tp + matrix.data[c * k + c], total + s.support[c]];
    const p = ratio(tp, total); // Σ predicted = Σ support = all samples
    return { precision: p, recall: p, f1: p };
  }
  if (average !== 'macro' && average !== 'weighted') throw new Error(`precisionRecallF1: average must be micro, macro or weighted, got ${average}`);
  const w = present.map((c) => (average === 'macro' ? 1 : s.support[c]));
  const wSum = w.reduce((a, b) => a + b, 0);
  const mean = (v: Float64Array) =>
    ratio(
      present.reduce((acc, c, i) => acc + w[i] * v[c], 0),
      wSum,
    );
  return { precision: mean(s.precision), recall: mean(s.recall), f1: mean(s.f1) };
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}
