import * as tf from '@tensorflow/tfjs';

/**
 * CLIP's symmetric contrastive loss in tfjs (Radford et al. 2021, Fig. 3): logits [n, n] with
 * row i = image i against every text; targets are the diagonal (labels = arange(n));
 * loss = ½ (CE over rows + CE over columns). Same formula as contrastiveLoss in contrastive.ts.
 */
export function clipLoss(logits: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const n = logits.shape[0];
    const targets = tf.oneHot(tf.range(0, n, 1, 'int32'), n);
    const rows = tf.losses.softmaxCrossEntropy(targets, logits);
    const cols = tf.losses.softmaxCrossEntropy(targets, tf.transpose(logits));
    return tf.div(tf.add(rows, cols), 2) as tf.Scalar;
  });
}

/** logits = exp(t) · I Tᵀ from normalised embeddings [n, D] and the scalar t. */
export function clipLogits(img: tf.Tensor2D, txt: tf.Tensor2D, t: tf.Scalar | tf.Variable): tf.Tensor2D {
  return tf.tidy(() => tf.mul(tf.exp(t), tf.matMul(img, txt, false, true)) as tf.Tensor2D);
}
