import { logSumExp } from '../../kernels/softmax';

/** Accuracy and mean softmax cross-entropy of logits [N, K] against labels [N] (arg-max ties go to the lower class). */
export function logitMetrics(logits: Float32Array, labels: Int32Array, K: number): { accuracy: number; loss: number } {
  let loss = 0;
  let right = 0;
  for (let i = 0; i < labels.length; i++) {
    const z = logits.subarray(i * K, (i + 1) * K);
    let best = 0;
    for (let k = 1; k < K; k++) if (z[k] > z[best]) best = k;
    right += best === labels[i] ? 1 : 0;
    loss += logSumExp(z) - z[labels[i]];
  }
  return { accuracy: right / labels.length, loss: loss / labels.length };
}
