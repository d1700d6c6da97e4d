import { gaussianBlur, type GaussianBlurOptions } from './gaussianBlur';
import { sepFilter2d, type FilterOptions } from './sepFilter2d';
import { sobel } from './sobel';
import type { Tensor } from './tensor';

/**
 * OpenCV `Laplacian` of a single-channel image [H, W]: ∂²/∂x² + ∂²/∂y². ksize 1 is the 3×3
 * kernel [[0, 1, 0], [1, −4, 1], [0, 1, 0]] (computed as the sum of its two separable halves);
 * ksize ≥ 3 sums Sobel second derivatives of that aperture (ksize 3 gives [[2, 0, 2], [0, −8, 0],
 * [2, 0, 2]]). Border BORDER_REFLECT_101 unless given.
 */
export function laplacian(img: Tensor, ksize = 1, opts: FilterOptions = {}): Tensor {
  const [a, b] =
    ksize === 1
      ? [sepFilter2d(img, [1, -2, 1], [1], opts), sepFilter2d(img, [1], [1, -2, 1], opts)]
      : [sobel(img, 2, 0, { ...opts, ksize }), sobel(img, 0, 2, { ...opts, ksize })];
  for (let i = 0; i < a.data.length; i++) a.data[i] += b.data[i];
  return a;
}

/**
 * Laplacian of Gaussian (Marr–Hildreth): Gaussian blur of scale σ, then the 3×3 Laplacian.
 * OpenCV has no single LoG call; this is its usual two-step recipe. Zero crossings mark edges;
 * a bright blob of radius ≈ σ√2 gives the strongest (most negative) response at its centre.
 */
export function laplacianOfGaussian(img: Tensor, sigma: number, opts: GaussianBlurOptions = {}): Tensor {
  return laplacian(gaussianBlur(img, sigma, opts), 1, opts);
}
