import { averagePrecision, type AveragePrecisionOptions } from './averagePrecision';
import type { Detection, GroundTruth } from './matchDetections';

export interface LabeledDetection extends Detection {
  label: string | number;
}
export interface LabeledGroundTruth extends GroundTruth {
  label: string | number;
}

export interface ClassAp {
  label: string | number;
  ap: number; // NaN when the class has no ground truth
  numGroundTruths: number;
}

/**
 * mAP at one IoU threshold: `averagePrecision` per class (detections only ever match ground
 * truths of their own label), then the plain mean over classes that have ground truth. A class
 * with detections but no ground truth is listed with ap NaN and left out, as pycocotools leaves
 * out its −1 entries (VOC's fixed class list never meets the case). No class: map is NaN.
 * Classes are listed in order of first appearance, ground truths first.
 */
export function meanAveragePrecision(
  detections: readonly LabeledDetection[],
  groundTruths: readonly LabeledGroundTruth[],
  opts: AveragePrecisionOptions,
): { map: number; perClass: ClassAp[] } {
  const labels = [...new Set([...groundTruths.map((g) => g.label), ...detections.map((d) => d.label)])];
  const perClass = labels.map((label) => {
    const gts = groundTruths.filter((g) => g.label === label);
    return {
      label,
      ap: averagePrecision(
        detections.filter((d) => d.label === label),
        gts,
        opts,
      ).ap,
      numGroundTruths: gts.length,
    };
  });
  const scored = perClass.filter((c) => c.numGroundTruths > 0);
  return { map: scored.length ? scored.reduce((s, c) => s + c.ap, 0) / scored.length : NaN, perClass };
}

/** COCO's IoU thresholds .50:.05:.95, formed as numpy.linspace forms them (0.5 + i·(0.45/9), last 0.95). */
export const COCO_IOU_THRESHOLDS: readonly number[] = Array.from({ length: 10 }, (_, i) => (i === 9 ? 0.95 : 0.5 + i * ((0.95 - 0.5) / 9)));

/**
 * COCO's headline box AP: mAP averaged over the ten IoU thresholds (every class and threshold
 * weighs the same, as pycocotools' mean over its precision array does), plus AP50 and AP75.
 * Defaults to pycocotools' own rules (coco matching, 101-point interpolation, continuous boxes);
 * area ranges, crowds and maxDets are not modelled (see matchDetections).
 */
export function cocoMeanAveragePrecision(
  detections: readonly LabeledDetection[],
  groundTruths: readonly LabeledGroundTruth[],
  opts: Partial<Omit<AveragePrecisionOptions, 'iouThreshold'>> = {},
): { map: number; map50: number; map75: number; perThreshold: number[] } {
  const base = { method: 'coco-101' as const, matching: 'coco' as const, ...opts };
  const perThreshold = COCO_IOU_THRESHOLDS.map((iouThreshold) => meanAveragePrecision(detections, groundTruths, { ...base, iouThreshold }).map);
  return { map: perThreshold.reduce((s, v) => s + v, 0) / perThreshold.length, map50: perThreshold[0], map75: perThreshold[5], perThreshold };
}
