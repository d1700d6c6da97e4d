import { averagePrecisionOfMatches } from '../../kernels/averagePrecision';
import { precisionEnvelope } from '../../kernels/interpolatedAp';
import { matchDetections, type Detection, type GroundTruth, type MatchOptions } from '../../kernels/matchDetections';

/** One row of Padilla's table: a detection at its rank, judged, with the running precision and recall. */
export interface RankedRow {
  rank: number; // 1-based
  index: number; // into the detections given
  image: string | number;
  score: number;
  iou: number; // with its candidate ground truth (0: overlaps none)
  gt: number; // that ground truth's index, −1 if none
  tp: boolean;
  cumTp: number;
  cumFp: number;
  precision: number;
  recall: number; // NaN without ground truth
}

export interface Ranking {
  rows: RankedRow[];
  numGroundTruths: number;
  ap: Record<'all-point' | '11-point' | 'coco-101', number>;
}

/** Every detection of one class ranked and marked TP / FP (matchDetections), with AP by the three interpolations. */
export function rankDetections(dets: readonly Detection[], gts: readonly GroundTruth[], opts: MatchOptions): Ranking {
  const m = matchDetections(dets, gts, opts);
  const { precision, recall } = averagePrecisionOfMatches(m, 'all-point');
  let cumTp = 0;
  const rows = Array.from(m.order, (index, r) => {
    cumTp += m.tp[r];
    const d = dets[index];
    return {
      rank: r + 1,
      index,
      image: d.image,
      score: d.score,
      iou: m.iou[r],
      gt: m.gt[r],
      tp: m.tp[r] === 1,
      cumTp,
      cumFp: r + 1 - cumTp,
      precision: precision[r],
      recall: recall[r],
    };
  });
  const ap = {
    'all-point': averagePrecisionOfMatches(m, 'all-point').ap,
    '11-point': averagePrecisionOfMatches(m, '11-point').ap,
    'coco-101': averagePrecisionOfMatches(m, 'coco-101').ap,
  };
  return { rows, numGroundTruths: m.numGroundTruths, ap };
}

export type Point = { x: number; y: number };

/**
 * The drawable forms of the three interpolations (interpolatedAp's definitions): the all-point
 * envelope as a step line whose area is the all-point AP, and the 11 / 101 sampled points
 * (t, envelope at the first rank with recall ≥ t, 0 past the last recall) whose mean is the AP.
 */
export function interpolationCurves(
  precision: readonly number[],
  recall: readonly number[],
): { raw: Point[]; envelope: Point[]; eleven: Point[]; coco: Point[] } {
  const n = recall.length;
  if (n === 0 || !Number.isFinite(recall[0])) return { raw: [], envelope: [], eleven: [], coco: [] };
  const env = precisionEnvelope(precision);
  const envelope: Point[] = [{ x: 0, y: env[0] }];
  for (let i = 0; i < n; i++) {
    envelope.push({ x: recall[i], y: env[i] });
    if (i + 1 < n && recall[i + 1] > recall[i]) envelope.push({ x: recall[i], y: env[i + 1] });
  }
  envelope.push({ x: recall[n - 1], y: 0 });
  const sampled = (steps: number) =>
    Array.from({ length: steps + 1 }, (_, i) => {
      const t = i === steps ? 1 : i * (1 / steps);
      const k = recall.findIndex((r) => r >= t);
      return { x: t, y: k < 0 ? 0 : env[k] };
    });
  return { raw: recall.map((r, i) => ({ x: r, y: precision[i] })), envelope, eleven: sampled(10), coco: sampled(100) };
}
