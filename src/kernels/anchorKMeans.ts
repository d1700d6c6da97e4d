import { randomSeeded } from './random';
import { assertRank, type Tensor } from './tensor';

/**
 * YOLOv2's anchor clustering (Redmon & Farhadi 2017, §"Dimension Clusters"; REFERENCE.md §7):
 * k-means over box sizes [N,2] = (w, h) in pixels with the distance d = 1 − IoU of the two sizes
 * placed at a common centre, so a big box is not "far" just because its pixels differ a lot.
 * - init: k-means++ on d² with a seeded generator (the same seed gives the same anchors);
 * - assign: the centroid of highest IoU (lowest index on ties);
 * - update: the mean w and h of each cluster, as darknet's gen_anchors scripts do; an empty
 *   cluster keeps its centroid. Stops when no assignment changes, or after maxIterations.
 * Anchors come back sorted by area (darknet's cfg order), with assignments renumbered to match.
 */
export interface AnchorKMeansOptions {
  seed?: number; // default 0
  maxIterations?: number; // default 300
}

export interface AnchorKMeansResult {
  anchors: Tensor; // [k,2] (w, h), increasing area
  assignment: Int32Array; // [N] anchor index of each box
  meanIou: number; // mean IoU of each box with its anchor: YOLOv2's "Avg IOU"
  iterations: number;
}

/** IoU of two sizes centred on each other. */
export function whIou(w1: number, h1: number, w2: number, h2: number): number {
  const inter = Math.min(w1, w2) * Math.min(h1, h2);
  return inter / (w1 * h1 + w2 * h2 - inter);
}

export function anchorKMeans(sizes: Tensor, k: number, opts: AnchorKMeansOptions = {}): AnchorKMeansResult {
  assertRank(sizes, 2, 'anchorKMeans: sizes [N,2]');
  const [n, two] = sizes.shape;
  if (two !== 2) throw new Error(`anchorKMeans: sizes must have shape [N,2], got [${sizes.shape}]`);
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`anchorKMeans: k must be an integer in [1, ${n}], got ${k}`);
  const wh = sizes.data;
  for (let i = 0; i < 2 * n; i++)
    if (!(wh[i] > 0 && Number.isFinite(wh[i]))) throw new Error(`anchorKMeans: box ${i >> 1} has a non-positive or non-finite side`);
  const { seed = 0, maxIterations = 300 } = opts;
  const c = initPlusPlus(wh, n, k, seed);
  const assignment = new Int32Array(n).fill(-1);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      const best = nearest(wh[2 * i], wh[2 * i + 1], c, k);
      if (best !== assignment[i]) [assignment[i], changed] = [best, true];
    }
    if (!changed) break;
    const sum = new Float64Array(3 * k);
    for (let i = 0; i < n; i++) {
      const a = assignment[i];
      [sum[3 * a], sum[3 * a + 1], sum[3 * a + 2]] = [sum[3 * a] + wh[2 * i], sum[3 * a + 1] + wh[2 * i + 1], sum[3 * a + 2] + 1];
    }
    for (let a = 0; a < k; a++) if (sum[3 * a + 2] > 0) [c[2 * a], c[2 * a + 1]] = [sum[3 * a] / sum[3 * a + 2], sum[3 * a + 1] / sum[3 * a + 2]];
  }
  const byArea = Array.from({ length: k }, (_, a) => a).sort((p, q) => c[2 * p] * c[2 * p + 1] - c[2 * q] * c[2 * q + 1] || c[2 * p] - c[2 * q]);
  const rank = new Int32Array(k);
  byArea.forEach((a, r) => (rank[a] = r));
  let iouSum = 0;
  for (let i = 0; i < n; i++) iouSum += whIou(wh[2 * i], wh[2 * i + 1], c[2 * assignment[i]], c[2 * assignment[i] + 1]);
  return {
    anchors: { data: Float32Array.from(byArea.flatMap((a) => [c[2 * a], c[2 * a + 1]])), shape: [k, 2] },
    assignment: assignment.map((a) => rank[a]),
    meanIou: iouSum / n,
    iterations,
  };
}

function nearest(w: number, h: number, c: Float64Array, k: number): number {
  let best = 0;
  let bestIou = -1;
  for (let a = 0; a < k; a++) {
    const v = whIou(w, h, c[2 * a], c[2 * a + 1]);
    if (v > bestIou) [best, bestIou] = [a, v];
  }
  return best;
}

/** k-means++: each next centroid is a box drawn with probability ∝ d² to its nearest centroid. */
function initPlusPlus(wh: Float32Array, n: number, k: number, seed: number): Float64Array {
  const rand = randomSeeded(seed);
  const c = new Float64Array(2 * k);
  const first = Math.floor(rand() * n);
  [c[0], c[1]] = [wh[2 * first], wh[2 * first + 1]];
  const d2 = new Float64Array(n).fill(Infinity);
  for (let a = 1; a < k; a++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = 1 - whIou(wh[2 * i], wh[2 * i + 1], c[2 * a - 2], c[2 * a - 1]);
      d2[i] = Math.min(d2[i], d * d);
      total += d2[i];
    }
    // Fewer distinct sizes than k: every weight is 0, so fall back to a uniform draw.
    let pick = Math.min(Math.floor(rand() * n), n - 1);
    if (total > 0) {
      let u = rand() * total;
      for (pick = 0; pick < n - 1 && (u -= d2[pick]) >= 0; pick++);
    }
    [c[2 * a], c[2 * a + 1]] = [wh[2 * pick], wh[2 * pick + 1]];
  }
  return c;
}
