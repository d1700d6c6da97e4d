import type { BorderMode } from '../../kernels/border';
import { boxFilter } from '../../kernels/boxFilter';
import { FILTER_SCHARR, getDerivKernels } from '../../kernels/derivKernels';
import { gaussianBlur } from '../../kernels/gaussianBlur';
import { gaussianKsize, getGaussianKernel } from '../../kernels/gaussianKernel';
import { laplacian, laplacianOfGaussian } from '../../kernels/laplacianOfGaussian';
import { medianBlur } from '../../kernels/medianBlur';
import { scharr, sobel } from '../../kernels/sobel';
import type { Tensor } from '../../kernels/tensor';
import type { FilterName } from './meta';

export interface FilterSpec {
  filter: FilterName;
  sigma: number;
  ksize: number;
  aperture: number;
  border: BorderMode;
}

/** One correlation kernel (not flipped), as the kernel functions apply it: 2-D weights [h, w], and its separable factors when it has them. */
export interface Kernel {
  label: string;
  w: number;
  h: number;
  weights: Float64Array;
  kx?: ArrayLike<number>;
  ky?: ArrayLike<number>;
}

/** ky ⊗ kx: the 2-D kernel sepFilter2d applies (rows by kx, then columns by ky). */
export function outer(label: string, kx: ArrayLike<number>, ky: ArrayLike<number>): Kernel {
  const weights = new Float64Array(kx.length * ky.length);
  for (let i = 0; i < ky.length; i++) for (let j = 0; j < kx.length; j++) weights[i * kx.length + j] = ky[i] * kx[j];
  return { label, w: kx.length, h: ky.length, weights, kx, ky };
}

const add = (a: Kernel, b: Kernel, label: string): Kernel => ({ label, w: a.w, h: a.h, weights: a.weights.map((v, i) => v + b.weights[i]) });

/** Full 2-D convolution of two kernels: the single kernel of applying one after the other (exact away from the borders). */
function compose(a: Kernel, b: Kernel, label: string): Kernel {
  const [w, h] = [a.w + b.w - 1, a.h + b.h - 1];
  const weights = new Float64Array(w * h);
  for (let i = 0; i < a.h; i++)
    for (let j = 0; j < a.w; j++)
      for (let u = 0; u < b.h; u++) for (let v = 0; v < b.w; v++) weights[(i + u) * w + j + v] += a.weights[i * a.w + j] * b.weights[u * b.w + v];
  return { label, w, h, weights };
}

const LAPLACE_3 = (): Kernel => ({ label: 'Laplacian (ksize 1)', w: 3, h: 3, weights: Float64Array.from([0, 1, 0, 1, -4, 1, 0, 1, 0]) });

export function gaussianOf(sigma: number): Kernel {
  const k = getGaussianKernel(gaussianKsize(sigma), sigma);
  return outer(`Gaussian σ = ${sigma}`, k, k);
}

/** The kernels behind a filter, as numbers; none for the median (a rank filter has no weights). */
export function kernelsOf(s: FilterSpec): Kernel[] {
  const deriv = (dx: number, dy: number, ksize: number, label: string) => {
    const [kx, ky] = getDerivKernels(dx, dy, ksize);
    return outer(label, kx, ky);
  };
  switch (s.filter) {
    case 'gaussian':
      return [gaussianOf(s.sigma)];
    case 'box':
      return [outer(`box ${s.ksize}×${s.ksize}`, new Array(s.ksize).fill(1 / s.ksize), new Array(s.ksize).fill(1 / s.ksize))];
    case 'median':
      return [];
    case 'sobel-x':
      return [deriv(1, 0, s.aperture, `Sobel ∂/∂x, ksize ${s.aperture}`)];
    case 'sobel-y':
      return [deriv(0, 1, s.aperture, `Sobel ∂/∂y, ksize ${s.aperture}`)];
    case 'scharr-x':
      return [deriv(1, 0, FILTER_SCHARR, 'Scharr ∂/∂x')];
    case 'magnitude':
      return [deriv(1, 0, s.aperture, `Sobel ∂/∂x, ksize ${s.aperture}`), deriv(0, 1, s.aperture, `Sobel ∂/∂y, ksize ${s.aperture}`)];
    case 'laplacian':
      return s.aperture === 1
        ? [LAPLACE_3()]
        : [add(deriv(2, 0, s.aperture, ''), deriv(0, 2, s.aperture, ''), `Laplacian: ∂²/∂x² + ∂²/∂y², ksize ${s.aperture}`)];
    case 'log':
      return [compose(gaussianOf(s.sigma), LAPLACE_3(), `Laplacian ∘ Gaussian σ = ${s.sigma} (one kernel, exact away from the border)`)];
  }
}

/** Whether the output is signed (derivatives: a diverging colour map centred on 0). */
export const isSigned = (f: FilterName) => !['gaussian', 'box', 'median'].includes(f);

/** The filtered image [H, W], by the kernel functions themselves. */
export function applyFilter(img: Tensor, s: FilterSpec): Tensor {
  const opts = { border: s.border };
  switch (s.filter) {
    case 'gaussian':
      return gaussianBlur(img, s.sigma, opts);
    case 'box':
      return boxFilter(img, s.ksize, s.ksize, opts);
    case 'median':
      return medianBlur(img, s.ksize);
    case 'sobel-x':
      return sobel(img, 1, 0, { ...opts, ksize: s.aperture });
    case 'sobel-y':
      return sobel(img, 0, 1, { ...opts, ksize: s.aperture });
    case 'scharr-x':
      return scharr(img, 1, 0, opts);
    case 'magnitude': {
      const [a, b] = [sobel(img, 1, 0, { ...opts, ksize: s.aperture }), sobel(img, 0, 1, { ...opts, ksize: s.aperture })];
      return { data: a.data.map((v, i) => Math.abs(v) + Math.abs(b.data[i])), shape: [...img.shape] };
    }
    case 'laplacian':
      return laplacian(img, s.aperture, opts);
    case 'log':
      return laplacianOfGaussian(img, s.sigma, opts);
  }
}
