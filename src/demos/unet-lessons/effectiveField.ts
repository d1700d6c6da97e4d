import type * as tfType from '@tensorflow/tfjs';
import modelJsonUrl from '../../../models/unet/tfjs/model.json?url';
import weightsUrl from '../../../models/unet/tfjs/weights.bin?url';
import type { JobProgress } from '../shared/serveJobs';

/** One output pixel of one scene: `image` is CHW [3, S, S] in [0, 1]. */
export interface FieldRequest {
  image: Float32Array;
  S: number;
  row: number;
  col: number;
}
export interface FieldResult {
  row: number;
  col: number;
  map: Float32Array; // [S, S]: |∂ logit_cls / ∂ x| summed over RGB
  cls: number; // the class the model predicts at (row, col)
  ms: number; // the worker's time for the forward and backward pass
}

let loaded: Promise<{ tf: typeof tfType; model: tfType.LayersModel }> | null = null;

/** The shipped tfjs weights (models/unet/tfjs), loaded once per worker, on tfjs's cpu backend (one gradient needs no wasm start-up). */
function unetTfjs() {
  loaded ??= (async () => {
    const tf = await import('@tensorflow/tfjs');
    await tf.setBackend('cpu');
    const json = await (await fetch(modelJsonUrl)).json();
    const weightData = await (await fetch(weightsUrl)).arrayBuffer();
    const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData }));
    return { tf, model };
  })();
  loaded.catch(() => (loaded = null)); // a failed load may be retried by the next request
  return loaded;
}

/**
 * The effective receptive field of output pixel (row, col) (Luo et al. 2016): |∂ logit_c / ∂ x|
 * summed over the RGB channels, for c the class the model predicts there, on this image. Runs in
 * the receptive worker (receptive.worker.ts): the backward pass through the U-Net takes longer than a frame.
 */
export async function effectiveField(req: FieldRequest, progress: (p: JobProgress) => void): Promise<FieldResult> {
  const { image, S, row, col } = req;
  progress({ done: 0, total: 3, stage: 'loading the U-Net' });
  const { tf, model } = await unetTfjs();
  const t0 = performance.now();
  progress({ done: 1, total: 3, stage: 'forward pass' });
  const x = tf.tidy(() => tf.transpose(tf.tensor4d(image, [1, 3, S, S]), [0, 2, 3, 1]));
  try {
    const cls = tf.tidy(() => tf.argMax(tf.slice(model.predict(x) as tfType.Tensor4D, [0, row, col, 0], [1, 1, 1, -1]), -1).dataSync()[0]);
    progress({ done: 2, total: 3, stage: 'backward pass' });
    const map = tf.tidy(() => {
      const g = tf.grad((inp: tfType.Tensor) => tf.slice(model.apply(inp) as tfType.Tensor4D, [0, row, col, cls], [1, 1, 1, 1]).sum())(x);
      return tf.sum(tf.abs(g), -1).dataSync() as Float32Array;
    });
    return { row, col, map, cls, ms: performance.now() - t0 };
  } finally {
    x.dispose();
  }
}
