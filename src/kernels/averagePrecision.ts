import { interpolatedAp, type ApMethod } from './interpolatedAp';
import { matchDetections, type Matching } from './matchDetections';

export type { ApMethod } from './interpolatedAp';

export const AP_METHODS: readonly ApMethod[] = ['all-point', '11-point', 'coco-101'];

export interface AveragePrecisionOptions {
  iouThreshold: number;
  method: ApMethod;
  /** Default 'voc' (the candidate is the best-IoU ground truth, taken or not); 'coco' as pycocotools. */
  matching?: Matching;
  /** Default 0 (continuous boxes); 1 for VOC's inclusive pixels, as Padilla's published numbers use. */
  pixelOffset?: 0 | 1;
}

/**
 * Average precision of one class: detections ranked by score and matched to ground truths as
 * `matchDetections` describes, then `precision[k]` = TP/(k+1) and `recall[k]` = TP/#GT after the
 * k-th ranked detection, and AP the area under them by `interpolatedAp`.
 * With no ground truth, recall and AP are undefined: recall is NaN and ap is NaN (pycocotools
 * marks such a class −1 and leaves it out of the mean; `meanAveragePrecision` does the same).
 * With ground truth but no detections, ap is 0 and the curves are empty.
 * Reproduces Padilla's worked example (REFERENCE.md §8) with pixelOffset 1.
 */
export function averagePrecision(
  detections: { image: string | number; box: number[]; score: number }[],
  groundTruths: { image: string | number; box: number[] }[],
  opts: AveragePrecisionOptions,
): { ap: number; precision: number[]; recall: number[] } {
  return averagePrecisionOfMatches(matchDetections(detections, groundTruths, opts), opts.method);
}

/** The curve and AP of already matched detections (a demo that shows the matches reuses them). */
export function averagePrecisionOfMatches(m: { tp: ArrayLike<number>; numGroundTruths: number }, method: ApMethod) {
  if (!AP_METHODS.includes(method)) throw new Error(`averagePrecision: method must be one of ${AP_METHODS.join(', ')}, got ${method}`);
  const n = m.tp.length;
  const precision = new Array<number>(n);
  const recall = new Array<number>(n);
  let tp = 0;
  for (let k = 0; k < n; k++) {
    tp += m.tp[k];
    precision[k] = tp / (k + 1);
    recall[k] = m.numGroundTruths > 0 ? tp / m.numGroundTruths : NaN;
  }
  const ap = m.numGroundTruths > 0 ? interpolatedAp(precision, recall, method) : NaN;
  return { ap, precision, recall };
}
