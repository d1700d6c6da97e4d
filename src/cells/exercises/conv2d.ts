import { conv2d } from '../../kernels/conv2d';
import { tensor } from '../../kernels/tensor';
import source from '../../kernels/conv2d.ts?raw';
import windowSource from '../../kernels/convWindow.ts?raw';
import { arrayWithin } from './compare';
import { casesRandom, flat, grid, nest, randInt, sixteenth } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

type Args = [number[][][], number[][][][], number[], number[], number[]];

function expected([x, w, b, stride, padding]: Args): unknown {
  const [c, h, wd] = [x.length, x[0].length, x[0][0].length];
  const [m, , kh, kw] = [w.length, c, w[0][0].length, w[0][0][0].length];
  const y = conv2d(tensor([1, c, h, wd], flat(x)), tensor([m, c, kh, kw], flat(w)), tensor([m], b), {
    stride: stride as [number, number],
    padding: padding as [number, number, number, number],
  });
  return nest(y.data, y.shape.slice(1));
}

const make = (name: string, ...args: Args): ExerciseCase => ({
  name,
  args,
  expected: expected(args),
  input: `x ${args[0].length}×${args[0][0].length}×${args[0][0][0].length}, w ${args[1].length}×${args[1][0].length}×${args[1][0][0].length}×${args[1][0][0][0].length}, stride [${args[3]}], pads [${args[4]}]`,
});

export const exercise: ExerciseSpec = {
  id: 'conv2d',
  fn: 'conv2d',
  statement: [
    'A 2-D convolution as ONNX `Conv` and PyTorch compute it (cross-correlation: the kernel is not flipped). `x` is [C][H][W], `w` is [M][C][kh][kw], `b` is [M], `stride` = [sh, sw], `padding` = [top, left, bottom, right] of zeros.',
    'The output is [M][oh][ow] with `oh = floor((H + top + bottom − kh)/sh) + 1` (likewise ow), and `y[m][oy][ox] = b[m] + Σ_{c,ky,kx} w[m][c][ky][kx] · x[c][oy·sh − top + ky][ox·sw − left + kx]`, reading 0 outside the input.',
  ],
  starter: `/** ONNX Conv (no flip), x [C][H][W], w [M][C][kh][kw], pads [top, left, bottom, right]. */
function conv2d(x: number[][][], w: number[][][][], b: number[], stride: number[], padding: number[]): number[][][] {
  const [sh, sw] = stride;
  const [top, left, bottom, right] = padding;
  return [];
}
`,
  hints: [
    'Compute oh and ow first with Math.floor; a stride that does not divide evenly drops the last partial window.',
    'Instead of padding the input, test each input index: if iy < 0 || iy ≥ H (or ix) skip the term.',
    'w[m][c][ky][kx] multiplies x at (oy·sh − top + ky): ky runs forwards. Running it backwards is the mathematical convolution, which Conv is not.',
  ],
  reference: [
    { file: 'src/kernels/conv2d.ts', source },
    { file: 'src/kernels/convWindow.ts', source: windowSource },
  ],
  tolerance: 'each output within 1e-5 + 1e-5·|expected| of the kernel (float32 output)',
  cases(seed) {
    const rand = casesRandom(seed, 'conv2d');
    const v = () => sixteenth(rand, -1, 1);
    const x = (c: number, h: number, w: number) => Array.from({ length: c }, () => grid(h, w, v));
    const w = (m: number, c: number, kh: number, kw: number) => Array.from({ length: m }, () => x(c, kh, kw));
    const b = (m: number) => Array.from({ length: m }, v);
    const random = Array.from({ length: 6 }, (_, i) => {
      const [c, m, kh, kw] = [randInt(rand, 1, 3), randInt(rand, 1, 3), randInt(rand, 1, 3), randInt(rand, 1, 3)];
      const [h, wd] = [randInt(rand, kh, 7), randInt(rand, kw, 7)];
      const pads = [0, 1, 2, 3].map(() => randInt(rand, 0, 2));
      return make(`random ${i + 1}`, x(c, h, wd), w(m, c, kh, kw), b(m), [randInt(rand, 1, 3), randInt(rand, 1, 3)], pads);
    });
    return [
      ...random,
      make('1×1 kernel: a per-pixel mix of channels', x(3, 3, 3), w(2, 3, 1, 1), b(2), [1, 1], [0, 0, 0, 0]),
      make('stride 2 on a 5×6 input: floor in the output size', x(1, 5, 6), w(1, 1, 2, 2), b(1), [2, 2], [0, 0, 0, 0]),
      make('asymmetric padding [1, 0, 0, 2]', x(1, 4, 4), w(1, 1, 3, 3), b(1), [1, 1], [1, 0, 0, 2]),
      make(
        'an asymmetric kernel shows a flip',
        [
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
        ],
        [
          [
            [
              [1, 0],
              [0, 0],
            ],
          ],
        ],
        [0],
        [1, 1],
        [0, 0, 0, 0],
      ),
      make('kernel as large as the padded input: one output', x(2, 3, 3), w(1, 2, 5, 5), b(1), [1, 1], [1, 1, 1, 1]),
    ];
  },
  compare: arrayWithin(1e-5, 1e-5),
};
