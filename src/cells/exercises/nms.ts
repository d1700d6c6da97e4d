import { nms } from '../../kernels/nms';
import { tensor } from '../../kernels/tensor';
import source from '../../kernels/nms.ts?raw';
import { sameIntegers } from './compare';
import { casesRandom, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const make = (name: string, boxes: number[][], scores: number[], thr: number): ExerciseCase => ({
  name,
  args: [boxes, scores, thr],
  expected: Array.from(nms(tensor([boxes.length, 4], boxes.flat()), scores, thr)),
  input: `${boxes.length} boxes, IoU > ${thr} suppresses; ${boxes
    .slice(0, 3)
    .map((b, i) => `[${b}]@${scores[i]}`)
    .join(' ')}${boxes.length > 3 ? ' …' : ''}`,
});

export const exercise: ExerciseSpec = {
  id: 'nms',
  fn: 'nms',
  statement: [
    'Greedy non-maximum suppression, as torchvision `nms`: visit the boxes `[x1, y1, x2, y2]` by decreasing score; keep a box unless its IoU with an already **kept** box is strictly greater than `iouThreshold`. Return the kept indices in the order they were kept.',
    'Equal scores keep input order (the lower index first). A box that was suppressed suppresses nothing. Zero-area boxes have IoU 0 with everything (0/0 counts as no overlap).',
  ],
  starter: `/** Indices of the boxes greedy NMS keeps, by decreasing score. */
function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const keep: number[] = [];
  return keep;
}
`,
  hints: [
    'order = indices sorted by (score descending, index ascending): sort((p, q) => scores[q] − scores[p] || p − q).',
    'For each candidate in that order, compare it with the boxes in `keep` only, not with every box seen so far.',
    'Suppress on IoU > threshold, not ≥: a pair at exactly the threshold survives.',
  ],
  reference: [{ file: 'src/kernels/nms.ts', source }],
  tolerance: 'exact: the same indices in the same order',
  cases(seed) {
    const rand = casesRandom(seed, 'nms');
    const random = Array.from({ length: 6 }, (_, i) => {
      const n = randInt(rand, 2, 12);
      const centres = [0, 1, 2].map(() => [randInt(rand, 5, 30), randInt(rand, 5, 30)]);
      const boxes = Array.from({ length: n }, () => {
        const [cx, cy] = centres[randInt(rand, 0, 2)];
        const [x, y] = [cx + randInt(rand, -4, 4), cy + randInt(rand, -4, 4)];
        return [x, y, x + randInt(rand, 4, 12), y + randInt(rand, 4, 12)];
      });
      // Scores on a coarse grid, so ties happen.
      const scores = boxes.map(() => randInt(rand, 1, 8) / 10);
      return make(`random ${i + 1}`, boxes, scores, [0.3, 0.5, 0.7][randInt(rand, 0, 2)]);
    });
    return [
      ...random,
      make('empty input', [], [], 0.5),
      make(
        'IoU exactly at the threshold is kept',
        [
          [0, 0, 10, 10],
          [0, 0, 10, 5],
        ],
        [0.9, 0.8],
        0.5,
      ),
      make(
        'equal scores: lower index first',
        [
          [0, 0, 10, 10],
          [1, 1, 11, 11],
          [50, 50, 60, 60],
        ],
        [0.5, 0.5, 0.5],
        0.5,
      ),
      make(
        'a suppressed box suppresses nothing (chain)',
        [
          [0, 0, 10, 10],
          [5, 0, 15, 10],
          [10, 0, 20, 10],
        ],
        [0.9, 0.8, 0.7],
        0.3,
      ),
      make(
        'two zero-area boxes at one point: both kept',
        [
          [5, 5, 5, 5],
          [5, 5, 5, 5],
        ],
        [0.9, 0.8],
        0.1,
      ),
      make(
        'the best box comes last in the input',
        [
          [0, 0, 10, 10],
          [1, 0, 11, 10],
          [2, 0, 12, 10],
        ],
        [0.2, 0.3, 0.9],
        0.5,
      ),
    ];
  },
  compare: sameIntegers,
};
