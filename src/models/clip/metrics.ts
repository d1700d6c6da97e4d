import { argmaxRows, contrastiveLoss, ensembleMean, similarity, transpose } from './contrastive';
import type { PromptSet } from './prompts';

/**
 * CLIP's held-out scores on plain arrays of normalised embeddings, the same code for tfjs
 * (training) and onnxruntime (eval CLI, tests).
 */

export interface RetrievalMetrics {
  batchSize: number;
  batches: number;
  /** Top-1 within each batch: image i's most similar caption is caption i (strict, by index). */
  imageToText: number;
  textToImage: number;
  /**
   * The same, but a retrieved caption (or image) counts when its caption text is identical to
   * the right one: a batch can hold two scenes both captioned "a red circle", and no model can
   * tell which of the two identical texts belongs to which image.
   */
  imageToTextSameCaption: number;
  textToImageSameCaption: number;
  /** Mean symmetric loss per batch at the model's logit scale. */
  loss: number;
}

/** Top-1 retrieval in consecutive batches of `batchSize` pairs (a partial last batch is left out). */
export function retrievalMetrics(img: Float32Array, txt: Float32Array, d: number, captions: string[], batchSize: number, logitScale: number): RetrievalMetrics {
  const batches = Math.floor(captions.length / batchSize);
  if (batches === 0) throw new Error(`retrievalMetrics: ${captions.length} pairs are fewer than one batch of ${batchSize}`);
  const n = batchSize;
  let i2t = 0,
    t2i = 0,
    i2tSame = 0,
    t2iSame = 0,
    loss = 0;
  for (let b = 0; b < batches; b++) {
    const off = b * n;
    const cos = similarity(img.subarray(off * d, (off + n) * d), n, txt.subarray(off * d, (off + n) * d), n, d);
    const rowBest = argmaxRows(cos, n, n);
    const colBest = argmaxRows(transpose(cos, n, n), n, n);
    for (let i = 0; i < n; i++) {
      if (rowBest[i] === i) i2t++;
      if (colBest[i] === i) t2i++;
      if (captions[off + rowBest[i]] === captions[off + i]) i2tSame++;
      if (captions[off + colBest[i]] === captions[off + i]) t2iSame++;
    }
    loss += contrastiveLoss(cos, n, logitScale).loss;
  }
  const total = batches * n;
  return {
    batchSize,
    batches,
    imageToText: i2t / total,
    textToImage: t2i / total,
    imageToTextSameCaption: i2tSame / total,
    textToImageSameCaption: t2iSame / total,
    loss: loss / batches,
  };
}

/** One normalised embedding per class [k, d] from the prompt embeddings [Σ prompts, d], ensembling where a class has several. */
export function classEmbeddings(set: PromptSet, promptEmb: Float32Array, d: number): Float32Array {
  const out = new Float32Array(set.classes.length * d);
  let at = 0;
  set.prompts.forEach((ps, k) => {
    out.set(ensembleMean(promptEmb.subarray(at * d, (at + ps.length) * d), ps.length, d), k * d);
    at += ps.length;
  });
  return out;
}

export interface ZeroShotMetrics {
  accuracy: number;
  perClassAccuracy: number[];
  confusion: number[][]; // [true][predicted]
  count: number;
}

/** Zero-shot accuracy: each image gets the class whose embedding is most similar. */
export function zeroShotMetrics(img: Float32Array, n: number, classEmb: Float32Array, k: number, d: number, labels: ArrayLike<number>): ZeroShotMetrics {
  const pred = argmaxRows(similarity(img, n, classEmb, k, d), n, k);
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let correct = 0;
  for (let i = 0; i < n; i++) {
    confusion[labels[i]][pred[i]]++;
    if (pred[i] === labels[i]) correct++;
  }
  const perClassAccuracy = confusion.map(
    (row, c) =>
      row[c] /
      Math.max(
        1,
        row.reduce((a, b) => a + b, 0),
      ),
  );
  return { accuracy: correct / n, perClassAccuracy, confusion, count: n };
}
