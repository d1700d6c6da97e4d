import * as tf from '@tensorflow/tfjs';
import type { ClassifierBatch } from './data';

/**
 * One optimisation step and evaluation for the shape classifier (shared by the CLI and the
 * in-page trainer). Loss: mean softmax cross-entropy on logits. Everything runs in tf.tidy;
 * only the returned numbers leave.
 */

export function batchTensors(b: ClassifierBatch): { x: tf.Tensor4D; y: tf.Tensor2D } {
  return tf.tidy(() => ({
    x: tf.tensor4d(b.nhwc, [b.count, b.size, b.size, 3]),
    y: tf.oneHot(tf.tensor1d(b.labels, 'int32'), 3) as tf.Tensor2D,
  }));
}

/** One step; returns the batch loss (before the update) and batch accuracy. */
export function trainStep(model: tf.LayersModel, optimizer: tf.Optimizer, b: ClassifierBatch): { loss: number; accuracy: number } {
  const { x, y } = batchTensors(b);
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

/** Logits [N, classes] for an NHWC batch, in chunks to bound memory. */
export function predictLogits(model: tf.LayersModel, b: ClassifierBatch, chunk = 256, classes = 3): Float32Array {
  const out = new Float32Array(b.count * classes);
  const per = b.size * b.size * 3;
  for (let s = 0; s < b.count; s += chunk) {
    const n = Math.min(chunk, b.count - s);
    const logits = tf.tidy(() => (model.predict(tf.tensor4d(b.nhwc.subarray(s * per, (s + n) * per), [n, b.size, b.size, 3])) as tf.Tensor).dataSync());
    out.set(logits, s * classes);
  }
  return out;
}

export interface ClassifierMetrics {
  accuracy: number;
  loss: number; // mean cross-entropy
  perClassAccuracy: number[]; // recall per SHAPES index
  confusion: number[][]; // [true][predicted] counts
}

/** Accuracy, loss and confusion from logits [N, 3] and labels [N]; plain arithmetic, used for tfjs and ORT alike. */
export function classifierMetrics(logits: Float32Array, labels: Int32Array): ClassifierMetrics {
  const confusion = [0, 1, 2].map(() => [0, 0, 0]);
  let loss = 0;
  for (let i = 0; i < labels.length; i++) {
    const z = logits.subarray(i * 3, i * 3 + 3);
    const m = Math.max(z[0], z[1], z[2]);
    const lse = m + Math.log(Math.exp(z[0] - m) + Math.exp(z[1] - m) + Math.exp(z[2] - m));
    loss += lse - z[labels[i]];
    const pred = z[0] >= z[1] && z[0] >= z[2] ? 0 : z[1] >= z[2] ? 1 : 2;
    confusion[labels[i]][pred]++;
  }
  const n = labels.length;
  const correct = confusion[0][0] + confusion[1][1] + confusion[2][2];
  const perClassAccuracy = confusion.map((row, k) => row[k] / Math.max(1, row[0] + row[1] + row[2]));
  return { accuracy: correct / n, loss: loss / n, perClassAccuracy, confusion };
}
