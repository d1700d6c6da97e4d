import { roiAlign } from '../../kernels/roiAlign';
import { tensor } from '../../kernels/tensor';
import source from '../../kernels/roiAlignTaps.ts?raw';
import kernelSource from '../../kernels/roiAlign.ts?raw';
import { numberWithin } from './compare';
import { casesRandom, flat, grid, quarter, randInt, sixteenth } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

type Args = [number[][], number[], number, number, number, number, number];

function expected([feature, box, outH, outW, row, col, samplingRatio]: Args): number {
  const x = tensor([1, 1, feature.length, feature[0].length], flat(feature));
  const y = roiAlign(x, tensor([1, 4], box), [0], { outputHeight: outH, outputWidth: outW, samplingRatio, aligned: true });
  return y.data[row * outW + col];
}

const make = (name: string, ...args: Args): ExerciseCase => ({
  name,
  args,
  expected: expected(args),
  input: `${args[0].length}×${args[0][0].length} map, box [${args[1]}], bins ${args[2]}×${args[3]}, bin (${args[4]}, ${args[5]}), ratio ${args[6]}`,
});

export const exercise: ExerciseSpec = {
  id: 'roi-align-bin',
  fn: 'roiAlignBin',
  statement: [
    'Compute one output bin of RoIAlign in avg mode with `aligned = true` (torchvision `roi_align(aligned=True)`, ONNX `RoiAlign` half_pixel), spatial scale 1. `feature` is H rows of W numbers; pixel (r, c) has its centre at (x = c, y = r). `box` is [x1, y1, x2, y2].',
    'Shift the box by −0.5 (aligned). It is cut into `outH × outW` bins of size `binH = (y2 − y1)/outH`, `binW = (x2 − x1)/outW`. Bin (row, col) averages `gridH × gridW` bilinear samples, `grid = samplingRatio`, or `ceil(bin size)` when `samplingRatio` is 0. Sample (iy, ix) sits at `y = y1 − 0.5 + row·binH + (iy + 0.5)·binH/gridH` (same for x).',
    'A sample with y < −1 or y > H (x < −1 or x > W) counts as 0. Otherwise clamp y and x to ≥ 0; if floor(y) ≥ H − 1, use row H − 1 for both taps (same for x). Divide the sum by max(gridH·gridW, 1), so a zero-size RoI with an adaptive grid gives 0.',
  ],
  starter: `/** One bin of RoIAlign (avg, aligned = true, spatial scale 1). */
function roiAlignBin(feature: number[][], box: number[], outH: number, outW: number, row: number, col: number, samplingRatio: number): number {
  const h = feature.length;
  const w = feature[0].length;
  // box start and size (aligned: shift by -0.5), bin size, grid, then average the samples
  return 0;
}
`,
  hints: [
    'Write bilinear(y, x) first: the outside test, the clamp to ≥ 0, the snap at the last row/column, then the four weighted taps.',
    'With samplingRatio 0 the grid is Math.ceil(binH) by Math.ceil(binW): a box of height 0 gives a grid of 0 rows and the bin is 0 / max(0, 1) = 0.',
    'Aligned means both corners move by −0.5 before anything else: startX = x1 − 0.5, and the width is (x2 − 0.5) − (x1 − 0.5).',
  ],
  reference: [
    { file: 'src/kernels/roiAlignTaps.ts', source },
    { file: 'src/kernels/roiAlign.ts', source: kernelSource },
  ],
  tolerance: 'within 1e-4 of the kernel (it rounds the sampling geometry to float32, as the C++ does)',
  cases(seed) {
    const rand = casesRandom(seed, 'roi-align-bin');
    const map = (h: number, w: number) => grid(h, w, () => sixteenth(rand, 0, 1));
    const random = Array.from({ length: 8 }, (_, i) => {
      const [h, w] = [randInt(rand, 3, 8), randInt(rand, 3, 8)];
      const x1 = quarter(rand, -1, w - 1);
      const y1 = quarter(rand, -1, h - 1);
      const box = [x1, y1, x1 + quarter(rand, 0.25, w / 2 + 1), y1 + quarter(rand, 0.25, h / 2 + 1)];
      const [outH, outW] = [randInt(rand, 1, 3), randInt(rand, 1, 3)];
      return make(`random ${i + 1}`, map(h, w), box, outH, outW, randInt(rand, 0, outH - 1), randInt(rand, 0, outW - 1), randInt(rand, 0, 2));
    });
    const m = map(5, 6).map((r) => r.map((v) => v + 1)); // no zeros: an edge case must not pass by luck
    return [
      ...random,
      make('zero-size RoI, adaptive grid: 0', m, [2, 2, 2, 2], 2, 2, 0, 0, 0),
      make('zero-size RoI, ratio 2: samples one point', m, [2.5, 1.5, 2.5, 1.5], 1, 1, 0, 0, 2),
      make('box outside the image: 0', m, [10, 10, 14, 13], 2, 2, 1, 1, 2),
      make('box half outside: outer samples count 0', m, [-3, 1, 1, 4], 1, 2, 0, 0, 2),
      make('box over the last row and column: taps snap', m, [4, 3, 6.5, 5.5], 2, 2, 1, 1, 2),
      make('ratio 1: one sample at the bin centre', m, [0.5, 0.5, 4.5, 3.5], 2, 2, 1, 0, 1),
    ];
  },
  compare: numberWithin(1e-4),
};
