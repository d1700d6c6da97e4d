import { resizeBilinear } from '../../kernels/resize';
import { tensor } from '../../kernels/tensor';
import source from '../../kernels/resize.ts?raw';
import { arrayWithin } from './compare';
import { casesRandom, flat, grid, nest, randInt, sixteenth } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const expected = (img: number[][], outH: number, outW: number) =>
  nest(resizeBilinear(tensor([1, 1, img.length, img[0].length], flat(img)), outH, outW, 'half_pixel').data, [outH, outW]);

const make = (name: string, img: number[][], outH: number, outW: number): ExerciseCase => ({
  name,
  args: [img, outH, outW],
  expected: expected(img, outH, outW),
  input: `${img.length}×${img[0].length} → ${outH}×${outW}: ${JSON.stringify(img).slice(0, 100)}`,
});

export const exercise: ExerciseSpec = {
  id: 'bilinear',
  fn: 'resize',
  statement: [
    'Resize a one-channel image `img` (H rows of W numbers) to `outH × outW` by bilinear interpolation, exactly as ONNX `Resize` does with `mode = linear` and `coordinate_transformation_mode = half_pixel` (PyTorch `align_corners=False`).',
    'Output pixel (i, j) samples the input at `y = (i + 0.5)·H/outH − 0.5` and `x = (j + 0.5)·W/outW − 0.5`. Clamp y to [0, H − 1] and x to [0, W − 1] first, then interpolate between rows `floor(y)` and `floor(y) + 1` (the second clamped to H − 1), and likewise along x.',
  ],
  starter: `/** img: H rows of W numbers. Returns outH rows of outW numbers (ONNX Resize, linear, half_pixel). */
function resize(img: number[][], outH: number, outW: number): number[][] {
  const h = img.length;
  const w = img[0].length;
  const out: number[][] = [];
  // for each output pixel: source coordinate, clamp, four neighbours, two lerps
  return out;
}
`,
  hints: [
    'Work one axis at a time: for each output row i compute (y0, y1, wy) once; for each output column j compute (x0, x1, wx) once.',
    'The scale is out/in, so the source coordinate is (i + 0.5) / (outH / h) − 0.5. Clamp it with Math.min(Math.max(y, 0), h − 1) before Math.floor.',
    'top = img[y0][x0] + (img[y0][x1] − img[y0][x0])·wx, bottom the same on row y1, value = top + (bottom − top)·wy.',
  ],
  reference: [{ file: 'src/kernels/resize.ts', source }],
  tolerance: 'each output within 1e-5 + 1e-5·|expected| of the kernel (it computes in float32)',
  cases(seed) {
    const rand = casesRandom(seed, 'bilinear');
    const img = (h: number, w: number) => grid(h, w, () => sixteenth(rand, 0, 1));
    const random = Array.from({ length: 6 }, (_, i) => {
      const [h, w] = [randInt(rand, 1, 6), randInt(rand, 1, 6)];
      return make(`random ${i + 1}`, img(h, w), randInt(rand, 1, 9), randInt(rand, 1, 9));
    });
    return [
      ...random,
      make('1×1 input: every output equals it', [[0.75]], 3, 4),
      make('same size: the identity', img(3, 4), 3, 4),
      make('halving: each output averages a 2×2 block', img(4, 4), 2, 2),
      make(
        'upsampling 2×2 → 5×5: the border clamps',
        [
          [0, 1],
          [1, 0],
        ],
        5,
        5,
      ),
      make('one output row', img(4, 3), 1, 3),
    ];
  },
  compare: arrayWithin(1e-5, 1e-5),
};
