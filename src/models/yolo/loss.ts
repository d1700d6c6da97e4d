import * as tf from '@tensorflow/tfjs';

/**
 * The YOLOv2/v3 loss on the raw head [N, S, S, A·(5+C)] against dense targets (targets.ts), summed
 * over slots and averaged over the batch:
 *   coord · Σ_resp scale·[(σ(tx) − x̂)² + (σ(ty) − ŷ)² + (tw − ŵ)² + (th − ĥ)²]   sigmoid offsets, log sizes
 * + Σ_resp BCE(to, 1) + noObject · Σ_other BCE(to, 0)                             objectness
 * + Σ_resp −log softmax(c)[label]                                                 class cross-entropy
 * with BCE on logits in the stable form max(z, 0) − z·y + log(1 + e^−|z|).
 * Weights as YOLOv1 §2.2 (λ_coord = 5, λ_noobj = 0.5): ~3 responsible slots of 192 per scene,
 * so the background's objectness is down-weighted and the few box terms up-weighted.
 * Not modelled: YOLOv3's "ignore" rule (a non-responsible prediction overlapping a truth by
 * > 0.7 IoU gets no objectness loss); NMS removes the duplicates it would leave.
 */
export interface YoloLossWeights {
  coord: number;
  noObject: number;
}

export const DEFAULT_LOSS_WEIGHTS: YoloLossWeights = { coord: 5, noObject: 0.5 };

export interface TargetTensors {
  mask: tf.Tensor; // [N, S, S, A]
  xy: tf.Tensor; // [N, S, S, A, 2]
  wh: tf.Tensor; // [N, S, S, A, 2]
  classes: tf.Tensor; // [N, S, S, A, C]
  scale: tf.Tensor; // [N, S, S, A]
}

export interface LossParts {
  total: tf.Scalar;
  box: tf.Scalar; // already × coord
  objectness: tf.Scalar;
  noObject: tf.Scalar; // already × noObject
  classes: tf.Scalar;
}

/** BCE of sigmoid(z) against y, elementwise, from logits. */
export function bceWithLogits(z: tf.Tensor, y: tf.Tensor | number): tf.Tensor {
  return tf.tidy(() => tf.add(tf.sub(tf.relu(z), tf.mul(z, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z))))));
}

export function yoloLoss(head: tf.Tensor, t: TargetTensors, numClasses: number, w: YoloLossWeights = DEFAULT_LOSS_WEIGHTS): LossParts {
  return tf.tidy(() => {
    const n = head.shape[0];
    // One row per (image, cell, anchor) slot: rank-2 slices are native on every backend (wasm's
    // rank-5 Slice falls back to a slow generic loop and dominated the step).
    const p = tf.reshape(head, [-1, 5 + numClasses]);
    const [xyRaw, whRaw, obj, cls] = tf.split(p, [2, 2, 1, numClasses], 1);
    const rows = (x: tf.Tensor, k: number) => tf.reshape(x, [-1, k]);
    const mask = rows(t.mask, 1);
    const sq = (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.square(tf.sub(a, b)), -1, true);
    const boxErr = tf.add(sq(tf.sigmoid(xyRaw), rows(t.xy, 2)), sq(whRaw, rows(t.wh, 2)));
    const perImage = (x: tf.Tensor) => tf.div(tf.sum(x), n) as tf.Scalar;
    const box = tf.mul(perImage(tf.mul(tf.mul(mask, rows(t.scale, 1)), boxErr)), w.coord) as tf.Scalar;
    const objectness = perImage(tf.mul(mask, bceWithLogits(obj, 1)));
    const noObject = tf.mul(perImage(tf.mul(tf.sub(1, mask), bceWithLogits(obj, 0))), w.noObject) as tf.Scalar;
    const ce = tf.neg(tf.sum(tf.mul(rows(t.classes, numClasses), tf.logSoftmax(cls)), -1, true));
    const classes = perImage(tf.mul(mask, ce));
    return { total: tf.addN([box, objectness, noObject, classes]) as tf.Scalar, box, objectness, noObject, classes };
  });
}
