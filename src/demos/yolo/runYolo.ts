import type { createSession } from '../../models/runtime/ort';
import type { Tensor } from '../../kernels/tensor';
import { YOLO_IO } from '../../models/yolo/io';

type Session = Awaited<ReturnType<typeof createSession>>;

/**
 * Images NCHW [n, 3, 64, 64] through the shipped yolo-tiny (onnxruntime-web): one raw head
 * [24, 8, 8] per image (decoding, thresholds and NMS are the page's, so sliders never rerun the model).
 */
export async function runYolo(session: Session, images: Float32Array, n: number): Promise<{ heads: Tensor[]; ms: number }> {
  const { runSession } = await import('../../models/runtime/ort');
  const S = YOLO_IO.inputSize;
  const t0 = performance.now();
  const out = (await runSession(session, { [YOLO_IO.input]: { data: images, shape: [n, 3, S, S] } }))[YOLO_IO.head];
  const ms = performance.now() - t0;
  const [, K, G] = out.shape;
  const per = K * G * G;
  return { heads: Array.from({ length: n }, (_, i) => ({ data: out.data.slice(i * per, (i + 1) * per), shape: [K, G, G] })), ms };
}
