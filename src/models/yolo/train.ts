import * as tf from '@tensorflow/tfjs';
import type { DetBatch } from './data';
import { yoloLoss, type YoloLossWeights } from './loss';
import { yoloTargets, type Anchor } from './targets';
import { YOLO_IO } from './io';

/**
 * One optimisation step and batched prediction for yolo-tiny. Targets are built on the host
 * (targets.ts) and uploaded; everything else runs inside minimize or tf.tidy, only numbers leave.
 */

export interface StepNumbers {
  loss: number;
  box: number;
  objectness: number;
  noObject: number;
  classes: number;
}

export function yoloTrainStep(model: tf.LayersModel, optimizer: tf.Optimizer, b: DetBatch, anchors: readonly Anchor[], weights: YoloLossWeights): StepNumbers {
  const { grid: G, stride, numClasses: C } = YOLO_IO;
  const A = anchors.length;
  const t = yoloTargets(b.boxes, b.labels, anchors, { stride, grid: G, numClasses: C, imageSize: b.size });
  const n = b.count;
  const tt = {
    mask: tf.tensor4d(t.mask, [n, G, G, A]),
    xy: tf.tensor5d(t.xy, [n, G, G, A, 2]),
    wh: tf.tensor5d(t.wh, [n, G, G, A, 2]),
    classes: tf.tensor5d(t.classes, [n, G, G, A, C]),
    scale: tf.tensor4d(t.scale, [n, G, G, A]),
  };
  const x = tf.tensor4d(b.nhwc, [n, b.size, b.size, 3]);
  let parts = [0, 0, 0, 0];
  const lossT = optimizer.minimize(() => {
    const l = yoloLoss(model.apply(x, { training: true }) as tf.Tensor, tt, C, weights);
    parts = [l.box, l.objectness, l.noObject, l.classes].map((s) => s.dataSync()[0]);
    return l.total;
  }, true)!;
  const loss = lossT.dataSync()[0];
  tf.dispose([x, lossT, ...Object.values(tt)]);
  const [box, objectness, noObject, classes] = parts;
  return { loss, box, objectness, noObject, classes };
}

/** Raw heads NHWC [N, S, S, A·(5+C)] for a batch, in chunks to bound memory. */
export function predictHeads(model: tf.LayersModel, nhwc: Float32Array, count: number, size: number, chunk = 128): Float32Array {
  const per = size * size * 3;
  let out = new Float32Array(0);
  for (let s = 0; s < count; s += chunk) {
    const k = Math.min(chunk, count - s);
    const h = tf.tidy(() => (model.predict(tf.tensor4d(nhwc.subarray(s * per, (s + k) * per), [k, size, size, 3])) as tf.Tensor).dataSync() as Float32Array);
    if (s === 0) out = new Float32Array((count * h.length) / k);
    out.set(h, (s * h.length) / k);
  }
  return out;
}
