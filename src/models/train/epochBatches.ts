import type { Random } from '../../kernels/random';
import { shuffled } from './shuffled';

/**
 * Minibatches over a fixed training set in epochs, as fitModel draws them: a fresh seeded shuffle at
 * the start of each epoch, floor(n / batch) batches (the remainder is dropped; at least one batch), and
 * a batch no larger than the set. `indices(k)` gives step k's rows (k 1-based, called in order).
 */
export function epochBatches(trainSize: number, batchSize: number, rand: Random) {
  const batch = Math.min(batchSize, trainSize);
  const stepsPerEpoch = Math.max(1, Math.floor(trainSize / batch));
  let order: Int32Array = new Int32Array(0);
  return {
    batch,
    stepsPerEpoch,
    indices(k: number): Int32Array {
      const s = (k - 1) % stepsPerEpoch;
      if (s === 0) order = shuffled(trainSize, rand);
      return order.subarray(s * batch, (s + 1) * batch);
    },
  };
}
