import * as tf from '@tensorflow/tfjs';
import { addConvStack } from '../convStack';

/**
 * The shape classifier: names the shape (circle / square / triangle, index into SHAPES) of the
 * single object in a small RGB image.
 *
 * tfjs side: input NHWC [N, S, S, 3], output logits [N, 3] (no softmax: training uses
 * softmax cross-entropy on logits, which stays finite and informative, and lets a diverging
 * run show up as exploding loss). The ONNX export takes NCHW [N, 3, S, S] and adds `probs`.
 *
 * Three conv3x3-relu-maxpool2 stages then global average pooling: the shape is told apart by
 * local evidence (corners and their angle, or their absence), which GAP pools from anywhere.
 */
export interface ShapeClassifierConfig {
  inputSize: number; // S
  filters: [number, number, number];
  seed: number; // seeds every initializer, so the same seed gives the same initial weights
}

export const DEFAULT_CLASSIFIER_CONFIG: ShapeClassifierConfig = { inputSize: 32, filters: [8, 16, 32], seed: 1 };

export function buildShapeClassifier(config: Partial<ShapeClassifierConfig> = {}): tf.Sequential {
  const { inputSize: S, filters, seed } = { ...DEFAULT_CLASSIFIER_CONFIG, ...config };
  const model = tf.sequential({ name: 'shape_classifier' });
  addConvStack(model, S, filters, seed * 101);
  model.add(tf.layers.globalAveragePooling2d({ name: 'gap' }));
  model.add(tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: seed * 101 + 99 }), name: 'logits' }));
  return model;
}
