import { createSession } from '../runtime/ort';
import type { ShapesOptions } from '../data/shapes';
import { CLIP_DATA, clipBatch, gatherRows } from './data';
import { orderSwapMetrics, swapTargets, type OrderSwapMetrics } from './orderSwap';
import { embedImagesOnnx, embedTextsOnnx } from './onnxEncoders';
import { classEmbeddings, retrievalMetrics, zeroShotMetrics, type RetrievalMetrics, type ZeroShotMetrics } from './metrics';
import { PROMPT_SETS, isColourSet } from './prompts';

export interface ClipOnnxMetrics {
  seed: number;
  count: number;
  retrieval: RetrievalMetrics;
  orderSwap: OrderSwapMetrics;
  zeroShot: Record<string, ZeroShotMetrics>;
}

/**
 * Runs both exported encoders in onnxruntime-web on fresh data of stream `seed` (pass a seed
 * the model never trained on) and scores them with the same metric code as training:
 * retrieval on scenes [0, count) of 1–2 objects with their captions, in batches of
 * `batchSize`; the order-swap test on their two-object scenes; zero-shot classification of `count` single-object scenes (indices [count, 2·count))
 * with every prompt set.
 */
export async function evaluateClipOnnx(
  imageBytes: Uint8Array,
  textBytes: Uint8Array,
  logitScale: number,
  seed: number,
  count: number,
  data: Partial<ShapesOptions> = CLIP_DATA,
  batchSize = 32,
): Promise<ClipOnnxMetrics> {
  const pairs = clipBatch(seed, 0, count, data);
  const singles = clipBatch(seed, count, count, { ...data, singleObject: true });
  const [imageSession, textSession] = await Promise.all([createSession(imageBytes), createSession(textBytes)]);
  try {
    const img = await embedImagesOnnx(imageSession, pairs.nchw, count, pairs.size);
    const txt = await embedTextsOnnx(textSession, pairs.captions);
    const retrieval = retrievalMetrics(img.data, txt.data, img.dim, pairs.captions, batchSize, logitScale);
    const swaps = swapTargets(pairs.captions);
    const swapped = await embedTextsOnnx(textSession, swaps.swapped);
    const orderSwap = orderSwapMetrics(img.data, swaps.index, gatherRows(txt.data, txt.dim, swaps.index), swapped.data, img.dim);
    const single = await embedImagesOnnx(imageSession, singles.nchw, count, singles.size);
    const zeroShot: Record<string, ZeroShotMetrics> = {};
    for (const set of Object.values(PROMPT_SETS)) {
      const prompts = await embedTextsOnnx(textSession, set.prompts.flat());
      const labels = isColourSet(set.id) ? singles.colours.map((c) => c[0]) : singles.shapes.map((s) => s[0]);
      zeroShot[set.id] = zeroShotMetrics(single.data, count, classEmbeddings(set, prompts.data, img.dim), set.classes.length, img.dim, labels);
    }
    return { seed, count, retrieval, orderSwap, zeroShot };
  } finally {
    await Promise.all([imageSession.release(), textSession.release()]);
  }
}
