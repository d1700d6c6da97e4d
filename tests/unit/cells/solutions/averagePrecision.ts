import { mutate, type Solutions } from './types';

const solution = `type Detection = { image: number; box: number[]; score: number };
type GroundTruth = { image: number; box: number[] };

function averagePrecision(detections: Detection[], groundTruths: GroundTruth[], iouThreshold: number): number {
  const iou = (a: number[], b: number[]) => {
    const iw = Math.max(Math.min(a[2], b[2]) - Math.max(a[0], b[0]), 0);
    const ih = Math.max(Math.min(a[3], b[3]) - Math.max(a[1], b[1]), 0);
    const inter = iw * ih;
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter);
  };
  const order = detections.map((_, i) => i).sort((p, q) => detections[q].score - detections[p].score || p - q);
  const taken = new Set<number>();
  const precision: number[] = [];
  const recall: number[] = [];
  let tp = 0;
  order.forEach((di, rank) => {
    const d = detections[di];
    let best = -1, bestIou = 0;
    groundTruths.forEach((g, gi) => {
      if (g.image !== d.image) return;
      const v = iou(d.box, g.box);
      if (v > bestIou) [best, bestIou] = [gi, v];
    });
    if (best >= 0 && bestIou >= iouThreshold && !taken.has(best)) {
      taken.add(best);
      tp++;
    }
    precision.push(tp / (rank + 1));
    recall.push(tp / groundTruths.length);
  });
  for (let i = precision.length - 2; i >= 0; i--) precision[i] = Math.max(precision[i], precision[i + 1]);
  let ap = 0, prev = 0;
  for (let i = 0; i < precision.length; i++) {
    ap += (recall[i] - prev) * precision[i];
    prev = recall[i];
  }
  return ap;
}
`;

export const averagePrecision: Solutions = {
  solution,
  wrong: [
    {
      what: 'no precision envelope',
      code: mutate(solution, 'for (let i = precision.length - 2; i >= 0; i--) precision[i] = Math.max(precision[i], precision[i + 1]);', ''),
      fails: 'the envelope lifts an early dip',
    },
    {
      what: 'a duplicate detection counted as a true positive',
      code: mutate(solution, '&& !taken.has(best)', ''),
      fails: 'a duplicate of a taken ground truth is a false positive',
    },
  ],
};
