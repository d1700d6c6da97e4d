import { applyHomography, findHomographyDLT, type Homography } from './homography';
import { randInt, type Random } from './random';
import { ransacIterations } from './ransacIterations';

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

/** One RANSAC draw: the 4 correspondences sampled, their model (null when degenerate) and where the search stands after it. */
export interface RansacIteration {
  sample: number[];
  H: Homography | null;
  inliers: number; // of this sample's model (0 when degenerate)
  best: number; // best count so far
  bestAt: number; // index (0-based) of the iteration that found it, −1 before any
  budget: number; // the adaptive N after this iteration
}

export interface RansacTrace {
  iterations: RansacIteration[];
  best: Homography | undefined; // the best minimal-sample model (before any refit)
  bestCount: number;
  history: RansacStep[]; // one entry per improvement
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

/** Correspondences whose forward reprojection error is below √t2 (written into `mask` when given). */
export function countInliers(H: ArrayLike<number>, src: ArrayLike<number>, dst: ArrayLike<number>, t2: number, mask?: Uint8Array): number {
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
 * RANSAC's search for a homography, every iteration recorded (OpenCV findHomography's loop, as
 * ransacHomography runs it): draw 4 distinct correspondences, skip the sample if three of them
 * are collinear in either image, fit the DLT, count inliers; whenever the best count improves,
 * lower the budget to ransacIterations(p, 1 − inlierRatio, 4). Stops when the iteration count
 * reaches the budget. No refit: that is ransacHomography's last step.
 */
export function ransacTrace(src: ArrayLike<number>, dst: ArrayLike<number>, opts: RansacOptions): RansacTrace {
  const n = src.length / 2;
  if (n < 4 || dst.length !== src.length) throw new Error(`ransacHomography: need ≥ 4 correspondences, got ${n}`);
  const t2 = (opts.threshold ?? 3) ** 2;
  const p = opts.confidence ?? 0.995;
  let budget = opts.maxIterations ?? 2000;
  let best: Homography | undefined;
  let [bestCount, bestAt] = [0, -1];
  const history: RansacStep[] = [];
  const iterations: RansacIteration[] = [];
  const pick = (idx: number[], from: ArrayLike<number>) => idx.flatMap((i) => [from[2 * i], from[2 * i + 1]]);
  for (let it = 0; it < budget; it++) {
    const idx: number[] = [];
    while (idx.length < 4) {
      const k = randInt(opts.rand, 0, n - 1);
      if (!idx.includes(k)) idx.push(k);
    }
    let H: Homography | null = null;
    let count = 0;
    if (!degenerate(src, idx) && !degenerate(dst, idx)) {
      const fit = findHomographyDLT(pick(idx, src), pick(idx, dst));
      if (fit.every(Number.isFinite)) [H, count] = [fit, countInliers(fit, src, dst, t2)];
    }
    if (H && count > bestCount) {
      [best, bestCount, bestAt] = [H, count, it];
      budget = Math.min(budget, ransacIterations(p, 1 - count / n, 4));
      history.push({ iteration: it + 1, inliers: count, required: budget });
    }
    iterations.push({ sample: idx, H, inliers: count, best: bestCount, bestAt, budget });
  }
  return { iterations, best, bestCount, history };
}
