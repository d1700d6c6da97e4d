import { cocoMeanAveragePrecision, meanAveragePrecision, type LabeledDetection, type LabeledGroundTruth } from '../../kernels/meanAveragePrecision';
import type { Box } from './detect';
import { YOLO_CLASSES } from './data';

export interface DetectionScores {
  mAP50: number; // COCO rules (101-point, pycocotools matching) at IoU 0.5
  mAP50_95: number; // COCO's mAP@[.5:.95]
  mAP75: number;
  mAP50_voc: number; // VOC 2010+ rules (all-point, VOC matching) at IoU 0.5, for comparison
  ap50: Record<string, number>; // per class, COCO rules
  detections: number;
  groundTruths: number;
}

const round = (v: number) => Number(v.toFixed(6));

/**
 * Detection metrics of a batch of images with the project's own averagePrecision: image i's
 * detections `dets[i]` against its ground truth boxes and labels. Continuous boxes (pixelOffset 0):
 * the shapes world's boxes are pixel edges, not VOC's inclusive pixel indices.
 */
export function detectionScores(dets: readonly Box[][], boxes: readonly number[][][], labels: readonly number[][]): DetectionScores {
  const d: LabeledDetection[] = dets.flatMap((list, image) => list.map((x) => ({ image, box: [...x.box], score: x.score, label: x.label })));
  const g: LabeledGroundTruth[] = boxes.flatMap((list, image) => list.map((box, k) => ({ image, box: [...box], label: labels[image][k] })));
  const coco = cocoMeanAveragePrecision(d, g);
  const at50 = meanAveragePrecision(d, g, { iouThreshold: 0.5, method: 'coco-101', matching: 'coco' });
  const voc = meanAveragePrecision(d, g, { iouThreshold: 0.5, method: 'all-point', matching: 'voc' });
  return {
    mAP50: round(coco.map50),
    mAP50_95: round(coco.map),
    mAP75: round(coco.map75),
    mAP50_voc: round(voc.map),
    ap50: Object.fromEntries(YOLO_CLASSES.map((name, k) => [name, round(at50.perClass.find((c) => c.label === k)?.ap ?? NaN)])),
    detections: d.length,
    groundTruths: g.length,
  };
}
