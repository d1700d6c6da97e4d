import { binaryClfCurve } from './binaryClfCurve';

/**
 * ROC curve of binary scores: false and true positive rates for every distinct threshold, from
 * (0, 0) at threshold +∞ to (1, 1), as sklearn.metrics.roc_curve(drop_intermediate=False) returns.
 * With no negatives (positives) fpr (tpr) is NaN, as sklearn's 0/0. labels: 1 positive, 0 negative.
 */
export function rocCurve(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): { fpr: Float64Array; tpr: Float64Array; thresholds: Float64Array } {
  const { tps, fps, thresholds } = binaryClfCurve(scores, labels);
  const n = tps.length;
  const [pos, neg] = n ? [tps[n - 1], fps[n - 1]] : [0, 0];
  const fpr = new Float64Array(n + 1);
  const tpr = new Float64Array(n + 1);
  const th = new Float64Array(n + 1);
  th[0] = Infinity;
  for (let i = 0; i < n; i++) [fpr[i + 1], tpr[i + 1], th[i + 1]] = [fps[i] / neg, tps[i] / pos, thresholds[i]];
  if (neg === 0) fpr.fill(NaN);
  if (pos === 0) tpr.fill(NaN);
  return { fpr, tpr, thresholds: th };
}

/**
 * Area under the ROC curve by the trapezoidal rule (sklearn roc_auc_score). A tie between a
 * positive and a negative is a diagonal step worth ½, so this equals the Mann–Whitney U statistic
 * divided by (#positives · #negatives). NaN when either class is absent (sklearn raises).
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): number {
  const { fpr, tpr } = rocCurve(scores, labels);
  let area = 0;
  for (let i = 1; i < fpr.length; i++) area += ((fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1])) / 2;
  return fpr.length > 1 ? area : NaN;
}
