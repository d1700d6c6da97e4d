import { applyHomography, findHomographyDLT, type Homography } from './homography';
import { randInt, type Random } from './random';

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

export interface RansacOptions {
  rand: Random; // seeded: the same seed gives the same samples
  threshold?: number; // inlier if the forward reprojection error ‖H·x − x′‖ < threshold (px), default 3 as OpenCV
  confidence?: number; // p, default 0.995 as OpenCV findHomography
  maxIterations?: number; // default 2000 as OpenCV
}

export interface RansacStep {
  iteration: number;
  inliers: number; // best count so far
  required: number; // the adaptive N after this improvement
}

export interface RansacResult {
  H: Homography;
  inliers: Uint8Array; // 1 for correspondences within threshold of the final H
  iterations: number;
  history: RansacStep[]; // one entry per improvement: how the best model and N evolve
}

/** Minimal samples with three collinear points give a degenerate homography: skip them. */
function degenerate(p: ArrayLike<number>, idx: number[]): boolean {
  for (let a = 0; a < 4; a++) {
    const [i, j, k] = idx.filter((_, t) => t !== a);
    const cross = (p[2 * j] - p[2 * i]) * (p[2 * k + 1] - p[2 * i + 1]) - (p[2 * j + 1] - p[2 * i + 1]) * (p[2 * k] - p[2 * i]);
    if (Math.abs(cross) < 1e-9) return true;
  }
  return false;
}

function countInliers(H: Homography, src: ArrayLike<number>, dst: ArrayLike<number>, t2: number, mask?: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < src.length / 2; i++) {
    const [u, v] = applyHomography(H, src[2 * i], src[2 * i + 1]);
    const ok = (u - dst[2 * i]) ** 2 + (v - dst[2 * i + 1]) ** 2 < t2;
    if (mask) mask[i] = ok ? 1 : 0;
    if (ok) c++;
  }
  return c;
}

/**
 * Robust homography from putative correspondences src[i] → dst[i] (flat [x, y, …]) by RANSAC
 * (as OpenCV findHomography with RANSAC): draw 4 distinct correspondences, fit the DLT, count
 * inliers; whenever the best count improves, lower the iteration budget to ransacIterations(p,
 * 1 − inlierRatio, 4). Finally refit the DLT on all inliers of the best model and re-select.
 */
export function ransacHomography(src: ArrayLike<number>, dst: ArrayLike<number>, opts: RansacOptions): RansacResult {
  const n = src.length / 2;
  if (n < 4 || dst.length !== src.length) throw new Error(`ransacHomography: need ≥ 4 correspondences, got ${n}`);
  const t2 = (opts.threshold ?? 3) ** 2;
  const p = opts.confidence ?? 0.995;
  let budget = opts.maxIterations ?? 2000;
  let best: Homography | undefined;
  let bestCount = 0;
  const history: RansacStep[] = [];
  let it = 0;
  const pick = (idx: number[], from: ArrayLike<number>) => idx.flatMap((i) => [from[2 * i], from[2 * i + 1]]);
  for (; it < budget; it++) {
    const idx: number[] = [];
    while (idx.length < 4) {
      const k = randInt(opts.rand, 0, n - 1);
      if (!idx.includes(k)) idx.push(k);
    }
    if (degenerate(src, idx) || degenerate(dst, idx)) continue;
    const H = findHomographyDLT(pick(idx, src), pick(idx, dst));
    if (!H.every(Number.isFinite)) continue;
    const count = countInliers(H, src, dst, t2);
    if (count > bestCount) {
      [best, bestCount] = [H, count];
      budget = Math.min(budget, ransacIterations(p, 1 - count / n, 4));
      history.push({ iteration: it + 1, inliers: count, required: budget });
    }
  }
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
  return { H: best, inliers, iterations: it, history };
}
