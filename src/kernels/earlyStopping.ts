/**
 * The early-stopping rule on a validation-loss curve, as Keras's `EarlyStopping(monitor='val_loss',
 * min_delta, patience)` applies it once per epoch: an epoch improves when its loss is below the best
 * so far by more than `minDelta`; otherwise a wait counter grows, and training stops at the epoch
 * where it reaches `patience`. `losses[e]` is the loss after epoch e + 1 (0-based index).
 * Returns the best epoch's index and the index of the epoch the rule stops after (null: never).
 * With `restore_best_weights` a stopped run keeps the weights of `best`.
 */
export interface EarlyStop {
  best: number; // index of the lowest loss seen up to the stop (or the end)
  stop: number | null; // index of the epoch after which training stops
}

export function earlyStopping(losses: ArrayLike<number>, patience: number, minDelta = 0): EarlyStop {
  let best = -1;
  let bestLoss = Infinity;
  let wait = 0;
  for (let e = 0; e < losses.length; e++) {
    // NaN never improves: a diverged epoch counts against patience.
    if (losses[e] < bestLoss - minDelta) {
      bestLoss = losses[e];
      best = e;
      wait = 0;
    } else if (++wait >= patience) return { best: Math.max(0, best), stop: e };
  }
  return { best: Math.max(0, best), stop: null };
}
