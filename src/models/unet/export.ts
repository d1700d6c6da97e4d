import type * as tf from '@tensorflow/tfjs';
import { exportFunctional } from '../onnx/exportFunctional';
import { UNET_IO } from './io';

export { UNET_IO };

/** The trained U-Net (tfjs, NHWC) as ONNX bytes with the UNET_IO interface (NCHW, + `probs`). */
export function exportUNet(model: tf.LayersModel, name = 'unet'): Uint8Array {
  return exportFunctional(model, { inputName: UNET_IO.input, outputName: UNET_IO.logits, softmaxOutput: UNET_IO.probs, name });
}
