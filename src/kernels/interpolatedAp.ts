/**
 * Area under a detector's precision–recall points (rank order: recall non-decreasing), three ways:
 * - 'all-point': VOC 2010+ (py-faster-rcnn voc_ap, use_07_metric=False; Padilla's
 *   CalculateAveragePrecision): sentinels (0, 0) and (1, 0), the right-to-left precision envelope,
 *   then Σ Δrecall · envelope over the points where recall changes;
 * - '11-point': VOC 2007: mean over t = 0, .1, …, 1 of the highest precision at recall ≥ t (0 if none);
 * - 'coco-101': pycocotools accumulate: for t = 0, .01, …, 1 the envelope at the first rank with
 *   recall ≥ t (numpy searchsorted, side 'left'), 0 past the last recall; the mean of the 101.
 * The thresholds are formed as numpy forms them (i·0.1 and i·0.01, last exactly 1), because a
 * recall such as 9/15 = 0.6 falls on the other side of 6·0.1 = 0.6000000000000001.
 */
export type ApMethod = 'all-point' | '11-point' | 'coco-101';

/** Right-to-left running maximum: the interpolated precision at each rank. */
export function precisionEnvelope(precision: ArrayLike<number>): Float64Array {
  const env = Float64Array.from(precision);
  for (let i = env.length - 2; i >= 0; i--) env[i] = Math.max(env[i], env[i + 1]);
  return env;
}

export function interpolatedAp(precision: ArrayLike<number>, recall: ArrayLike<number>, method: ApMethod): number {
  const n = precision.length;
  if (recall.length !== n) throw new Error(`interpolatedAp: ${n} precisions but ${recall.length} recalls`);
  const env = precisionEnvelope(precision);
  if (method === 'all-point') {
    let ap = 0;
    let prevRecall = 0;
    for (let i = 0; i < n; i++) {
      ap += (recall[i] - prevRecall) * env[i];
      prevRecall = recall[i];
    }
    // The closing sentinel (recall 1, precision 0) adds (1 − r_last)·0.
    return ap;
  }
  if (method !== '11-point' && method !== 'coco-101') throw new Error(`interpolatedAp: unknown method ${method}`);
  const steps = method === '11-point' ? 10 : 100;
  let sum = 0;
  let k = 0;
  for (let i = 0; i <= steps; i++) {
    const t = i === steps ? 1 : i * (1 / steps);
    while (k < n && recall[k] < t) k++;
    if (k === n) break; // every remaining threshold finds no recall ≥ t: precision 0
    sum += env[k];
  }
  return sum / (steps + 1);
}
