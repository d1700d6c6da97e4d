import { iouOf } from '../../kernels/boxIou';
import source from '../../kernels/boxIou.ts?raw';
import { numberWithin } from './compare';
import { casesRandom, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const make = (name: string, a: number[], b: number[]): ExerciseCase => ({ name, args: [a, b], expected: iouOf(a, b, 0), input: `[${a}] vs [${b}]` });

export const exercise: ExerciseSpec = {
  id: 'box-iou',
  fn: 'iou',
  statement: [
    'Intersection over union of two boxes `[x1, y1, x2, y2]` in continuous pixel coordinates (x1 ≤ x2, y1 ≤ y2), as torchvision `box_iou`: area = (x2 − x1)·(y2 − y1), no +1.',
    'Boxes that do not overlap have IoU 0, including boxes that only touch, and boxes that are apart along both axes.',
  ],
  starter: `/** IoU of boxes [x1, y1, x2, y2] (torchvision convention: area = w·h, no +1). */
function iou(a: number[], b: number[]): number {
  return 0;
}
`,
  hints: [
    'The intersection is the box [max(x1), max(y1), min(x2), min(y2)].',
    'Clamp each side of the intersection at 0 separately: two negative sides multiply to a positive "area".',
    'union = areaA + areaB − intersection.',
  ],
  reference: [{ file: 'src/kernels/boxIou.ts', source }],
  tolerance: 'within 1e-9 (the same float64 formula)',
  cases(seed) {
    const rand = casesRandom(seed, 'box-iou');
    const box = () => {
      const [x, y] = [randInt(rand, 0, 16), randInt(rand, 0, 16)];
      return [x, y, x + randInt(rand, 1, 10), y + randInt(rand, 1, 10)];
    };
    // The second box is the first moved and resized a little, so most random pairs overlap.
    const near = (a: number[]) => {
      const [x, y] = [a[0] + randInt(rand, -4, 4), a[1] + randInt(rand, -4, 4)];
      return [x, y, x + randInt(rand, 1, 10), y + randInt(rand, 1, 10)];
    };
    const random = Array.from({ length: 8 }, (_, i) => {
      const a = box();
      return make(`random ${i + 1}`, a, near(a));
    });
    return [
      ...random,
      make('a box with itself: 1', [2, 3, 7, 9], [2, 3, 7, 9]),
      make('apart along both axes: 0 (both sides negative)', [0, 0, 2, 2], [5, 5, 8, 8]),
      make('touching edges: 0', [0, 0, 4, 4], [4, 0, 8, 4]),
      make('one inside the other: area ratio', [0, 0, 10, 10], [2, 2, 4, 7]),
      make('a zero-area box: 0', [3, 3, 3, 8], [0, 0, 10, 10]),
      make('half overlap: 1/3', [0, 0, 10, 10], [5, 0, 15, 10]),
    ];
  },
  compare: numberWithin(1e-9),
};
