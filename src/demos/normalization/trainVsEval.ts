import { batchNorm } from '../../kernels/batchNorm';
import { normal, randomSeeded } from '../../kernels/random';
import { tensor } from '../../kernels/tensor';
import { runningStats } from './runningStats';

/** The activation distribution of the running-statistics panel: one channel, N(3, 2²), 4 × 4 planes. */
export const ACTIVATION = { mean: 3, std: 2, plane: 16 };

/**
 * Batch norm after `steps` training batches: the running statistics it reached, and one fresh
 * batch normalised both ways, with the batch's own statistics (train mode) and with the running
 * ones (eval mode, what model.eval() uses). They agree once the running averages have converged
 * and the batch is large enough to represent the data.
 */
export function trainVsEval(o: { steps: number; batch: number; momentum: number; seed: number }) {
  const history = runningStats({ ...o, ...ACTIVATION });
  const state = { runningMean: Float64Array.of(history.runningMeans.at(-1)!), runningVar: Float64Array.of(history.runningVars.at(-1)!) };
  const rand = randomSeeded(o.seed + 1_000_003); // a batch the running statistics never saw
  const x = tensor(
    [o.batch, 1, 1, ACTIVATION.plane],
    Array.from({ length: o.batch * ACTIVATION.plane }, () => ACTIVATION.mean + ACTIVATION.std * normal(rand)),
  );
  const frozen = { runningMean: state.runningMean.slice(), runningVar: state.runningVar.slice() };
  const train = batchNorm(x, frozen, { training: true, momentum: o.momentum });
  const evalMode = batchNorm(x, state, { training: false });
  let gap = 0;
  for (let i = 0; i < x.data.length; i++) gap = Math.max(gap, Math.abs(train.y.data[i] - evalMode.y.data[i]));
  return { history, state, x, train, evalMode, gap };
}
