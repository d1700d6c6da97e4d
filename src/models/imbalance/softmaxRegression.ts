import { optimizerState, optimizerStep } from '../../kernels/optimizerStep';
import { weightedFocal } from './weightedFocal';

/**
 * A linear softmax classifier on D standardised features (K·D weights and K biases), trained by
 * full-batch Adam on the weighted focal loss. Tiny on purpose: it trains in milliseconds in the
 * worker, and what imbalance does to it is what it does to the last layer of a deep net.
 */
export interface LinearModel {
  classes: number;
  dims: number;
  theta: Float64Array; // [K·D weights, row c = class c; then K biases]
  mean: Float64Array; // [D] training-set feature mean
  std: Float64Array; // [D] training-set feature std
  losses: number[]; // per step
}

export interface FitOptions {
  gamma: number;
  weights: ArrayLike<number> | null;
  steps: number;
  lr: number;
}

export function fitSoftmaxRegression(x: Float64Array, y: Int32Array, classes: number, dims: number, o: FitOptions): LinearModel {
  const n = y.length;
  const mean = new Float64Array(dims);
  const std = new Float64Array(dims);
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) mean[d] += x[i * dims + d] / n;
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) std[d] += (x[i * dims + d] - mean[d]) ** 2 / n;
  for (let d = 0; d < dims; d++) std[d] = Math.sqrt(std[d]) || 1;
  const model: LinearModel = { classes, dims, theta: new Float64Array(classes * (dims + 1)), mean, std, losses: [] };
  const xs = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) xs[i] = (x[i] - mean[i % dims]) / std[i % dims];
  const state = optimizerState(model.theta.length);
  const g = new Float64Array(model.theta.length);
  for (let t = 0; t < o.steps; t++) {
    const { loss, grad } = weightedFocal(logitsOf(model, xs, n, false), y, classes, o.gamma, o.weights);
    model.losses.push(loss);
    g.fill(0);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < classes; c++) {
        const gz = grad[i * classes + c];
        for (let d = 0; d < dims; d++) g[c * dims + d] += gz * xs[i * dims + d];
        g[classes * dims + c] += gz;
      }
    }
    optimizerStep('adam', { lr: o.lr }, model.theta, g, state);
  }
  return model;
}

/** Logits [N, K] of raw features (standardised with the model's training statistics unless `standardised`). */
export function logitsOf(m: LinearModel, x: Float64Array, n: number, raw = true): Float64Array {
  const { classes: K, dims: D, theta } = m;
  const z = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < K; c++) {
      let s = theta[K * D + c];
      for (let d = 0; d < D; d++) s += theta[c * D + d] * (raw ? (x[i * D + d] - m.mean[d]) / m.std[d] : x[i * D + d]);
      z[i * K + c] = s;
    }
  }
  return z;
}
