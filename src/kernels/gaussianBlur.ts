import { gaussianKsize, getGaussianKernel } from './gaussianKernel';
import { sepFilter2d, type FilterOptions } from './sepFilter2d';
import type { Tensor } from './tensor';

export interface GaussianBlurOptions extends FilterOptions {
  sigmaY?: number; // default sigmaX, as OpenCV
  ksize?: number | [number, number]; // odd, [width, height]; absent or 0: derived from σ (gaussianKsize)
  depth8?: boolean; // derive sizes with OpenCV's 8-bit rule (±3σ) instead of the float rule (±4σ)
}

/**
 * Separable Gaussian blur of a single-channel image [H, W], as OpenCV `GaussianBlur`: each axis's
 * kernel is getGaussianKernel(ksize, σ); a missing ksize comes from σ by OpenCV's rule, a
 * non-positive σ from ksize. Border BORDER_REFLECT_101 unless given.
 */
export function gaussianBlur(img: Tensor, sigmaX: number, opts: GaussianBlurOptions = {}): Tensor {
  const sigmaY = opts.sigmaY && opts.sigmaY > 0 ? opts.sigmaY : sigmaX;
  const [kw, kh] = typeof opts.ksize === 'number' ? [opts.ksize, opts.ksize] : (opts.ksize ?? [0, 0]);
  const kx = getGaussianKernel(kw || gaussianKsize(sigmaX, opts.depth8), sigmaX);
  const ky = getGaussianKernel(kh || gaussianKsize(sigmaY, opts.depth8), sigmaY);
  return sepFilter2d(img, kx, ky, opts);
}
