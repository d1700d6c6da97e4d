import { maxPool2d } from '../../kernels/maxPool2d';
import { tensor } from '../../kernels/tensor';
import source from '../../kernels/maxPool2d.ts?raw';
import { arrayWithin } from './compare';
import { casesRandom, flat, grid, nest, randInt, sixteenth } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

type Args = [number[][], number[], number[], number[]];

function expected([x, kernel, stride, padding]: Args): unknown {
  const y = maxPool2d(tensor([1, 1, x.length, x[0].length], flat(x)), {
    kernel: kernel as [number, number],
    stride: stride as [number, number],
    padding: padding as [number, number, number, number],
  });
  return nest(y.data, y.shape.slice(2));
}

const make = (name: string, ...args: Args): ExerciseCase => ({
  name,
  args,
  expected: expected(args),
  input: `${args[0].length}×${args[0][0].length}, kernel [${args[1]}], stride [${args[2]}], pads [${args[3]}]`,
});

export const exercise: ExerciseSpec = {
  id: 'max-pool',
  fn: 'maxPool',
  statement: [
    'Max pooling of one channel as ONNX `MaxPool` (ceil_mode 0): `x` is H rows of W numbers, `kernel` = [kh, kw], `stride` = [sh, sw], `padding` = [top, left, bottom, right], each pad smaller than the kernel.',
    'Output size `floor((H + top + bottom − kh)/sh) + 1` (likewise W); output (oy, ox) is the maximum of `x[oy·sh − top + ky][ox·sw − left + kx]` over the window. Padding counts as −∞, not 0: it never wins.',
  ],
  starter: `/** ONNX MaxPool of one channel; padding is -Infinity. */
function maxPool(x: number[][], kernel: number[], stride: number[], padding: number[]): number[][] {
  return [];
}
`,
  hints: [
    'Start every window at -Infinity and skip indices outside the input: that is what "padding is −∞" means.',
    'Padding with zeros gives the wrong answer only when a window holds only negative numbers, which is why such a case is in the tests.',
  ],
  reference: [{ file: 'src/kernels/maxPool2d.ts', source }],
  tolerance: 'exact (a maximum is one of the inputs)',
  cases(seed) {
    const rand = casesRandom(seed, 'max-pool');
    const x = (h: number, w: number, lo = -1, hi = 1) => grid(h, w, () => sixteenth(rand, lo, hi));
    const random = Array.from({ length: 6 }, (_, i) => {
      const [kh, kw] = [randInt(rand, 1, 3), randInt(rand, 1, 3)];
      const pads = [kh, kw, kh, kw].map((k) => randInt(rand, 0, k - 1));
      return make(`random ${i + 1}`, x(randInt(rand, kh, 7), randInt(rand, kw, 7)), [kh, kw], [randInt(rand, 1, 3), randInt(rand, 1, 3)], pads);
    });
    return [
      ...random,
      make('all negative with padding: padding is −∞, not 0', x(4, 4, -2, -0.5), [3, 3], [2, 2], [1, 1, 1, 1]),
      make('stride larger than the kernel: gaps', x(6, 6), [2, 2], [3, 3], [0, 0, 0, 0]),
      make('1×1 kernel, stride 1: the identity', x(3, 4), [1, 1], [1, 1], [0, 0, 0, 0]),
      make('padding on one side only', x(4, 5), [2, 2], [2, 2], [0, 1, 0, 0]),
    ];
  },
  compare: arrayWithin(0),
};
