import type { createSession } from '../../models/runtime/ort';
import { UNET_IO } from '../../models/unet/io';
import { argmaxClasses, segConfusion, segMetrics, type SegMetrics } from '../../models/unet/metrics';
import { edgeMask } from './masks';

type Session = Awaited<ReturnType<typeof createSession>>;

/** One scene through a shipped U-Net (onnxruntime-web), scored against its ground-truth mask. */
export interface Segmentation {
  probs: Float32Array; // [4, S, S], softmax over classes
  pred: Uint8Array; // [S, S], argmax class
  metrics: SegMetrics; // this image only: a class absent from both masks has IoU NaN
  wrong: number; // pixels where pred ≠ truth
  wrongOnEdge: number; // of those, pixels on an object's edge (a 4-neighbour has another true class)
  ms: number; // session.run wall time
}

export async function segmentScene(session: Session, image: Float32Array, size: number, truth: Uint8Array): Promise<Segmentation> {
  const { runSession } = await import('../../models/runtime/ort');
  const C = UNET_IO.labels.length;
  const t0 = performance.now();
  const out = await runSession(session, { [UNET_IO.input]: { data: image, shape: [1, 3, size, size] } });
  const ms = performance.now() - t0;
  const probs = out[UNET_IO.probs].data;
  const pred = argmaxClasses(probs, 'nchw', 1, size * size, C);
  const edge = edgeMask(truth, size);
  let wrong = 0;
  let wrongOnEdge = 0;
  for (let p = 0; p < truth.length; p++) {
    if (pred[p] === truth[p]) continue;
    wrong++;
    wrongOnEdge += edge[p];
  }
  return { probs, pred, metrics: segMetrics(segConfusion(pred, truth, C)), wrong, wrongOnEdge, ms };
}
