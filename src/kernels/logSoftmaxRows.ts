import type { Tensor } from './tensor';

/**
 * Row-wise log-softmax of logits [n, k]: out[i, j] = z[i, j] − log Σ_m exp(z[i, m]), with the
 * row maximum subtracted first so large logits stay finite. A −∞ logit is a class the model
 * cannot name (a zero-shot classifier whose prompt set lacks it): its log-probability stays −∞
 * and the other classes share all the mass. A row of only −∞ stays −∞ (no distribution).
 * Matches tfjs `tf.logSoftmax(z, -1)` on finite inputs (tests/unit/kernels/logSoftmaxRows.test.ts).
 * Computed in float64 per row, rounded once into float32.
 */
export function logSoftmaxRows(logits: Tensor): Tensor {
  if (logits.shape.length !== 2) throw new Error(`logSoftmaxRows: expected [n, k], got [${logits.shape.join(', ')}]`);
  const [n, k] = logits.shape;
  const z = logits.data;
  const out = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, z[i * k + j]);
    let s = 0;
    if (max !== -Infinity) for (let j = 0; j < k; j++) s += Math.exp(z[i * k + j] - max);
    const lse = max + Math.log(s);
    for (let j = 0; j < k; j++) out[i * k + j] = max === -Infinity ? -Infinity : z[i * k + j] - lse;
  }
  return { data: out, shape: [n, k] };
}
