import * as tf from '@tensorflow/tfjs';

/**
 * The fitting demo's network, whose capacity is one number, `width`: conv3×3(w)–pool–conv3×3(2w)–pool,
 * flatten, dense(4w, relu), dropout, dense(3) logits. NHWC [N, S, S, 3] in. A flatten head (not global
 * pooling, as the shipped classifier has) ties features to positions, so a wide one can memorise a
 * small training set: that is what the demo needs to show. Seeded: same seed, same initial weights.
 */
export interface FitNetConfig {
  inputSize: number;
  width: number; // filters of the first conv; ≥ 1
  dropout: number; // rate before the logits, in [0, 1)
  seed: number;
}

export function buildFitNet({ inputSize, width: w, dropout, seed }: FitNetConfig): tf.Sequential {
  const init = (k: number) => tf.initializers.heNormal({ seed: seed * 31 + k });
  const m = tf.sequential({ name: 'fit_net' });
  m.add(
    tf.layers.conv2d({ inputShape: [inputSize, inputSize, 3], filters: w, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: init(1) }),
  );
  m.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  m.add(tf.layers.conv2d({ filters: 2 * w, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: init(2) }));
  m.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  m.add(tf.layers.flatten());
  m.add(tf.layers.dense({ units: 4 * w, activation: 'relu', kernelInitializer: init(3) }));
  if (dropout > 0) m.add(tf.layers.dropout({ rate: dropout, seed: seed * 31 + 4 }));
  m.add(tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: seed * 31 + 5 }) }));
  return m;
}
