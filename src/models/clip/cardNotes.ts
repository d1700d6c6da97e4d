import type { ClipConfig } from './model';
import type { ClipValidation } from './validateClip';

/** The card's prose about the text encoder, the hard negatives and the order-swap test, and the comparison with the model this one replaced. */

export const textSummary = (c: ClipConfig) =>
  `token embedding ${c.vocabSize}×${c.textWidth} + learned CLS + learned 1-D positions (${c.maxTokens}) → ${c.textLayers} × [LN → MHA ${c.textHeads} heads with a padding-key mask → +; LN → MLP ${c.textMlp} GELU → +] (vit-tiny's blocks) → LN(CLS) → linear projection ${c.embedDim} (no bias) → L2 normalise`;

export const HARD_NEGATIVES_NOTE =
  'every two-object training caption whose objects differ also enters the batch with its two objects swapped (after the same prefix and <unk> noise), as an extra text that matches no image: it sits in every image’s softmax over texts, so the loss pushes each image away from its own caption’s swap; the text → image direction is over the real captions only (NegCLIP, Yuksekgonul et al. 2023). Random batches alone almost never hold a caption’s swap, and without it word order barely matters to the loss';

export const ORDER_SWAP_NOTE =
  'two-object validation scenes whose swapped caption differs; score = share where cos(image, caption) > cos(image, caption with the objects swapped), ties (|Δ| ≤ 1e-6) counting ½: a bag of words scores exactly 0.5';

/**
 * The shipped model this one replaced (mean-pooled word embeddings, same image encoder, data
 * generator and seed; 6 epochs × 16,000 pairs; numbers from its card, commit 0204b04). Its
 * order-swap score is 0.5 by construction: both texts have the same bag of words.
 */
export const PREVIOUS_MODEL = {
  text: 'word embedding 24×32 → mean over non-pad words → linear projection 32',
  textParameters: 1792,
  wallTimeSeconds: 322,
  training: '6 epochs × 16,000 pairs (750 steps of 128), no hard negatives; validation scenes [16000, 18048), zero-shot [18048, 19548)',
  metrics: {
    orderSwap: 0.5,
    'zeroShot.label': 0.9453333333333334,
    'zeroShot.photo': 0.946,
    'zeroShot.ensemble': 0.9486666666666667,
    'zeroShot.colour': 1,
    'zeroShot.colour-ensemble': 1,
    'retrieval.imageToText': 0.7802734375,
    'retrieval.textToImage': 0.79833984375,
    'retrieval.imageToTextSameCaption': 0.94677734375,
    'retrieval.textToImageSameCaption': 0.970703125,
  },
} as const;

/** Every metric before and after, and the names of those that got worse (by any amount). */
export function compareWithPrevious(v: ClipValidation) {
  const now: Record<keyof typeof PREVIOUS_MODEL.metrics, number> = {
    orderSwap: v.orderSwap.score,
    'zeroShot.label': v.zeroShot.label.accuracy,
    'zeroShot.photo': v.zeroShot.photo.accuracy,
    'zeroShot.ensemble': v.zeroShot.ensemble.accuracy,
    'zeroShot.colour': v.zeroShot.colour.accuracy,
    'zeroShot.colour-ensemble': v.zeroShot['colour-ensemble'].accuracy,
    'retrieval.imageToText': v.retrieval.imageToText,
    'retrieval.textToImage': v.retrieval.textToImage,
    'retrieval.imageToTextSameCaption': v.retrieval.imageToTextSameCaption,
    'retrieval.textToImageSameCaption': v.retrieval.textToImageSameCaption,
  };
  const metrics = Object.fromEntries(Object.entries(PREVIOUS_MODEL.metrics).map(([k, before]) => [k, { before, after: now[k as keyof typeof now] }]));
  return {
    previous: {
      text: PREVIOUS_MODEL.text,
      textParameters: PREVIOUS_MODEL.textParameters,
      wallTimeSeconds: PREVIOUS_MODEL.wallTimeSeconds,
      training: PREVIOUS_MODEL.training,
    },
    metrics,
    worse: Object.entries(metrics)
      .filter(([, m]) => m.after < m.before)
      .map(([k]) => k),
    note: 'same generator and seed as the previous model, but fewer steps (the transformer and the hard negatives make a step slower, and training must stay under 20 minutes here), so the held-out scenes are other scenes of the same stream: differences of about ±0.02 are sampling noise at these counts. “worse” lists every metric that fell, however little; the eval CLI on fresh seeds is the fair comparison',
  };
}
