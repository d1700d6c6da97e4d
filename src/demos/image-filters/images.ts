import { randInt, randomSeeded, normal } from '../../kernels/random';
import { tensor, type Tensor } from '../../kernels/tensor';
import { shapesSample } from '../../models/data/shapes';
import { SIZE } from './meta';

export type SampleKind = 'shapes' | 'noisy' | 'checker' | 'rings';

const scene = () => shapesSample(13, 1, { width: SIZE, height: SIZE, maxObjects: 3, minSize: 0.12, maxSize: 0.2, background: 'texture' });

/** Rec. 601 luma of a CHW [3, H, W] image: one grey [H, W] plane in [0, 1]. */
export function luma(chw: ArrayLike<number>, h: number, w: number): Float32Array {
  const p = h * w;
  return Float32Array.from({ length: p }, (_, i) => 0.299 * chw[i] + 0.587 * chw[p + i] + 0.114 * chw[2 * p + i]);
}

function render(kind: SampleKind): Float32Array {
  const n = SIZE;
  if (kind === 'shapes' || kind === 'noisy') {
    const s = scene();
    const g = luma(s.image, n, n);
    if (kind === 'shapes') return g;
    // 6% salt and pepper (half white, half black) over mild Gaussian noise: the median's case.
    const rand = randomSeeded(3);
    return g.map((v) => {
      const u = rand();
      return u < 0.03 ? 0 : u < 0.06 ? 1 : Math.min(1, Math.max(0, v + 0.03 * normal(rand)));
    });
  }
  if (kind === 'checker') return Float32Array.from({ length: n * n }, (_, i) => (Math.floor(i / n / 16) + Math.floor((i % n) / 16)) % 2);
  // Zone plate: the local frequency r/n cycles per pixel grows from 0 at the centre to Nyquist at r = n/2.
  return Float32Array.from({ length: n * n }, (_, i) => {
    const [y, x] = [Math.floor(i / n) - n / 2 + 0.5, (i % n) - n / 2 + 0.5];
    return 0.5 + 0.5 * Math.cos((Math.PI * (x * x + y * y)) / n);
  });
}

const cache = new Map<SampleKind, Tensor>();

/** A bundled grey sample [SIZE, SIZE] in [0, 1]. */
export function sampleImage(kind: SampleKind): Tensor {
  let t = cache.get(kind);
  if (!t) cache.set(kind, (t = tensor([SIZE, SIZE], render(kind))));
  return t;
}

let specks: Tensor | null = null;

/**
 * The morphology mask [SIZE, SIZE] of 0/1: the scene's objects with holes punched in, specks of
 * 1–2 px scattered over the background, and two thin strokes (2 px wide, one vertical, one
 * horizontal), so opening, closing and line elements each have something to remove or keep.
 */
export function specksMask(): Tensor {
  if (specks) return specks;
  const n = SIZE;
  const m = Float32Array.from(scene().classMask, (c) => (c > 0 ? 1 : 0));
  const rand = randomSeeded(8);
  const speck = (r: number) => {
    const [x, y] = [randInt(rand, 2, n - 3), randInt(rand, 2, n - 3)];
    for (let dy = 0; dy < r; dy++) for (let dx = 0; dx < r; dx++) m[(y + dy) * n + x + dx] = 1;
  };
  const objects = [...m.keys()].filter((p) => m[p]);
  for (let i = 0; i < 40; i++) m[objects[randInt(rand, 0, objects.length - 1)]] = 0; // 1-px holes inside the objects
  for (let i = 0; i < 70; i++) speck(randInt(rand, 1, 2));
  for (let y = 8; y < 56; y++) m[y * n + 118] = m[y * n + 119] = 1;
  for (let x = 70; x < 120; x++) m[120 * n + x] = m[121 * n + x] = 1;
  return (specks = tensor([n, n], m));
}
