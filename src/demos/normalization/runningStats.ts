import { batchNorm, batchNormState } from '../../kernels/batchNorm';
import { normal, randomSeeded } from '../../kernels/random';
import { tensor } from '../../kernels/tensor';

/**
 * The core of the (unfinished) normalisation demo: batch norm's running statistics converging
 * over training steps on activations of one channel drawn from N(mean, std²), batches of
 * `batch` × `plane` values, PyTorch's momentum convention (0.1 = Keras 0.9, REFERENCE §22).
 * Returns, per step, the batch mean used in training mode and the running mean eval mode would use.
 */
export function runningStats(o: { steps: number; batch: number; plane: number; mean: number; std: number; momentum: number; seed: number }) {
  const rand = randomSeeded(o.seed);
  const state = batchNormState(1);
  const batchMeans: number[] = [];
  const runningMeans: number[] = [];
  const runningVars: number[] = [];
  for (let t = 0; t < o.steps; t++) {
    const data = Float32Array.from({ length: o.batch * o.plane }, () => o.mean + o.std * normal(rand));
    const { mean } = batchNorm(tensor([o.batch, 1, 1, o.plane], data), state, { training: true, momentum: o.momentum });
    batchMeans.push(mean[0]);
    runningMeans.push(state.runningMean[0]);
    runningVars.push(state.runningVar[0]);
  }
  return { batchMeans, runningMeans, runningVars };
}
