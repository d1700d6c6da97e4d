import { confusionMatrix } from '../../kernels/confusionMatrix';
import { matthewsCorrcoef } from '../../kernels/matthewsCorrcoef';
import { precisionRecallCurve } from '../../kernels/precisionRecallCurve';
import { perClassScores, precisionRecallF1, type Average } from '../../kernels/precisionRecallF1';
import { rocAuc, rocCurve } from '../../kernels/rocCurve';
import type { Tensor } from '../../kernels/tensor';

/**
 * The classifier panel's numbers, from the model's class probabilities [N, K] (row-major) and the
 * true labels. One class is the "positive" of a one-vs-rest decision: an image is called that
 * class when its probability is ≥ the threshold (sklearn's convention: score ≥ threshold is
 * positive), otherwise "other", which in the K×K matrix is the most probable of the remaining
 * classes. At the threshold where that rule and argmax agree (any t in (max other p, p_c]) the
 * matrix is the plain argmax confusion matrix.
 */
export interface Scores {
  probs: Float32Array; // [N, K]
  labels: Int32Array; // [N], true class
  numClasses: number;
}

/** A ratio that can be 0/0: `value` is NaN then and `why` says which count was zero. */
export interface Ratio {
  value: number;
  why: string | null;
}

export const ratio = (num: number, den: number, why: string): Ratio => (den > 0 ? { value: num / den, why: null } : { value: NaN, why });

/** Predicted class of every image under the one-vs-rest threshold rule above. */
export function thresholdedPredictions(s: Scores, positive: number, threshold: number): Int32Array {
  const { probs, numClasses: k } = s;
  const n = s.labels.length;
  const pred = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (probs[i * k + positive] >= threshold) {
      pred[i] = positive;
      continue;
    }
    let best = -1;
    for (let c = 0; c < k; c++) if (c !== positive && (best < 0 || probs[i * k + c] > probs[i * k + best])) best = c;
    pred[i] = best;
  }
  return pred;
}

export interface ClassRow {
  precision: Ratio;
  recall: Ratio;
  f1: Ratio;
  support: number;
  predicted: number;
}

export interface OneVsRest {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: Ratio;
  recall: Ratio; // = TPR
  fpr: Ratio;
  f1: Ratio;
  mcc: number;
}

export interface PanelMetrics {
  matrix: Tensor; // [K, K], rows true, columns predicted
  perClass: ClassRow[];
  averages: Record<Average, { precision: number; recall: number; f1: number }>;
  mcc: number; // multiclass (Gorodkin)
  accuracy: number;
  binary: OneVsRest;
}

/** Everything the threshold moves: the K×K matrix, its per-class and averaged scores, and the one-vs-rest counts. */
export function panelMetrics(s: Scores, positive: number, threshold: number): PanelMetrics {
  const k = s.numClasses;
  const matrix = confusionMatrix(s.labels, thresholdedPredictions(s, positive, threshold), k);
  const pc = perClassScores(matrix);
  const perClass = Array.from({ length: k }, (_, c) => {
    const tp = matrix.data[c * k + c];
    return {
      precision: ratio(tp, pc.predicted[c], 'no predicted positives'),
      recall: ratio(tp, pc.support[c], 'no true positives in the set'),
      f1: ratio(2 * tp, pc.predicted[c] + pc.support[c], 'neither predicted nor present'),
      support: pc.support[c],
      predicted: pc.predicted[c],
    };
  });
  let correct = 0;
  for (let c = 0; c < k; c++) correct += matrix.data[c * k + c];
  const n = s.labels.length;
  return {
    matrix,
    perClass,
    averages: { micro: precisionRecallF1(matrix, 'micro'), macro: precisionRecallF1(matrix, 'macro'), weighted: precisionRecallF1(matrix, 'weighted') },
    mcc: matthewsCorrcoef(matrix),
    accuracy: n ? correct / n : NaN,
    binary: oneVsRest(matrix, positive),
  };
}

/** The K×K matrix folded to positive-vs-rest. */
function oneVsRest(matrix: Tensor, positive: number): OneVsRest {
  const k = matrix.shape[0];
  const m = matrix.data;
  let [tp, fp, fn, tn] = [0, 0, 0, 0];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = m[i * k + j];
      if (i === positive) [tp, fn] = j === positive ? [tp + v, fn] : [tp, fn + v];
      else [fp, tn] = j === positive ? [fp + v, tn] : [fp, tn + v];
    }
  }
  return {
    tp,
    fp,
    fn,
    tn,
    precision: ratio(tp, tp + fp, 'no predicted positives'),
    recall: ratio(tp, tp + fn, 'no positives in the set'),
    fpr: ratio(fp, fp + tn, 'no negatives in the set'),
    f1: ratio(2 * tp, 2 * tp + fp + fn, 'no positives predicted or present'),
    mcc: matthewsCorrcoef({ data: Float32Array.of(tn, fp, fn, tp), shape: [2, 2] }),
  };
}

/** The curves the threshold moves a point along: ROC (with its trapezoid AUC) and precision–recall, for one class against the rest. */
export function oneVsRestCurves(s: Scores, positive: number) {
  const k = s.numClasses;
  const n = s.labels.length;
  const scores = Float64Array.from({ length: n }, (_, i) => s.probs[i * k + positive]);
  const truth = Uint8Array.from(s.labels, (l) => Number(l === positive));
  return { roc: rocCurve(scores, truth), auc: rocAuc(scores, truth), pr: precisionRecallCurve(scores, truth) };
}
