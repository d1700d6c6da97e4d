import { FILTER_SCHARR, getDerivKernels } from './derivKernels';
import { sepFilter2d, type FilterOptions } from './sepFilter2d';
import type { Tensor } from './tensor';

export interface SobelOptions extends FilterOptions {
  ksize?: number; // 1, 3, 5, 7 … or FILTER_SCHARR (−1); default 3
  scale?: number; // default 1
  delta?: number; // added after scaling; default 0
}

/**
 * Image derivative of order (dx, dy) of a single-channel image [H, W] by OpenCV's `Sobel`: the
 * separable kernels of getDerivKernels, correlated (not flipped), so +x is rightwards, +y
 * downwards, and a brightening to the right gives dx > 0. dst = scale·(kernel ⋆ img) + delta.
 * Border BORDER_REFLECT_101 unless given.
 */
export function sobel(img: Tensor, dx: number, dy: number, opts: SobelOptions = {}): Tensor {
  const [kx, ky] = getDerivKernels(dx, dy, opts.ksize ?? 3);
  const out = sepFilter2d(img, kx, ky, opts);
  const scale = opts.scale ?? 1;
  const delta = opts.delta ?? 0;
  if (scale !== 1 || delta !== 0) for (let i = 0; i < out.data.length; i++) out.data[i] = out.data[i] * scale + delta;
  return out;
}

/** OpenCV `Scharr`: first derivative (dx + dy = 1) with the 3×3 Scharr kernel [3, 10, 3] ⊗ [−1, 0, 1]. */
export function scharr(img: Tensor, dx: number, dy: number, opts: Omit<SobelOptions, 'ksize'> = {}): Tensor {
  if (dx < 0 || dy < 0 || dx + dy !== 1) throw new Error(`scharr: need dx + dy = 1, got dx=${dx}, dy=${dy}`);
  return sobel(img, dx, dy, { ...opts, ksize: FILTER_SCHARR });
}
