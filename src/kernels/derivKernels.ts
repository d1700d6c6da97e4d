/**
 * OpenCV's separable derivative kernels (`cv::getDerivKernels`, imgproc/src/deriv.cpp): the
 * returned pair [kx, ky] filters rows with kx and columns with ky (correlation, not flipped).
 * ksize 3: smoothing [1, 2, 1], first derivative [−1, 0, 1], second [1, −2, 1]. ksize ≥ 5: the
 * binomial [1, 1]^(ksize−1−order) convolved with the difference [−1, 1]^order (so 5 gives
 * [1, 4, 6, 4, 1] and [−1, −2, 0, 2, 1]). ksize 1: no smoothing, and a 3-tap derivative on the
 * derivative axis. ksize −1 (FILTER_SCHARR): smoothing [3, 10, 3], derivative [−1, 0, 1].
 */
export const FILTER_SCHARR = -1;

function sobelKernel(order: number, ksize: number): number[] {
  if (ksize === 1 && order > 0) ksize = 3;
  if (ksize <= order) throw new Error(`getDerivKernels: ksize ${ksize} is too small for derivative order ${order}`);
  if (ksize === 1) return [1];
  let k = [1];
  const conv = (a: number[], b: number[]) => {
    const c = new Array<number>(a.length + b.length - 1).fill(0);
    for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) c[i + j] += a[i] * b[j];
    return c;
  };
  for (let i = 0; i < ksize - order - 1; i++) k = conv(k, [1, 1]);
  // [−1, 1] puts the negative tap first, so a left-to-right increase gives a positive derivative.
  for (let i = 0; i < order; i++) k = conv(k, [-1, 1]);
  return k;
}

function scharrKernel(order: number): number[] {
  if (order === 0) return [3, 10, 3];
  if (order === 1) return [-1, 0, 1];
  throw new Error(`getDerivKernels: Scharr supports derivative order 0 or 1, got ${order}`);
}

/** [kx, ky] for the derivative of order dx along x and dy along y (unnormalised, as OpenCV's Sobel and Scharr use them). */
export function getDerivKernels(dx: number, dy: number, ksize: number): [number[], number[]] {
  if (ksize !== FILTER_SCHARR && (ksize < 1 || ksize % 2 !== 1 || ksize > 31))
    throw new Error(`getDerivKernels: ksize must be odd in 1..31 or FILTER_SCHARR, got ${ksize}`);
  const make = (order: number) => (ksize === FILTER_SCHARR ? scharrKernel(order) : sobelKernel(order, ksize));
  return [make(dx), make(dy)];
}
