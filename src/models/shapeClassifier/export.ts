import type * as tf from '@tensorflow/tfjs';
import { SHAPES } from '../data/geometry';
import { exportSequential } from '../onnx/exportSequential';

/**
 * The shape classifier as ONNX: input `image` NCHW float32 [batch, 3, S, S] in [0, 1];
 * outputs `logits` [batch, 3] and `probs` (softmax of logits), class k = SHAPES[k].
 */
export const SHAPE_CLASSIFIER_IO = {
  input: 'image',
  logits: 'logits',
  probs: 'probs',
  labels: [...SHAPES],
  layout: 'NCHW float32 [batch, 3, S, S], RGB in [0, 1]',
} as const;

export function exportShapeClassifier(model: tf.LayersModel): Uint8Array {
  return exportSequential(model, {
    inputName: SHAPE_CLASSIFIER_IO.input,
    outputName: SHAPE_CLASSIFIER_IO.logits,
    softmaxOutput: SHAPE_CLASSIFIER_IO.probs,
    name: 'shape_classifier',
  });
}
