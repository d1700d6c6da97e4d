import { batchNorm } from '../../kernels/batchNorm';
import { maxAbsDiff, type Tensor } from '../../kernels/tensor';
import { normalizeBlock, type NormKind } from './normGroups';

const EPS = 1e-5;

/**
 * The in-page check: our kernels against tfjs on the demo's own numbers (tfjs loaded on click).
 * Training-mode batch norm and the grid's normalisation against tf.moments (biased, as PyTorch
 * normalises) and tf.batchNorm; eval-mode batch norm against tf.batchNorm with the running
 * statistics. tf.batchNorm broadcasts per-channel statistics along the last axis, so the NCHW grid
 * goes through it transposed to NHWC (given NCHW with [1, C, 1, 1] statistics it silently mixes
 * channels). Group norm is tf.moments over a [N, G, C/G·H·W] reshape; layer norm is G = 1.
 */
export async function checkNormsAgainstTfjs(
  grid: Tensor,
  kind: NormKind,
  groups: number,
  batch: Tensor,
  running: { runningMean: Float64Array; runningVar: Float64Array },
): Promise<{ maxAbsDiff: number; note: string }> {
  const tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
  const [N, C, H, W] = grid.shape;
  const theirsGrid = tf.tidy(() => {
    const t = tf.tensor4d(grid.data, [N, C, H, W]);
    if (kind === 'batch') {
      // tf.batchNorm broadcasts its [C] statistics along the last axis (channels-last): give it NHWC.
      const nhwc = tf.transpose(t, [0, 2, 3, 1]);
      const { mean, variance } = tf.moments(nhwc, [0, 1, 2]);
      return tf.transpose(tf.batchNorm(nhwc, mean, variance, undefined, undefined, EPS), [0, 3, 1, 2]).dataSync();
    }
    const g = kind === 'layer' ? 1 : kind === 'instance' ? C : groups;
    const r = tf.reshape(t, [N, g, (C / g) * H * W]);
    const { mean, variance } = tf.moments(r, [2], true);
    return tf.div(tf.sub(r, mean), tf.sqrt(tf.add(variance, EPS))).dataSync();
  });
  const theirsEval = tf.tidy(() =>
    tf
      .batchNorm(
        tf.tensor4d(batch.data, batch.shape as [number, number, number, number]),
        tf.tensor1d(Float32Array.from(running.runningMean)).reshape([1, 1, 1, 1]),
        tf.tensor1d(Float32Array.from(running.runningVar)).reshape([1, 1, 1, 1]),
        undefined,
        undefined,
        EPS,
      )
      .dataSync(),
  );
  const oursEval = batchNorm(batch, { runningMean: running.runningMean.slice(), runningVar: running.runningVar.slice() }, { training: false }).y;
  const worst = Math.max(maxAbsDiff(normalizeBlock(grid, kind, groups).data, theirsGrid), maxAbsDiff(oursEval.data, theirsEval));
  return { maxAbsDiff: worst, note: `${kind} norm on the [${grid.shape.join(', ')}] grid and eval-mode batch norm on the ${batch.shape[0]}-sample batch` };
}
