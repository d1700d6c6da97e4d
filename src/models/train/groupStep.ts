import * as tf from '@tensorflow/tfjs';

/**
 * One optimisation step with parameter groups, each with its own optimiser (so its own learning
 * rate), like PyTorch's `param_groups`. tfjs's `optimizer.minimize` takes one learning rate, and
 * scaling a group's gradients instead would do nothing under Adam (its step is invariant to gradient
 * scale), hence one Adam per group. Variables in no group are frozen: no gradient is even computed
 * for them, so they stay bit-identical. `lossFn` runs inside the gradient tape; the loss is returned.
 */
export interface ParamGroup {
  variables: tf.Variable[];
  optimizer: tf.Optimizer;
}

export function groupStep(lossFn: () => tf.Scalar, groups: ParamGroup[]): number {
  const live = groups.filter((g) => g.variables.length > 0);
  const { value, grads } = tf.variableGrads(
    lossFn,
    live.flatMap((g) => g.variables),
  );
  for (const g of live) g.optimizer.applyGradients(Object.fromEntries(g.variables.map((v) => [v.name, grads[v.name]])));
  const loss = value.dataSync()[0];
  tf.dispose([value, grads]);
  return loss;
}

/** The tf.Variables behind a layer's trainable weights (what groupStep and tf.variableGrads take). */
export function layerVariables(layers: tf.layers.Layer[]): tf.Variable[] {
  return layers.flatMap((l) => l.trainableWeights.map((w) => w.read() as tf.Variable));
}
