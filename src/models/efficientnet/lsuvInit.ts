import * as tf from '@tensorflow/tfjs';

/**
 * Layer-sequential unit-variance initialisation (LSUV, Mishkin & Matas 2016), what lets the
 * family train without batch norm: in topological order, each conv / depthwise conv kernel is
 * rescaled so that its layer's output has standard deviation `target` on a real batch.
 * Why it is needed here: at initialisation swish behaves like x/2 and the SE gate like ×0.5, so
 * with He init every MBConv block shrank the signal about fourfold; the φ = 0 net's logits came
 * out at ~1e-4 and it sat at chance (loss ln 3) for 100 steps. `targetOf` gives each layer its
 * target (null: leave it). Biases are left as they are. Deterministic.
 * One eager pass over the layers, keeping every activation: each layer runs once on its (already
 * rescaled) inputs, is rescaled, and runs again, so the cost is about two forward passes.
 */
export function lsuvInit(model: tf.LayersModel, x: tf.Tensor4D, targetOf: (layer: tf.layers.Layer) => number | null): void {
  const values = new Map<number, tf.Tensor>([[model.inputs[0].id, x]]);
  try {
    for (const layer of model.layers) {
      if (layer.getClassName() === 'InputLayer') continue;
      const ins = ([layer.input].flat() as tf.SymbolicTensor[]).map((t) => values.get(t.id)!);
      const run = () => tf.tidy(() => layer.apply(ins.length === 1 ? ins[0] : ins) as tf.Tensor);
      let y = run();
      const target = targetOf(layer);
      if (target !== null) {
        const std = tf.tidy(() => tf.moments(y).variance.sqrt().dataSync()[0]);
        if (std > 1e-12) {
          const [kernel, ...rest] = layer.getWeights();
          const scaled = tf.tidy(() => tf.mul(kernel, target / std));
          layer.setWeights([scaled, ...rest]);
          scaled.dispose();
          y.dispose();
          y = run();
        }
      }
      values.set((layer.output as tf.SymbolicTensor).id, y);
    }
  } finally {
    for (const [id, t] of values) if (id !== model.inputs[0].id) t.dispose();
  }
}
