import * as tf from '@tensorflow/tfjs';

/**
 * The conv3×3(same, relu) → maxpool 2×2 stages our small image models start with, seeded so
 * the same seed gives the same weights. Layer names (conv1, pool1, …) are part of the shipped
 * tfjs weight files: keep them.
 */
export function addConvStack(model: tf.Sequential, inputSize: number, filters: number[], seedBase: number): void {
  filters.forEach((f, i) => {
    model.add(
      tf.layers.conv2d({
        ...(i === 0 ? { inputShape: [inputSize, inputSize, 3] } : {}),
        filters: f,
        kernelSize: 3,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: tf.initializers.heNormal({ seed: seedBase + i }),
        name: `conv${i + 1}`,
      }),
    );
    model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2, name: `pool${i + 1}` }));
  });
}
