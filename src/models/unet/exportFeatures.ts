import type * as tf from '@tensorflow/tfjs';
import { exportWithTaps } from '../onnx/exportWithTaps';
import { UNET_IO } from './io';

/** The layers whose activations the feature-map graph outputs (as `tap/<layer>`): each level's last conv. */
export const UNET_FEATURE_TAPS = ['enc1_b', 'enc2_b', 'enc3_b', 'mid_b', 'dec3_b', 'dec2_b', 'dec1_b'] as const;

/** The U-Net with UNET_IO's outputs plus every tapped level, NCHW. */
export function exportUNetFeatures(model: tf.LayersModel): Uint8Array {
  return exportWithTaps(model, [...UNET_FEATURE_TAPS], {
    inputName: UNET_IO.input,
    outputName: UNET_IO.logits,
    softmaxOutput: UNET_IO.probs,
    name: 'unet_features',
  });
}
