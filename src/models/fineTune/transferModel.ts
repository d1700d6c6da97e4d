import * as tf from '@tensorflow/tfjs';
import { addConvStack } from '../convStack';
import { DEFAULT_CLASSIFIER_CONFIG } from '../shapeClassifier/model';

/**
 * The shipped classifier's backbone (conv1–conv3 + global average pooling, its architecture and
 * layer names) with a new K-class head. With `pretrained`, the conv weights are copied from the
 * shipped tfjs model; without, they are a fresh seeded initialisation (the from-scratch baseline).
 * The head is seeded the same way in both, so the runs differ only where they should.
 */
export const BLOCKS = ['conv1', 'conv2', 'conv3'] as const;

export function transferModel(classes: number, seed: number, pretrained: tf.LayersModel | null): tf.Sequential {
  const { inputSize, filters } = DEFAULT_CLASSIFIER_CONFIG;
  const m = tf.sequential({ name: 'transfer' });
  addConvStack(m, inputSize, filters, seed * 101);
  m.add(tf.layers.globalAveragePooling2d({ name: 'gap' }));
  m.add(tf.layers.dense({ units: classes, kernelInitializer: tf.initializers.glorotUniform({ seed: seed * 101 + 77 }), name: 'head' }));
  if (pretrained) for (const name of BLOCKS) m.getLayer(name).setWeights(pretrained.getLayer(name).getWeights());
  return m;
}
