import { binaryClfCurve } from './binaryClfCurve';

/**
 * Precision–recall curve of binary scores with sklearn.metrics.precision_recall_curve's layout
 * (scikit-learn ≥ 1.1, every threshold kept): thresholds increasing; precision[i], recall[i] for
 * score ≥ thresholds[i]; a closing point (precision 1, recall 0) with no threshold. With no
 * positives, recall is NaN (sklearn sets it to 1 and warns). labels: 1 positive, 0 negative.
 */
export function precisionRecallCurve(
  scores: ArrayLike<number>,
  labels: ArrayLike<number | boolean>,
): { precision: Float64Array; recall: Float64Array; thresholds: Float64Array } {
  const { tps, fps, thresholds } = binaryClfCurve(scores, labels);
  const n = tps.length;
  const pos = n ? tps[n - 1] : 0;
  const precision = new Float64Array(n + 1);
  const recall = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const j = n - 1 - i; // reversed: thresholds increase
    precision[i] = tps[j] / (tps[j] + fps[j]);
    recall[i] = pos > 0 ? tps[j] / pos : NaN;
  }
  [precision[n], recall[n]] = [1, 0];
  return { precision, recall, thresholds: thresholds.reverse() };
}

/**
 * sklearn.metrics.average_precision_score (≥ 0.19): Σ (R_n − R_{n−1}) · P_n over the curve, the
 * step-wise area with no interpolation (unlike the detection APs of `interpolatedAp`).
 * NaN without positives (recall undefined).
 */
export function averagePrecisionScore(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): number {
  const { precision, recall } = precisionRecallCurve(scores, labels);
  if (precision.length === 1) return NaN; // no samples at all
  let ap = 0;
  for (let i = 0; i < precision.length - 1; i++) ap += (recall[i] - recall[i + 1]) * precision[i];
  return ap;
}
