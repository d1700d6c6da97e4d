import * as tf from '@tensorflow/tfjs';
import type { LargestBatch } from './data';

/** One step of softmax cross-entropy on logits (tf.tidy throughout); returns the batch loss before the update and its accuracy. */
export function effnetTrainStep(model: tf.LayersModel, optimizer: tf.Optimizer, b: LargestBatch): { loss: number; accuracy: number } {
  const classes = model.outputs[0].shape[1]!;
  const x = tf.tensor4d(b.nhwc, [b.count, b.size, b.size, 3]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(b.labels, 'int32'), classes));
  let correct = 0;
  const lossT = optimizer.minimize(() => {
    const logits = model.apply(x, { training: true }) as tf.Tensor2D;
    correct = tf.tidy(() => tf.sum(tf.equal(tf.argMax(logits, 1), tf.argMax(y, 1))).dataSync()[0]);
    return tf.losses.softmaxCrossEntropy(y, logits) as tf.Scalar;
  }, true)!;
  const loss = lossT.dataSync()[0];
  tf.dispose([x, y, lossT]);
  return { loss, accuracy: correct / b.count };
}

/** Logits [N, classes] for an NHWC batch, in chunks. */
export function effnetLogits(model: tf.LayersModel, b: LargestBatch, chunk = 128): Float32Array {
  const classes = model.outputs[0].shape[1]!;
  const out = new Float32Array(b.count * classes);
  const per = b.size * b.size * 3;
  for (let s = 0; s < b.count; s += chunk) {
    const n = Math.min(chunk, b.count - s);
    out.set(
      tf.tidy(() => (model.predict(tf.tensor4d(b.nhwc.subarray(s * per, (s + n) * per), [n, b.size, b.size, 3])) as tf.Tensor).dataSync()),
      s * classes,
    );
  }
  return out;
}
