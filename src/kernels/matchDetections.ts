import { iouOf } from './boxIou';

/** A scored box [x1, y1, x2, y2] in pixels on one image. */
export interface Detection {
  image: string | number;
  box: number[];
  score: number;
}

export interface GroundTruth {
  image: string | number;
  box: number[];
}

/**
 * 'voc': a detection's candidate is the ground truth of its image with the highest IoU, taken or
 * not (py-faster-rcnn voc_eval.py; Padilla's Evaluator.py); a taken candidate makes it a false
 * positive even when another ground truth would have fitted. 'coco': it looks only among ground
 * truths not yet taken and takes the best one with IoU ≥ threshold (pycocotools evaluateImg).
 */
export type Matching = 'voc' | 'coco';

export interface MatchOptions {
  iouThreshold: number;
  matching?: Matching; // default 'voc'
  /** 1: VOC's inclusive pixel boxes (w = x2 − x1 + 1), which Padilla's published numbers need. */
  pixelOffset?: 0 | 1;
}

/** Every detection ranked and judged; arrays are indexed by rank. */
export interface Matches {
  order: Int32Array; // detection index at each rank
  tp: Uint8Array; // 1 = true positive
  /** TP: the ground truth it took; FP: its highest-IoU ground truth, or −1 when it overlaps none. */
  gt: Int32Array;
  iou: Float64Array; // IoU with `gt` (0 when gt = −1)
  numGroundTruths: number;
}

/**
 * Ranks detections by decreasing score (equal scores keep input order, as Python's stable sort in
 * Padilla's code and pycocotools' mergesort do) and marks each TP or FP, one class at a time.
 * A TP needs IoU ≥ threshold (COCO: ≥ min(threshold, 1 − 1e-10), as pycocotools clamps) and
 * IoU > 0: at threshold 0 a detection touching no ground truth is still a FP (VOC and
 * pycocotools would match it to an arbitrary one). Images are compared with ===.
 * Not modelled: COCO's crowd / area-range ignores and its 100-detections-per-image cap.
 */
export function matchDetections(detections: readonly Detection[], groundTruths: readonly GroundTruth[], opts: MatchOptions): Matches {
  const { iouThreshold, matching = 'voc', pixelOffset = 0 } = opts;
  if (!Number.isFinite(iouThreshold)) throw new Error(`matchDetections: iouThreshold must be finite, got ${iouThreshold}`);
  if (matching !== 'voc' && matching !== 'coco') throw new Error(`matchDetections: matching must be 'voc' or 'coco', got ${matching}`);
  const byImage = new Map<string | number, number[]>();
  groundTruths.forEach((g, i) => {
    checkBox(g.box, `ground truth ${i}`);
    const list = byImage.get(g.image);
    if (list) list.push(i);
    else byImage.set(g.image, [i]);
  });
  detections.forEach((d, i) => {
    checkBox(d.box, `detection ${i}`);
    if (!Number.isFinite(d.score)) throw new Error(`matchDetections: detection ${i} has score ${d.score}`);
  });
  const n = detections.length;
  const scores = Float64Array.from(detections, (d) => d.score);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((p, q) => scores[q] - scores[p] || p - q);
  const threshold = matching === 'coco' ? Math.min(iouThreshold, 1 - 1e-10) : iouThreshold;
  const taken = new Uint8Array(groundTruths.length);
  const tp = new Uint8Array(n);
  const gt = new Int32Array(n).fill(-1);
  const iou = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const d = detections[order[r]];
    let best = -1;
    let bestIou = 0;
    let free = -1;
    let freeIou = 0;
    for (const g of byImage.get(d.image) ?? []) {
      const v = iouOf(d.box, groundTruths[g].box, pixelOffset);
      if (v > bestIou) {
        best = g; // first of equals, as Padilla's strict >
        bestIou = v;
      }
      if (!taken[g] && v >= threshold && v > 0 && v >= freeIou) {
        free = g; // pycocotools replaces on ≥, so of equal IoUs the last untaken one wins
        freeIou = v;
      }
    }
    const pick = matching === 'voc' ? (best >= 0 && bestIou >= threshold && !taken[best] ? best : -1) : free;
    if (pick >= 0) {
      taken[pick] = 1;
      tp[r] = 1;
      [gt[r], iou[r]] = [pick, matching === 'voc' ? bestIou : freeIou];
    } else [gt[r], iou[r]] = [best, bestIou];
  }
  return { order, tp, gt, iou, numGroundTruths: groundTruths.length };
}

function checkBox(box: number[], what: string): void {
  if (box.length !== 4 || !box.every(Number.isFinite)) throw new Error(`matchDetections: ${what} box must be 4 finite numbers, got [${box}]`);
}
