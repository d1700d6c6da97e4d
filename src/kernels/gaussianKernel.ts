/**
 * OpenCV's Gaussian kernel (`cv::getGaussianKernel`, imgproc/src/smooth.dispatch.cpp):
 * G_i = α·exp(−(i − (n−1)/2)² / (2σ²)), normalised to sum 1. With σ ≤ 0 and n ∈ {1, 3, 5, 7},
 * OpenCV returns fixed binomial-like tables instead; with σ ≤ 0 otherwise σ = 0.3·((n−1)/2 − 1) + 0.8.
 */
const SMALL_TABLES: Record<number, number[]> = {
  1: [1],
  3: [0.25, 0.5, 0.25],
  5: [0.0625, 0.25, 0.375, 0.25, 0.0625],
  7: [0.03125, 0.109375, 0.21875, 0.28125, 0.21875, 0.109375, 0.03125],
};

export function getGaussianKernel(n: number, sigma: number): Float64Array {
  if (!Number.isInteger(n) || n < 1 || n % 2 !== 1) throw new Error(`getGaussianKernel: size must be a positive odd integer, got ${n}`);
  if (sigma <= 0 && SMALL_TABLES[n]) return Float64Array.from(SMALL_TABLES[n]);
  const s = sigma > 0 ? sigma : 0.3 * ((n - 1) * 0.5 - 1) + 0.8;
  const k = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = i - (n - 1) / 2;
    k[i] = Math.exp((-0.5 * x * x) / (s * s));
    sum += k[i];
  }
  for (let i = 0; i < n; i++) k[i] /= sum;
  return k;
}

/** Round half to even, as OpenCV's cvRound (lrint in the default rounding mode). */
function cvRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * The kernel size OpenCV's GaussianBlur derives from σ when ksize is 0 (`createGaussianKernels`):
 * round(σ·(depth = CV_8U ? 3 : 4)·2 + 1) | 1. Our images are float, so the default is the float
 * rule (±4σ); pass depth8 = true for the 8-bit rule (±3σ).
 */
export function gaussianKsize(sigma: number, depth8 = false): number {
  if (!(sigma > 0)) throw new Error(`gaussianKsize: sigma must be positive, got ${sigma}`);
  return cvRound(sigma * (depth8 ? 3 : 4) * 2 + 1) | 1;
}
