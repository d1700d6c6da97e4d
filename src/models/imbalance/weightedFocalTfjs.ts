import * as tf from '@tensorflow/tfjs';

/**
 * The imbalance trainer's loss written with tfjs ops (float32), and its gradient by tf.grad: the
 * reference for weightedFocal that nobody here derived by hand. Used by its unit test and by the
 * demo's in-page check (loaded on click).
 */
export function weightedFocalTfjs(logits: ArrayLike<number>, labels: ArrayLike<number>, classes: number, gamma: number, weights: number[]) {
  return tf.tidy(() => {
    const y = tf.oneHot(tf.tensor1d(Int32Array.from(labels), 'int32'), classes);
    const w = tf.sum(tf.mul(y, tf.tensor1d(weights)), 1);
    const f = (z: tf.Tensor) => {
      const logPt = tf.sum(tf.mul(tf.logSoftmax(z), y), 1);
      return tf.mean(tf.mul(tf.neg(w), tf.mul(tf.pow(tf.sub(1, tf.exp(logPt)), gamma), logPt)));
    };
    const z = tf.tensor2d(Float32Array.from(logits), [labels.length, classes]);
    return { loss: f(z).dataSync()[0], grad: tf.grad(f)(z).dataSync() as Float32Array };
  });
}
