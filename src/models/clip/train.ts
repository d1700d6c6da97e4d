import * as tf from '@tensorflow/tfjs';
import { embedImages, embedTexts, LOGIT_SCALE_MAX, type Clip } from './model';
import { clipLogits, clipLoss, hardNegativeLoss } from './loss';
import type { TokenBatch } from './tokenizer';

/**
 * One optimisation step of the tiny CLIP: embed n images (NHWC [n, S, S, 3]) and the text rows
 * of `tokens` (the n captions first, then any hard negatives), form exp(t)·I·Tᵀ [n, rows], minimise the symmetric cross-entropy over both encoders and t,
 * then clip t to [0, ln 100] (CLIP's training code clamps logit_scale after each step; §2.5 says
 * logits are never scaled by more than 100). With `hard`, text n + j is a hard negative of image
 * owners[j] and weight · hardNegativeLoss joins the loss. Returns the batch loss before the
 * update; no tensor outlives the call.
 */
export function clipTrainStep(
  m: Clip,
  optimizer: tf.Optimizer,
  nhwc: Float32Array,
  size: number,
  tokens: TokenBatch,
  hard?: { owners: Int32Array; weight: number },
): number {
  const n = nhwc.length / (size * size * 3);
  const x = tf.tensor4d(nhwc, [n, size, size, 3]);
  const ids = tf.tensor2d(tokens.ids, [tokens.count, tokens.length], 'int32');
  const mask = tf.tensor2d(tokens.mask, [tokens.count, tokens.length]);
  const lossT = optimizer.minimize(() => {
    const logits = clipLogits(embedImages(m, x, true), embedTexts(m, ids, mask), m.logitScale);
    const loss = clipLoss(logits);
    return hard && hard.weight > 0 ? (tf.add(loss, tf.mul(hard.weight, hardNegativeLoss(logits, hard.owners))) as tf.Scalar) : loss;
  }, true)!;
  const loss = lossT.dataSync()[0];
  tf.dispose([x, ids, mask, lossT]);
  tf.tidy(() => m.logitScale.assign(tf.clipByValue(m.logitScale, 0, LOGIT_SCALE_MAX)));
  return loss;
}
