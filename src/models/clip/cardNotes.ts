import type { HardNegativeKind } from './hardNegatives';
import type { ClipConfig } from './model';
import type { ClipValidation } from './validateClip';

/** The card's prose about the text encoder, the hard negatives and the order-swap test, and the comparison with the model this one replaced. */

export const textSummary = (c: ClipConfig) =>
  `token embedding ${c.vocabSize}×${c.textWidth} + learned CLS + learned 1-D positions (${c.maxTokens}) → ${c.textLayers} × [LN → MHA ${c.textHeads} heads with a padding-key mask → +; LN → MLP ${c.textMlp} GELU → +] (vit-tiny's blocks) → LN(CLS) → linear projection ${c.embedDim} (no bias) → L2 normalise`;

const KIND_NOTES: Record<HardNegativeKind, string> = {
  swap: 'its two objects swapped (“a blue square above a small red circle”)',
  relation: 'its relation word flipped (“… below …”, left ↔ right)',
  colour: 'its two colours swapped (“a small blue circle above a red square”)',
};

export const hardNegativesNote = (kinds: readonly HardNegativeKind[], weight: number) =>
  kinds.length === 0
    ? 'none'
    : `every two-object training caption also enters the batch as ${kinds.map((k) => KIND_NOTES[k]).join('; ')}, after the same shortening, prefix and <unk> noise, leaving out any that reads the same as the caption: extra texts that match no image. They sit in every image’s softmax over texts, and ${weight} × a second cross-entropy of each image’s own caption against its own negatives alone is added to the loss, so the swap is not one competitor among ~200 but the only one; the text → image direction is over the real captions only (NegCLIP, Yuksekgonul et al. 2023). Random batches alone almost never hold a caption’s swap, and without it word order barely matters to the loss`;

export const ORDER_SWAP_NOTE =
  'two-object validation scenes whose swapped caption differs; score = share where cos(image, caption) > cos(image, caption with the objects swapped), ties (|Δ| ≤ 1e-6) counting ½: a bag of words scores exactly 0.5';

/**
 * The shipped model this one replaced (numbers from its card, commit 0d4f0bf): the same text
 * transformer, image encoder, generator and seed, trained with swap negatives in the row softmax
 * only, no shortened captions and no warm-up, for 545 steps under a load of ~30. On fresh seeds
 * its eval CLI gave orderSwap 0.656 and 0.606. The model before it averaged word embeddings
 * (commit 0204b04: zero-shot label 0.945, orderSwap 0.5 by construction).
 */
export const PREVIOUS_MODEL = {
  commit: '0d4f0bf',
  text: 'the same 2-layer CLS text transformer (20,000 parameters)',
  textParameters: 20000,
  wallTimeSeconds: 2763,
  training:
    '5 epochs × 14,000 pairs (545 steps of 128), swap negatives in the row softmax only, full captions; validation scenes [14000, 16048), zero-shot [16048, 17548)',
  earlier: 'commit 0204b04: mean of word embeddings (1,792 text parameters), 750 steps in 322 s; zero-shot label 0.945, orderSwap 0.5 (a bag of words)',
  metrics: {
    orderSwap: 0.6765799256505576,
    'zeroShot.label': 0.704,
    'zeroShot.photo': 0.7106666666666667,
    'zeroShot.ensemble': 0.722,
    'zeroShot.colour': 1,
    'zeroShot.colour-ensemble': 1,
    'retrieval.imageToText': 0.759765625,
    'retrieval.textToImage': 0.76220703125,
    'retrieval.imageToTextSameCaption': 0.89453125,
    'retrieval.textToImageSameCaption': 0.9111328125,
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
      commit: PREVIOUS_MODEL.commit,
      text: PREVIOUS_MODEL.text,
      textParameters: PREVIOUS_MODEL.textParameters,
      wallTimeSeconds: PREVIOUS_MODEL.wallTimeSeconds,
      training: PREVIOUS_MODEL.training,
      earlier: PREVIOUS_MODEL.earlier,
    },
    metrics,
    worse: Object.entries(metrics)
      .filter(([, m]) => m.after < m.before)
      .map(([k]) => k),
    note: 'same generator and seed as the previous model but a longer training set, so the held-out scenes are other scenes of the same stream: differences of about ±0.02 are sampling noise at these counts. “worse” lists every metric that fell, however little; the eval CLI on fresh seeds is the fair comparison',
  };
}
