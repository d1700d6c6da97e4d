import type { RfLayer } from '../../kernels/receptiveField';
import modelJsonUrl from '../../../models/unet/tfjs/model.json?url';
import weightsUrl from '../../../models/unet/tfjs/weights.bin?url';
import type * as tfType from '@tensorflow/tfjs';

/**
 * The shipped U-Net's deepest path (every 3×3 conv 'same', pads 1; 2×2 pools stride 2; nearest
 * ×2 upsampling): the path through the bottleneck, whose theoretical field contains those of the
 * shorter skip paths, so it is the network's field.
 */
const conv = (name: string): RfLayer => ({ kind: 'conv', kernel: [3, 3], padding: [1, 1, 1, 1], name });
const pool = (name: string): RfLayer => ({ kind: 'pool', kernel: [2, 2], stride: [2, 2], name });
const up = (name: string): RfLayer => ({ kind: 'upsample', factor: [2, 2], name });
export const UNET_DEEPEST_PATH: RfLayer[] = [
  conv('enc1_a'),
  conv('enc1_b'),
  pool('pool1'),
  conv('enc2_a'),
  conv('enc2_b'),
  pool('pool2'),
  conv('enc3_a'),
  conv('enc3_b'),
  pool('pool3'),
  conv('mid_a'),
  conv('mid_b'),
  up('up3_resize'),
  conv('up3_conv'),
  conv('dec3_a'),
  conv('dec3_b'),
  up('up2_resize'),
  conv('up2_conv'),
  conv('dec2_a'),
  conv('dec2_b'),
  up('up1_resize'),
  conv('up1_conv'),
  conv('dec1_a'),
  conv('dec1_b'),
  { kind: 'conv', kernel: [1, 1], name: 'logits' },
];

let loaded: Promise<{ tf: typeof tfType; model: tfType.LayersModel }> | null = null;

/** The shipped tfjs weights (models/unet/tfjs), loaded once, on tfjs's cpu backend. */
function unetTfjs() {
  loaded ??= (async () => {
    const tf = await import('@tensorflow/tfjs');
    await tf.setBackend('cpu');
    const json = await (await fetch(modelJsonUrl)).json();
    const weightData = await (await fetch(weightsUrl)).arrayBuffer();
    const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData }));
    return { tf, model };
  })();
  return loaded;
}

/**
 * The effective receptive field of output pixel (row, col) (Luo et al. 2016): |∂ logit_c / ∂ x|
 * summed over the RGB channels, for c the class the model predicts there, on this image.
 * `image` is CHW [3, S, S]; the map is [S, S].
 */
export async function effectiveField(image: Float32Array, S: number, row: number, col: number): Promise<{ map: Float32Array; cls: number }> {
  const { tf, model } = await unetTfjs();
  return tf.tidy(() => {
    const x = tf.transpose(tf.tensor4d(image, [1, 3, S, S]), [0, 2, 3, 1]);
    const logits = model.predict(x) as tfType.Tensor4D;
    const cls = tf.argMax(tf.slice(logits, [0, row, col, 0], [1, 1, 1, -1]), -1).dataSync()[0];
    const g = tf.grad((inp: tfType.Tensor) => tf.slice(model.apply(inp) as tfType.Tensor4D, [0, row, col, cls], [1, 1, 1, 1]).sum())(x);
    return { map: tf.sum(tf.abs(g), -1).dataSync() as Float32Array, cls };
  });
}
