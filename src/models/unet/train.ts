import * as tf from '@tensorflow/tfjs';
import type { SegBatch } from './data';

/**
 * One optimisation step and batched prediction for the U-Net. Loss: per-pixel softmax
 * cross-entropy on logits, each pixel weighted by its true class's weight, normalised by the
 * total weight (so weights [1, 1, 1, 1] give the plain mean). Everything runs inside tf.tidy or
 * minimize; only numbers leave.
 */

export function segTensors(b: SegBatch, classes: number): { x: tf.Tensor4D; y: tf.Tensor4D; labels: tf.Tensor3D } {
  return tf.tidy(() => {
    const labels = tf.tensor3d(Int32Array.from(b.masks), [b.count, b.size, b.size], 'int32');
    return {
      x: tf.tensor4d(b.nhwc, [b.count, b.size, b.size, 3]),
      y: tf.oneHot(labels, classes) as tf.Tensor4D,
      labels,
    };
  });
}

/** Weighted mean pixel cross-entropy; `weights` has one entry per class. */
export function segLoss(y: tf.Tensor4D, logits: tf.Tensor4D, weights: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const ce = tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(logits)), -1)); // [N, H, W]
    const w = tf.sum(tf.mul(y, weights), -1); // weight of each pixel's true class
    return tf.div(tf.sum(tf.mul(ce, w)), tf.sum(w)) as tf.Scalar;
  });
}

/** One step; returns the batch loss (before the update) and pixel accuracy. */
export function segTrainStep(model: tf.LayersModel, optimizer: tf.Optimizer, b: SegBatch, classWeights: number[]): { loss: number; pixelAccuracy: number } {
  const { x, y, labels } = segTensors(b, classWeights.length);
  const weights = tf.tensor1d(classWeights);
  let correct = 0;
  const lossT = optimizer.minimize(() => {
    const logits = model.apply(x, { training: true }) as tf.Tensor4D;
    correct = tf.tidy(() => tf.sum(tf.equal(tf.argMax(logits, -1), labels)).dataSync()[0]);
    return segLoss(y, logits, weights);
  }, true)!;
  const loss = lossT.dataSync()[0];
  tf.dispose([x, y, labels, weights, lossT]);
  return { loss, pixelAccuracy: correct / b.masks.length };
}

/** Logits NHWC [N, S, S, C] for a batch, in chunks to bound memory. */
export function predictSegLogits(model: tf.LayersModel, b: SegBatch, classes: number, chunk = 128): Float32Array {
  const plane = b.size * b.size;
  const out = new Float32Array(b.count * plane * classes);
  for (let s = 0; s < b.count; s += chunk) {
    const n = Math.min(chunk, b.count - s);
    const logits = tf.tidy(() =>
      (model.predict(tf.tensor4d(b.nhwc.subarray(s * plane * 3, (s + n) * plane * 3), [n, b.size, b.size, 3])) as tf.Tensor).dataSync(),
    );
    out.set(logits, s * plane * classes);
  }
  return out;
}
