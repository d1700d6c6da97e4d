import { assertRank, type Tensor } from './tensor';

/**
 * Batch normalisation of NCHW activations, per channel, as torch.nn.BatchNorm2d does it
 * (REFERENCE §22): in training, normalise with the batch mean and the *biased* variance, and update
 * the running statistics with momentum m (PyTorch's 0.1; Keras writes the same as 0.9):
 *   running ← (1 − m)·running + m·batch, storing the *unbiased* variance (n/(n−1) of the biased one);
 * in evaluation, normalise with the running statistics. Output = γ·x̂ + β, x̂ = (x − μ)/√(σ² + ε).
 * Evaluation mode is ONNX BatchNormalization (inference form); the tests run it in onnxruntime.
 */
export interface BatchNormState {
  runningMean: Float64Array; // [C]
  runningVar: Float64Array; // [C]
}

export interface BatchNormOptions {
  training: boolean;
  momentum?: number; // default 0.1
  eps?: number; // default 1e-5
  gamma?: ArrayLike<number>; // [C], default 1
  beta?: ArrayLike<number>; // [C], default 0
}

export function batchNormState(channels: number): BatchNormState {
  return { runningMean: new Float64Array(channels), runningVar: new Float64Array(channels).fill(1) };
}

/** Normalises x; in training mode also updates `state` in place. Returns the output and the statistics used. */
export function batchNorm(x: Tensor, state: BatchNormState, o: BatchNormOptions): { y: Tensor; mean: Float64Array; variance: Float64Array } {
  assertRank(x, 4, 'batchNorm input');
  const [N, C, H, W] = x.shape;
  const plane = H * W;
  const count = N * plane;
  const m = o.momentum ?? 0.1;
  const eps = o.eps ?? 1e-5;
  const mean = new Float64Array(C);
  const variance = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    if (!o.training) {
      mean[c] = state.runningMean[c];
      variance[c] = state.runningVar[c];
      continue;
    }
    if (count === 0) throw new Error('batchNorm: training needs at least one value per channel');
    let s = 0;
    for (let n = 0; n < N; n++) for (let p = 0; p < plane; p++) s += x.data[(n * C + c) * plane + p];
    mean[c] = s / count;
    let q = 0;
    for (let n = 0; n < N; n++) for (let p = 0; p < plane; p++) q += (x.data[(n * C + c) * plane + p] - mean[c]) ** 2;
    variance[c] = q / count; // biased: what normalises the batch
    state.runningMean[c] = (1 - m) * state.runningMean[c] + m * mean[c];
    // One value per channel has no unbiased variance (n − 1 = 0); store the biased 0 rather than NaN.
    const unbiased = count > 1 ? q / (count - 1) : variance[c];
    state.runningVar[c] = (1 - m) * state.runningVar[c] + m * unbiased;
  }
  const y = new Float32Array(x.data.length);
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      const scale = (o.gamma ? o.gamma[c] : 1) / Math.sqrt(variance[c] + eps);
      const shift = (o.beta ? o.beta[c] : 0) - mean[c] * scale;
      const base = (n * C + c) * plane;
      for (let p = 0; p < plane; p++) y[base + p] = x.data[base + p] * scale + shift;
    }
  }
  return { y: { data: y, shape: [N, C, H, W] }, mean, variance };
}
