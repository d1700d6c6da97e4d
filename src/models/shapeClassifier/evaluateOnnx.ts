import { createSession, runSession } from '../runtime/ort';
import type { ShapesOptions } from '../data/shapes';
import { CLASSIFIER_DATA, classifierBatch } from './data';
import { SHAPE_CLASSIFIER_IO } from './export';
import { classifierMetrics, type ClassifierMetrics } from './train';

/**
 * Runs the exported shape classifier in onnxruntime-web on scenes [0, count) of stream `seed`
 * (pass a seed the model never trained on) and scores it. Used by the eval CLI and the tests.
 */
export async function evaluateShapeClassifierOnnx(
  bytes: Uint8Array,
  seed: number,
  count: number,
  data: Partial<ShapesOptions> = CLASSIFIER_DATA,
  chunk = 128,
): Promise<ClassifierMetrics & { count: number; seed: number }> {
  const batch = classifierBatch(seed, 0, count, data);
  const session = await createSession(bytes);
  const logits = new Float32Array(count * 3);
  const per = 3 * batch.size * batch.size;
  try {
    for (let s = 0; s < count; s += chunk) {
      const n = Math.min(chunk, count - s);
      const feed = { data: batch.nchw.slice(s * per, (s + n) * per), shape: [n, 3, batch.size, batch.size] };
      const out = await runSession(session, { [SHAPE_CLASSIFIER_IO.input]: feed });
      logits.set(out[SHAPE_CLASSIFIER_IO.logits].data, s * 3);
    }
  } finally {
    await session.release();
  }
  return { ...classifierMetrics(logits, batch.labels), count, seed };
}
