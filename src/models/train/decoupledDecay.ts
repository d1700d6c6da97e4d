import * as tf from '@tensorflow/tfjs';

/**
 * Decoupled weight decay after an optimiser step, PyTorch AdamW's convention (REFERENCE §21):
 * θ ← θ − lr·λ·θ, on kernels only (biases are not decayed, as is usual). tfjs's Adam has no weight
 * decay of its own, so this is the "W" of AdamW, applied beside tf.train.adam.
 */
export function decoupledDecay(model: tf.LayersModel, learningRate: number, lambda: number): void {
  if (!(lambda > 0)) return;
  const keep = 1 - learningRate * lambda;
  tf.tidy(() => {
    for (const w of model.trainableWeights) if (w.name.endsWith('kernel')) w.write(tf.mul(w.read(), keep));
  });
}
