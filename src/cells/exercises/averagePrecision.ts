import { averagePrecision } from '../../kernels/averagePrecision';
import source from '../../kernels/averagePrecision.ts?raw';
import matchSource from '../../kernels/matchDetections.ts?raw';
import apSource from '../../kernels/interpolatedAp.ts?raw';
import { numberWithin } from './compare';
import { casesRandom, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

type Det = { image: number; box: number[]; score: number };
type Gt = { image: number; box: number[] };

const make = (name: string, dets: Det[], gts: Gt[], thr: number): ExerciseCase => ({
  name,
  args: [dets, gts, thr],
  expected: averagePrecision(dets, gts, { iouThreshold: thr, method: 'all-point' }).ap,
  input: `${dets.length} detections, ${gts.length} ground truths, IoU ≥ ${thr}`,
});

const g = (image: number, box: number[]): Gt => ({ image, box });
const d = (image: number, box: number[], score: number): Det => ({ image, box, score });

export const exercise: ExerciseSpec = {
  id: 'average-precision',
  fn: 'averagePrecision',
  statement: [
    'Average precision of one class, PASCAL VOC style (py-faster-rcnn `voc_eval`, all-point interpolation). Rank the detections by decreasing score (equal scores keep input order). For each detection, find the ground truth of the same image with the highest IoU (torchvision boxes: area = w·h). If that IoU ≥ `iouThreshold` and that ground truth is not taken yet, the detection is a true positive and takes it; otherwise it is a false positive.',
    'After rank k: precision = TP/(k + 1), recall = TP/#ground truths. AP = Σ_k (recall_k − recall_{k−1}) · max_{j ≥ k} precision_j (recall_{−1} = 0): the area under the precision envelope. No detections gives 0.',
  ],
  starter: `type Detection = { image: number; box: number[]; score: number };
type GroundTruth = { image: number; box: number[] };

/** VOC all-point AP of one class. */
function averagePrecision(detections: Detection[], groundTruths: GroundTruth[], iouThreshold: number): number {
  return 0;
}
`,
  hints: [
    'A duplicate detection of an already taken ground truth is a false positive: VOC does not look for the next-best ground truth.',
    'The envelope: walk the precisions from the last rank to the first, keeping a running maximum.',
    'Sum (recall[k] − previous recall)·envelope[k]; ranks where recall does not change add 0.',
  ],
  reference: [
    { file: 'src/kernels/averagePrecision.ts', source },
    { file: 'src/kernels/matchDetections.ts', source: matchSource },
    { file: 'src/kernels/interpolatedAp.ts', source: apSource },
  ],
  tolerance: 'within 1e-9 (the same float64 arithmetic)',
  cases(seed) {
    const rand = casesRandom(seed, 'average-precision');
    const random = Array.from({ length: 6 }, (_, i) => {
      const gts: Gt[] = [];
      const dets: Det[] = [];
      for (let image = 0; image < 3; image++) {
        for (let k = randInt(rand, 0, 3); k > 0; k--) {
          const [x, y] = [randInt(rand, 0, 40), randInt(rand, 0, 40)];
          const box = [x, y, x + randInt(rand, 6, 16), y + randInt(rand, 6, 16)];
          gts.push(g(image, box));
          // One to two detections near each object, of varying quality.
          for (let j = randInt(rand, 0, 2); j > 0; j--)
            dets.push(
              d(
                image,
                box.map((v) => v + randInt(rand, -4, 4)),
                randInt(rand, 1, 99) / 100,
              ),
            );
        }
        for (let j = randInt(rand, 0, 2); j > 0; j--) {
          const [x, y] = [randInt(rand, 0, 50), randInt(rand, 0, 50)];
          dets.push(d(image, [x, y, x + 8, y + 8], randInt(rand, 1, 99) / 100));
        }
      }
      if (gts.length === 0) gts.push(g(0, [0, 0, 10, 10]));
      return make(`random ${i + 1}`, dets, gts, 0.5);
    });
    const gt2 = [g(0, [0, 0, 10, 10]), g(1, [20, 20, 30, 30])];
    return [
      ...random,
      make('no detections: 0', [], gt2, 0.5),
      make('a perfect detector: 1', [d(0, [0, 0, 10, 10], 0.9), d(1, [20, 20, 30, 30], 0.8)], gt2, 0.5),
      make(
        'a duplicate of a taken ground truth is a false positive',
        [d(0, [0, 0, 10, 10], 0.9), d(0, [0, 0, 10, 9], 0.8), d(1, [20, 20, 30, 30], 0.7)],
        gt2,
        0.5,
      ),
      make('a detection on an image without ground truth', [d(2, [0, 0, 10, 10], 0.95), d(0, [0, 0, 10, 10], 0.9)], gt2, 0.5),
      make('equal scores keep input order', [d(0, [40, 40, 50, 50], 0.5), d(0, [0, 0, 10, 10], 0.5), d(1, [20, 20, 30, 30], 0.5)], gt2, 0.5),
      make('the envelope lifts an early dip', [d(0, [50, 50, 60, 60], 0.9), d(0, [0, 0, 10, 10], 0.8), d(1, [20, 20, 30, 30], 0.7)], gt2, 0.5),
    ];
  },
  compare: numberWithin(1e-9),
};
