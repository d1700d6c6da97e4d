/**
 * Output analysis for the simulators: percentiles, means and confidence intervals.
 * Percentiles interpolate linearly between order statistics (NumPy's default "linear" method,
 * position q·(n − 1)); confidence intervals use Student's t at 95%, two-sided, because the
 * replications or batch means they are built from number 5 to 50, too few for 1.96.
 */

/** q ∈ [0, 1] quantile of values (copied and sorted; NaN when empty). */
export function percentile(values: ArrayLike<number>, q: number): number {
  return percentileSorted(Float64Array.from(values).sort(), q);
}

/** Quantile of already ascending-sorted values: no copy, for taking several percentiles at once. */
export function percentileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = Math.min(Math.max(q, 0), 1) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return values.length > 0 ? s / values.length : NaN;
}

// t_{0.975, df} for df = 1..30 (standard tables); beyond 30, 1.96 + 2.5/df is within 0.002.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tQuantile975(df: number): number {
  if (df < 1) return Infinity;
  return df <= 30 ? T975[Math.floor(df) - 1] : 1.96 + 2.5 / df;
}

export interface MeanCI {
  mean: number;
  /** Half-width of the 95% confidence interval: mean ± halfWidth. */
  halfWidth: number;
  n: number;
}

/** 95% t-interval for the mean of independent, roughly normal observations (replications or batch means). */
export function meanCI(values: ArrayLike<number>): MeanCI {
  const n = values.length;
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - m) ** 2;
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Infinity;
  return { mean: m, halfWidth: (tQuantile975(n - 1) * sd) / Math.sqrt(n), n };
}

/**
 * Means of k consecutive equal batches (the remainder is dropped). Waits of successive requests
 * are correlated; means of long batches are nearly independent, so `meanCI(batchMeans(w, k))`
 * gives an honest interval from one long run.
 */
export function batchMeans(values: ArrayLike<number>, k: number): Float64Array {
  const size = Math.floor(values.length / k);
  const out = new Float64Array(size > 0 ? k : 0);
  for (let b = 0; b < out.length; b++) {
    let s = 0;
    for (let i = b * size; i < (b + 1) * size; i++) s += values[i];
    out[b] = s / size;
  }
  return out;
}

export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Mean and p50 / p95 / p99 of a latency sample (NaN when empty). */
export function latencySummary(values: ArrayLike<number>): LatencySummary {
  // slice() of a typed array is a memcpy; Float64Array.from on a plain array iterates.
  const s = (values instanceof Float64Array ? values.slice() : Float64Array.from(values)).sort();
  return { mean: mean(s), p50: percentileSorted(s, 0.5), p95: percentileSorted(s, 0.95), p99: percentileSorted(s, 0.99) };
}
