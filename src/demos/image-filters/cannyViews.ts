import type { CannyStages } from '../../kernels/canny';

/** Colours of the Canny pictures (RGB in [0, 1]): strong edges white, weak orange, dropped weak dim red. */
const STRONG = [1, 1, 1];
const WEAK = [1, 0.6, 0.1];
const DROPPED = [0.55, 0.12, 0.12];
const NONE = [0, 0, 0];

function paint(n: number, colour: (p: number) => number[]): Float32Array {
  const out = new Float32Array(3 * n);
  for (let p = 0; p < n; p++) {
    const c = colour(p);
    for (let k = 0; k < 3; k++) out[k * n + p] = c[k];
  }
  return out;
}

/** After non-maximum suppression: the survivors by class (CHW [3, H, W]). */
export const nmsPicture = (s: CannyStages) => paint(s.classes.length, (p) => (s.classes[p] === 2 ? STRONG : s.classes[p] === 1 ? WEAK : NONE));

/** After hysteresis: strong edges, weak ones kept (connected to a strong one) and weak ones dropped. */
export const hysteresisPicture = (s: CannyStages) =>
  paint(s.classes.length, (p) => (s.classes[p] === 2 ? STRONG : s.classes[p] === 1 ? (s.edges[p] ? WEAK : DROPPED) : NONE));

export interface CannyCounts {
  aboveLow: number; // pixels with magnitude > low before thinning
  strong: number;
  weak: number;
  weakKept: number;
  edges: number;
}

export function cannyCounts(s: CannyStages, low: number): CannyCounts {
  const c = { aboveLow: 0, strong: 0, weak: 0, weakKept: 0, edges: 0 };
  for (let p = 0; p < s.classes.length; p++) {
    if (s.magnitude[p] > low) c.aboveLow++;
    if (s.classes[p] === 2) c.strong++;
    if (s.classes[p] === 1) {
      c.weak++;
      if (s.edges[p]) c.weakKept++;
    }
    if (s.edges[p]) c.edges++;
  }
  return c;
}

/** A histogram of the non-zero magnitudes: `bins` equal bins over [0, max]. */
export function magnitudeHistogram(m: Float32Array, bins: number): { counts: number[]; max: number } {
  let max = 0;
  for (const v of m) max = Math.max(max, v);
  const counts = new Array<number>(bins).fill(0);
  if (max === 0) return { counts, max: 1 };
  for (const v of m) if (v > 0) counts[Math.min(bins - 1, Math.floor((v / max) * bins))]++;
  return { counts, max };
}
