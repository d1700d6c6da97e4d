import { randomSeeded } from '../../../src/kernels/random';
import { tensor, type Tensor } from '../../../src/kernels/tensor';

/** A seeded random single-channel image [h, w] with values in [0, 1). */
export function randomImage(h: number, w: number, seed: number): Tensor {
  const rand = randomSeeded(seed);
  return tensor(
    [h, w],
    Array.from({ length: h * w }, () => rand()),
  );
}

/** The same image as an NCHW feed for onnxruntime. */
export const asFeed = (img: Tensor) => ({ x: { data: img.data, shape: [1, 1, ...img.shape] } });

/** Outer product ky ⊗ kx as a row-major kh×kw kernel. */
export function outer(ky: ArrayLike<number>, kx: ArrayLike<number>): number[] {
  return Array.from({ length: ky.length * kx.length }, (_, i) => ky[Math.floor(i / kx.length)] * kx[i % kx.length]);
}
