import { patchify } from '../../kernels/patchify';
import { tensor } from '../../kernels/tensor';
import source from '../../kernels/patchify.ts?raw';
import { arrayWithin } from './compare';
import { casesRandom, flat, grid, nest, randInt, sixteenth } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

function expected(img: number[][][], p: number): unknown {
  const [c, h, w] = [img.length, img[0].length, img[0][0].length];
  const y = patchify(tensor([1, c, h, w], flat(img)), p);
  return nest(y.data, y.shape.slice(1));
}

const make = (name: string, img: number[][][], p: number): ExerciseCase => ({
  name,
  args: [img, p],
  expected: expected(img, p),
  input: `C ${img.length}, ${img[0].length}×${img[0][0].length}, P = ${p}`,
});

export const exercise: ExerciseSpec = {
  id: 'patchify',
  fn: 'patchify',
  statement: [
    "Cut an image into ViT's patch tokens. `img` is [C][H][W]; `p` divides H and W. Return T = (H/p)·(W/p) rows of C·p·p numbers.",
    'Token `t = gy·(W/p) + gx` (row-major over the patch grid). Within a token, feature `f = c·p·p + i·p + j` holds `img[c][gy·p + i][gx·p + j]`: channel-major, the order in which a Conv2d weight [D, C, p, p] flattens, so the patch embedding is one matrix product.',
  ],
  starter: `/** img [C][H][W] → tokens [T][C·p·p], token t = gy·(W/p) + gx, feature c·p·p + i·p + j. */
function patchify(img: number[][][], p: number): number[][] {
  const c = img.length;
  const h = img[0].length;
  const w = img[0][0].length;
  const tokens: number[][] = [];
  return tokens;
}
`,
  hints: [
    'Four loops for one token: gy, gx outside; then c, i, j inside, pushing img[c][gy·p + i][gx·p + j].',
    "The loop order inside a token decides the feature order: channel outermost. A channels-last order (i, j, c) is timm's NHWC view and does not match a Conv2d weight.",
  ],
  reference: [{ file: 'src/kernels/patchify.ts', source }],
  tolerance: 'exact (values are copied, not computed)',
  cases(seed) {
    const rand = casesRandom(seed, 'patchify');
    const img = (c: number, h: number, w: number) => Array.from({ length: c }, () => grid(h, w, () => sixteenth(rand, -1, 1)));
    const random = Array.from({ length: 5 }, (_, i) => {
      const p = randInt(rand, 1, 4);
      return make(`random ${i + 1}`, img(randInt(rand, 1, 3), p * randInt(rand, 1, 3), p * randInt(rand, 1, 3)), p);
    });
    return [
      ...random,
      make('p = image size: one token', img(2, 4, 4), 4),
      make('p = 1: every pixel is a token', img(3, 2, 3), 1),
      make('wide image 2×6, p = 2: three tokens in one row', img(1, 2, 6), 2),
      make('three channels: features are channel-major', img(3, 4, 4), 2),
    ];
  },
  compare: arrayWithin(0),
};
