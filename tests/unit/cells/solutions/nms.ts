import { mutate, type Solutions } from './types';

const solution = `function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const iou = (a: number[], b: number[]) => {
    const iw = Math.max(Math.min(a[2], b[2]) - Math.max(a[0], b[0]), 0);
    const ih = Math.max(Math.min(a[3], b[3]) - Math.max(a[1], b[1]), 0);
    const inter = iw * ih;
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter);
  };
  const order = scores.map((_, i) => i).sort((p, q) => scores[q] - scores[p] || p - q);
  const keep: number[] = [];
  const seen: number[] = [];
  for (const i of order) {
    if (!keep.some((j) => iou(boxes[i], boxes[j]) > iouThreshold)) keep.push(i);
    seen.push(i);
  }
  return keep;
}
`;

export const nms: Solutions = {
  solution,
  wrong: [
    { what: 'suppresses at IoU ≥ threshold', code: mutate(solution, '> iouThreshold', '>= iouThreshold'), fails: 'IoU exactly at the threshold is kept' },
    {
      what: 'compares with every box seen, not only the kept ones',
      code: mutate(solution, 'if (!keep.some((j) =>', 'if (!seen.some((j) =>'),
      fails: 'a suppressed box suppresses nothing (chain)',
    },
    { what: 'ties broken by the higher index', code: mutate(solution, '|| p - q', '|| q - p'), fails: 'equal scores: lower index first' },
  ],
};
