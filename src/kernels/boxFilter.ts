import { sepFilter2d, type FilterOptions } from './sepFilter2d';
import type { Tensor } from './tensor';

/**
 * Box filter of a single-channel image [H, W] with an odd kw×kh window centred on each pixel
 * (OpenCV `boxFilter`; normalize = true is `blur`, the mean). Border BORDER_REFLECT_101 unless given.
 */
export function boxFilter(img: Tensor, kw: number, kh = kw, opts: FilterOptions & { normalize?: boolean } = {}): Tensor {
  const norm = opts.normalize ?? true;
  const kx = new Float64Array(kw).fill(norm ? 1 / kw : 1);
  const ky = new Float64Array(kh).fill(norm ? 1 / kh : 1);
  return sepFilter2d(img, kx, ky, opts);
}
