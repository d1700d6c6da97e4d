/**
 * Held-out measurements of the tiny CLIP in tfjs (training's per-epoch and final validation):
 * retrieval within batches of paired scenes, the order-swap test on their two-object scenes and
 * zero-shot accuracy of every prompt set.
 */
import * as tf from '@tensorflow/tfjs';
import { gatherRows, type ClipBatch } from './data';
import { orderSwapMetrics, swapTargets, type OrderSwapMetrics } from './orderSwap';
import { embedImages, embedTexts, type Clip } from './model';
import { tokenizeBatch } from './tokenizer';
import { classEmbeddings, retrievalMetrics, zeroShotMetrics, type RetrievalMetrics, type ZeroShotMetrics } from './metrics';
import { PROMPT_SETS, isColourSet, type PromptSet } from './prompts';

export interface ClipValidation {
  retrieval: RetrievalMetrics;
  orderSwap: OrderSwapMetrics;
  zeroShot: Record<string, ZeroShotMetrics & { prompts: number }>;
  logitScale: number;
}

/** Normalised embeddings of a whole batch of images, in chunks. */
export function imageEmbeddings(m: Clip, b: ClipBatch, chunk = 256): Float32Array {
  const D = m.config.embedDim;
  const per = b.size * b.size * 3;
  const out = new Float32Array(b.count * D);
  for (let s = 0; s < b.count; s += chunk) {
    const n = Math.min(chunk, b.count - s);
    out.set(
      tf.tidy(() => embedImages(m, tf.tensor4d(b.nhwc.subarray(s * per, (s + n) * per), [n, b.size, b.size, 3])).dataSync()),
      s * D,
    );
  }
  return out;
}

/** Normalised embeddings of texts. */
export function textEmbeddings(m: Clip, texts: string[]): Float32Array {
  const t = tokenizeBatch(texts);
  return tf.tidy(() => embedTexts(m, tf.tensor2d(t.ids, [t.count, t.length], 'int32'), tf.tensor2d(t.mask, [t.count, t.length])).dataSync() as Float32Array);
}

export function logitScaleValue(m: Clip): number {
  return Math.exp(m.logitScale.dataSync()[0]);
}

/** Retrieval on paired scenes and zero-shot accuracy of every prompt set on single-object scenes. */
export function validateClip(
  m: Clip,
  pairs: ClipBatch,
  singles: ClipBatch,
  evalBatchSize: number,
  sets: PromptSet[] = Object.values(PROMPT_SETS),
): ClipValidation {
  const D = m.config.embedDim;
  const scale = logitScaleValue(m);
  const pairImg = imageEmbeddings(m, pairs);
  const own = textEmbeddings(m, pairs.captions);
  const retrieval = retrievalMetrics(pairImg, own, D, pairs.captions, evalBatchSize, scale);
  const swaps = swapTargets(pairs.captions);
  const orderSwap = orderSwapMetrics(pairImg, swaps.index, gatherRows(own, D, swaps.index), textEmbeddings(m, swaps.swapped), D);
  const img = imageEmbeddings(m, singles);
  const zeroShot: ClipValidation['zeroShot'] = {};
  for (const set of sets) {
    const cls = classEmbeddings(set, textEmbeddings(m, set.prompts.flat()), D);
    const labels = isColourSet(set.id) ? singles.colours.map((c) => c[0]) : singles.shapes.map((s) => s[0]);
    zeroShot[set.id] = { ...zeroShotMetrics(img, singles.count, cls, set.classes.length, D, labels), prompts: set.prompts.flat().length };
  }
  return { retrieval, orderSwap, zeroShot, logitScale: scale };
}
