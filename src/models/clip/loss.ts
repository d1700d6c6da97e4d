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

/**
 * The hard-negative term: for each image that has hard negatives (texts n.. of `logits` [n, n + m],
 * text n + j belonging to image owners[j]), the cross-entropy of its own caption against its own
 * negatives alone, averaged over those images (0 when there are none). In the full row softmax a
 * caption's swap is one competitor among n + m − 1; here it is the only one, so a weight on this
 * term says how much telling a caption from its swap matters against plain retrieval.
 */
export function hardNegativeLoss(logits: tf.Tensor2D, owners: Int32Array): tf.Scalar {
  const [n, texts] = logits.shape;
  const allowed = new Float32Array(n * texts).fill(MASK);
  const has = new Set<number>();
  for (let i = 0; i < n; i++) allowed[i * texts + i] = 0;
  owners.forEach((i, j) => {
    allowed[i * texts + n + j] = 0;
    has.add(i);
  });
  if (has.size === 0) return tf.scalar(0);
  return tf.tidy(() => {
    const masked = tf.add(logits, tf.tensor2d(allowed, [n, texts]));
    const perRow = tf.losses.softmaxCrossEntropy(tf.oneHot(tf.range(0, n, 1, 'int32'), texts), masked, undefined, undefined, tf.Reduction.NONE);
    return tf.div(tf.sum(perRow), has.size) as tf.Scalar;
  });
}

const MASK = -1e9; // an excluded text: exp(−1e9 + logit) is exactly 0 in float32
