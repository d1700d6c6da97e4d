import { describe, expect, it } from 'vitest';
import { matchDetections } from '../../../src/kernels/matchDetections';
import { cocoMeanAveragePrecision, COCO_IOU_THRESHOLDS, meanAveragePrecision } from '../../../src/kernels/meanAveragePrecision';

const box = (x1: number, y1: number, x2: number, y2: number) => [x1, y1, x2, y2];

describe('matchDetections', () => {
  it('ranks by decreasing score and keeps input order among equal scores', () => {
    const dets = [0.5, 0.9, 0.5, 0.7].map((score) => ({ image: 0, box: box(0, 0, 1, 1), score }));
    expect(Array.from(matchDetections(dets, [], { iouThreshold: 0.5 }).order)).toEqual([1, 3, 0, 2]);
  });

  it('reports for a FP its best-IoU ground truth (or −1) so a table can show why it failed', () => {
    const gts = [{ image: 0, box: box(0, 0, 10, 10) }];
    const dets = [
      { image: 0, box: box(0, 0, 10, 10), score: 0.9 }, // TP
      { image: 0, box: box(0, 0, 10, 5), score: 0.8 }, // IoU .5 with the taken one: FP
      { image: 1, box: box(0, 0, 10, 10), score: 0.7 }, // an image without ground truth: FP
    ];
    const m = matchDetections(dets, gts, { iouThreshold: 0.5 });
    expect(Array.from(m.tp)).toEqual([1, 0, 0]);
    expect(Array.from(m.gt)).toEqual([0, 0, -1]);
    expect(Array.from(m.iou)).toEqual([1, 0.5, 0]);
  });

  it('of two ground truths at equal IoU, VOC takes the first and COCO the last (pycocotools’ ≥)', () => {
    const gts = [
      { image: 0, box: box(0, 0, 10, 10) },
      { image: 0, box: box(10, 0, 20, 10) },
    ];
    const det = [{ image: 0, box: box(5, 0, 15, 10), score: 1 }]; // IoU 50/150 with each
    expect(matchDetections(det, gts, { iouThreshold: 0.3, matching: 'voc' }).gt[0]).toBe(0);
    expect(matchDetections(det, gts, { iouThreshold: 0.3, matching: 'coco' }).gt[0]).toBe(1);
  });

  it('tells image 1 from image "1"', () => {
    const m = matchDetections([{ image: '1', box: box(0, 0, 1, 1), score: 1 }], [{ image: 1, box: box(0, 0, 1, 1) }], { iouThreshold: 0.5 });
    expect(m.tp[0]).toBe(0);
  });
});

describe('meanAveragePrecision', () => {
  const gts = [
    { image: 0, label: 'cat', box: box(0, 0, 10, 10) },
    { image: 0, label: 'dog', box: box(20, 0, 30, 10) },
    { image: 0, label: 'dog', box: box(40, 0, 50, 10) },
  ];
  const dets = [
    { image: 0, label: 'cat', box: box(0, 0, 10, 10), score: 0.9 }, // cat: AP 1
    { image: 0, label: 'dog', box: box(20, 0, 30, 10), score: 0.8 }, // dog: 1 of 2 found, AP .5
    { image: 0, label: 'dog', box: box(0, 0, 10, 10), score: 0.7 }, // on the cat: a FP for dog
    { image: 0, label: 'bird', box: box(60, 0, 70, 10), score: 0.6 }, // no bird ground truth
  ];
  const r = meanAveragePrecision(dets, gts, { iouThreshold: 0.5, method: 'all-point' });

  it('averages the per-class APs of classes with ground truth: (1 + .5) / 2', () => {
    expect(r.map).toBe(0.75);
    expect(r.perClass.map((c) => [c.label, c.ap, c.numGroundTruths])).toEqual([
      ['cat', 1, 1],
      ['dog', 0.5, 2],
      ['bird', NaN, 0],
    ]);
  });

  it('is NaN with no ground truth at all', () => {
    expect(meanAveragePrecision(dets, [], { iouThreshold: 0.5, method: 'all-point' }).map).toBeNaN();
  });
});

describe('cocoMeanAveragePrecision', () => {
  it('uses the ten thresholds .50:.05:.95', () => {
    expect(COCO_IOU_THRESHOLDS.length).toBe(10);
    // numpy's linspace differs from 0.5 + 0.05·i by an ulp or so (0.8999999999999999): ±5e-13 is ample.
    COCO_IOU_THRESHOLDS.forEach((t, i) => expect(t).toBeCloseTo(0.5 + 0.05 * i, 12));
  });

  it('a detection at IoU exactly .8 is a TP for the seven thresholds ≤ .8: mAP .7, AP50 1, AP75 1', () => {
    // det 10×10 inside a 10×12.5 ground truth: IoU = 100/125 = 0.8.
    const r = cocoMeanAveragePrecision([{ image: 0, label: 0, box: box(0, 0, 10, 10), score: 1 }], [{ image: 0, label: 0, box: box(0, 0, 10, 12.5) }]);
    expect(r.perThreshold).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
    expect([r.map, r.map50, r.map75]).toEqual([0.7, 1, 1]);
  });
});
