import { avgPool } from '../../kernels/filter2d';
import { tensor, type Tensor } from '../../kernels/tensor';
import { shapesSample } from '../../models/data/shapes';

export type ImageKind = 'shapes' | 'gradient' | 'checker';

/**
 * Drawn once at 192 px (a multiple of every offered size) and box-averaged down, so each size
 * shows the same scene: changing the resolution changes the grid, not the picture.
 */
const MASTER = 192;
const masters = new Map<ImageKind, Tensor>();
const cache = new Map<string, Tensor>();

function master(kind: ImageKind): Tensor {
  let img = masters.get(kind);
  if (img) return img;
  const S = MASTER;
  if (kind === 'shapes') {
    const s = shapesSample(7, 2, { width: S, height: S, maxObjects: 3, minSize: 0.14, maxSize: 0.22, background: 'plain' });
    img = { data: s.image, shape: [1, 3, S, S] };
  } else {
    // gradient: red grows to the right, green downwards, blue the other way, so each channel's
    // third of a flattened patch looks different; checker: 8 squares across, 24 px each.
    const at = (c: number, r: number, x: number) =>
      kind === 'checker' ? (Math.floor(r / 24) + Math.floor(x / 24)) % 2 : [x / (S - 1), r / (S - 1), 1 - (r + x) / (2 * (S - 1))][c];
    const data: number[] = [];
    for (let c = 0; c < 3; c++) for (let r = 0; r < S; r++) for (let x = 0; x < S; x++) data.push(at(c, r, x));
    img = tensor([1, 3, S, S], data);
  }
  masters.set(kind, img);
  return img;
}

/** The demo image [1, 3, size, size] in [0, 1]. */
export function demoImage(kind: ImageKind, size: number): Tensor {
  const key = `${kind}:${size}`;
  let img = cache.get(key);
  if (!img) cache.set(key, (img = avgPool(master(kind), MASTER / size)));
  return img;
}
