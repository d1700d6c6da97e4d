import { tensor, type Tensor } from '../../../src/kernels/tensor';
import { uniform, type Random } from '../../../src/kernels/random';

/** A tensor of uniform values in [lo, hi) from a seeded generator. */
export function randomTensor(rand: Random, shape: number[], lo = -1, hi = 1): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  return tensor(
    shape,
    Array.from({ length: n }, () => uniform(rand, lo, hi)),
  );
}

/** Causal flags [T·T]: query i may attend to keys 0 … i. */
export function causalMask(t: number): Uint8Array {
  return Uint8Array.from({ length: t * t }, (_, k) => (k % t <= Math.floor(k / t) ? 1 : 0));
}

/** Largest |row sum − 1| of a [..., T] tensor of softmax rows. */
export function rowSumError(w: Tensor): number {
  const t = w.shape[w.shape.length - 1];
  let m = 0;
  for (let r = 0; r < w.data.length / t; r++) {
    let s = 0;
    for (let j = 0; j < t; j++) s += w.data[r * t + j];
    m = Math.max(m, Math.abs(s - 1));
  }
  return m;
}
