/**
 * True and false positive counts at every distinct score used as a threshold (predict positive
 * when score ≥ threshold), thresholds decreasing: sklearn's `_binary_clf_curve` without weights.
 * Equal scores form one point, so ties move TP and FP together (a diagonal ROC step).
 * labels: 1 (or true) = positive, 0 = negative.
 */
export function binaryClfCurve(
  scores: ArrayLike<number>,
  labels: ArrayLike<number | boolean>,
): { tps: Float64Array; fps: Float64Array; thresholds: Float64Array } {
  const n = scores.length;
  if (labels.length !== n) throw new Error(`binaryClfCurve: ${n} scores but ${labels.length} labels`);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(scores[i])) throw new Error(`binaryClfCurve: score ${i} is NaN`);
    const l = Number(labels[i]);
    if (l !== 0 && l !== 1) throw new Error(`binaryClfCurve: label ${i} is ${labels[i]}, expected 0 or 1`);
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((p, q) => scores[q] - scores[p]);
  const tps: number[] = [];
  const fps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  for (let r = 0; r < n; r++) {
    tp += Number(labels[order[r]]);
    if (r === n - 1 || scores[order[r + 1]] !== scores[order[r]]) {
      tps.push(tp);
      fps.push(r + 1 - tp);
      thresholds.push(scores[order[r]]);
    }
  }
  return { tps: Float64Array.from(tps), fps: Float64Array.from(fps), thresholds: Float64Array.from(thresholds) };
}
