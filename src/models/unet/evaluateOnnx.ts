import { createSession, runSession } from '../runtime/ort';
import type { ShapesOptions } from '../data/shapes';
import { UNET_DATA, segBatch } from './data';
import { UNET_IO } from './export';
import { argmaxClasses, pixelCrossEntropy, segConfusion, segMetrics, type SegMetrics } from './metrics';

/**
 * Runs an exported U-Net in onnxruntime-web on scenes [0, count) of stream `seed` (pass a seed
 * the model never trained on) and scores it with the same metric code as training.
 */
export async function evaluateUNetOnnx(
  bytes: Uint8Array,
  seed: number,
  count: number,
  data: Partial<ShapesOptions> = UNET_DATA,
  chunk = 64,
): Promise<SegMetrics & { loss: number; count: number; seed: number }> {
  const b = segBatch(seed, 0, count, data);
  const C = UNET_IO.labels.length;
  const plane = b.size * b.size;
  const logits = new Float32Array(count * C * plane);
  const session = await createSession(bytes);
  try {
    for (let s = 0; s < count; s += chunk) {
      const n = Math.min(chunk, count - s);
      const feed = { data: b.nchw.slice(s * 3 * plane, (s + n) * 3 * plane), shape: [n, 3, b.size, b.size] };
      const out = await runSession(session, { [UNET_IO.input]: feed });
      logits.set(out[UNET_IO.logits].data, s * C * plane);
    }
  } finally {
    await session.release();
  }
  const pred = argmaxClasses(logits, 'nchw', count, plane, C);
  return { ...segMetrics(segConfusion(pred, b.masks, C)), loss: pixelCrossEntropy(logits, b.masks, 'nchw', count, plane, C), count, seed };
}
