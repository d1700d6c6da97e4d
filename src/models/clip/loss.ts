import * as tf from '@tensorflow/tfjs';

/**
 * CLIP's symmetric contrastive loss in tfjs (Radford et al. 2021, Fig. 3): logits [n, n] with
 * row i = image i against every text; targets are the diagonal (labels = arange(n));
 * loss = ½ (CE over rows + CE over columns). Same formula as contrastiveLoss in contrastive.ts.
 * Logits [n, n + m] carry m extra texts, hard negatives that belong to no image (NegCLIP's
 * swapped captions): they join every row's softmax (image → text) and no column's (text → image
 * is over the n images of the batch, for the n real captions only).
 */
export function clipLoss(logits: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const [n, texts] = logits.shape;
    const rows = tf.losses.softmaxCrossEntropy(tf.oneHot(tf.range(0, n, 1, 'int32'), texts), logits);
    const square = texts === n ? logits : tf.slice(logits, [0, 0], [n, n]);
    const cols = tf.losses.softmaxCrossEntropy(tf.oneHot(tf.range(0, n, 1, 'int32'), n), tf.transpose(square));
    return tf.div(tf.add(rows, cols), 2) as tf.Scalar;
  });
}

/** logits = exp(t) · I Tᵀ from normalised embeddings [n, D] and the scalar t. */
export function clipLogits(img: tf.Tensor2D, txt: tf.Tensor2D, t: tf.Scalar | tf.Variable): tf.Tensor2D {
  return tf.tidy(() => tf.mul(tf.exp(t), tf.matMul(img, txt, false, true)) as tf.Tensor2D);
}
