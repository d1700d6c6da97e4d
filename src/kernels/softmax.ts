/**
 * Softmax with a temperature over a 1-D array of logits: p_i = exp(z_i/τ) / Σ_j exp(z_j/τ).
 * τ < 1 sharpens, τ > 1 flattens; τ → 0 tends to a one-hot argmax, τ → ∞ to uniform.
 * The maximum of z/τ is subtracted before exp, so logits of any size stay finite (exp(0) = 1 is
 * the largest term). Matches tfjs `tf.softmax(z / τ)` (tests/unit/kernels/softmax.test.ts).
 * Computed in float64 and rounded once into the float32 output. An empty input gives an empty output.
 */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float32Array {
  if (!(temperature > 0 && Number.isFinite(temperature))) throw new Error(`softmax: temperature must be a positive finite number, got ${temperature}`);
  const n = logits.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, logits[i] / temperature);
  const e = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += e[i] = Math.exp(logits[i] / temperature - max);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = e[i] / sum;
  return out;
}

/** log Σ exp(x_i), max-subtracted: the stable form every cross-entropy below uses. −∞ for an empty input. */
export function logSumExp(x: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) max = Math.max(max, x[i]);
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.exp(x[i] - max);
  return max + Math.log(s);
}
