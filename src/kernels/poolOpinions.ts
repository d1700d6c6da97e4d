import type { Tensor } from './tensor';

export type PoolRule = 'log-linear' | 'linear';

/**
 * Fuses two classifiers' opinions over the same k classes, per row of [n, k] log-probabilities
 * (−∞ allowed: a class an expert cannot name), with weight w ∈ [0, 1] on expert A:
 *   log-linear (weighted product of experts, Hinton 2002; Genest & Zidek 1986's logarithmic pool):
 *     p ∝ exp(w·log a + (1 − w)·log b), normalised by a max-subtracted log-sum-exp;
 *   linear (mixture, Stone 1961's linear opinion pool): p = w·a + (1 − w)·b.
 * Returns probabilities [n, k]; every row sums to 1. A weight of 0 drops its expert entirely
 * (0·log 0 is taken as 0, so an expert with no weight cannot veto). Under the log-linear rule any
 * weighted expert that gives a class probability 0 vetoes it; a row where the two experts leave
 * no class in common (every fused term −∞) falls back to the linear pool, so it still sums to 1.
 * Float64 per row, rounded once into float32.
 */
export function poolOpinions(logA: Tensor, logB: Tensor, w: number, rule: PoolRule = 'log-linear'): Tensor {
  if (!(w >= 0 && w <= 1)) throw new Error(`poolOpinions: w must be in [0, 1], got ${w}`);
  if (logA.shape.length !== 2 || logA.shape.join() !== logB.shape.join())
    throw new Error(`poolOpinions: expected two [n, k] tensors of one shape, got [${logA.shape.join(', ')}] and [${logB.shape.join(', ')}]`);
  const [n, k] = logA.shape;
  const out = new Float32Array(n * k);
  const z = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const a = logA.data.subarray(i * k, (i + 1) * k);
    const b = logB.data.subarray(i * k, (i + 1) * k);
    let max = -Infinity;
    if (rule === 'log-linear') {
      for (let j = 0; j < k; j++) {
        z[j] = (w > 0 ? w * a[j] : 0) + (w < 1 ? (1 - w) * b[j] : 0);
        max = Math.max(max, z[j]);
      }
    }
    if (max === -Infinity) {
      for (let j = 0; j < k; j++) out[i * k + j] = w * Math.exp(a[j]) + (1 - w) * Math.exp(b[j]);
      continue;
    }
    let s = 0;
    for (let j = 0; j < k; j++) s += Math.exp(z[j] - max);
    for (let j = 0; j < k; j++) out[i * k + j] = Math.exp(z[j] - max) / s;
  }
  return { data: out, shape: [n, k] };
}
