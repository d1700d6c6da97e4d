/**
 * RANSAC sample count (Fischler & Bolles 1981; Hartley & Zisserman eq. 4.18 and Table 4.3):
 * N = log(1 − p) / log(1 − (1 − e)^s), rounded up, for confidence p, outlier fraction e and
 * minimal sample size s, so that with probability p at least one sample is all inliers.
 */
export function ransacIterations(p: number, e: number, s: number): number {
  if (e <= 0) return 1;
  const good = (1 - e) ** s;
  if (good <= 0) return Infinity;
  if (good >= 1) return 1;
  return Math.ceil(Math.log(1 - p) / Math.log(1 - good));
}
