import { findHomographyDLT, type Homography } from './homography';
import { countInliers, ransacTrace, type RansacOptions, type RansacStep } from './ransacTrace';

export { ransacIterations } from './ransacIterations';
export type { RansacOptions, RansacStep } from './ransacTrace';

export interface RansacResult {
  H: Homography;
  inliers: Uint8Array; // 1 for correspondences within threshold of the final H
  iterations: number;
  history: RansacStep[]; // one entry per improvement: how the best model and N evolve
}

/**
 * Robust homography from putative correspondences src[i] → dst[i] (flat [x, y, …]) by RANSAC
 * (as OpenCV findHomography with RANSAC): draw 4 distinct correspondences, fit the DLT, count
 * inliers; whenever the best count improves, lower the iteration budget to ransacIterations(p,
 * 1 − inlierRatio, 4) (that loop, every iteration recorded, is ransacTrace). Finally refit the
 * DLT on all inliers of the best model and re-select.
 */
export function ransacHomography(src: ArrayLike<number>, dst: ArrayLike<number>, opts: RansacOptions): RansacResult {
  const n = src.length / 2;
  const t2 = (opts.threshold ?? 3) ** 2;
  const trace = ransacTrace(src, dst, opts);
  let [best, bestCount] = [trace.best, trace.bestCount];
  const pick = (idx: number[], from: ArrayLike<number>) => idx.flatMap((i) => [from[2 * i], from[2 * i + 1]]);
  if (!best) throw new Error('ransacHomography: every sample was degenerate');
  const inliers = new Uint8Array(n);
  countInliers(best, src, dst, t2, inliers);
  // Refit on all inliers while that gains inliers (a minimal sample's model, fitted to 4 noisy
  // points, can miss a few true inliers the least-squares fit then takes in). A handful of rounds.
  for (let round = 0; round < 5 && bestCount >= 4; round++) {
    const keep = Array.from(inliers.keys()).filter((i) => inliers[i]);
    const refit = findHomographyDLT(pick(keep, src), pick(keep, dst));
    const mask = new Uint8Array(n);
    const count = refit.every(Number.isFinite) ? countInliers(refit, src, dst, t2, mask) : 0;
    if (count < bestCount) break;
    const grew = count > bestCount;
    [best, bestCount] = [refit, count];
    inliers.set(mask);
    if (!grew) break;
  }
  return { H: best, inliers, iterations: trace.iterations.length, history: trace.history };
}
