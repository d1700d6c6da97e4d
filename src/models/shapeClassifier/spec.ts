import * as tf from '@tensorflow/tfjs';
import { DEFAULT_SHAPES_OPTIONS } from '../data/shapes';
import { createSession } from '../runtime/ort';
import { runImageBatches } from '../runtime/runImageBatches';
import type { ModelSpec, TrainConfig } from '../spec';
import { layersModelArtifacts } from '../tfjsArtifacts';
import { CLASSIFIER_DATA, classifierBatch, pick, type ClassifierBatch } from './data';
import { SHAPE_CLASSIFIER_IO, exportShapeClassifier } from './export';
import { DEFAULT_CLASSIFIER_CONFIG, buildShapeClassifier } from './model';
import { classifierMetrics, predictLogits, trainStep, type ClassifierMetrics } from './train';

interface Data {
  trainCount: number;
  train: ClassifierBatch;
  val: ClassifierBatch;
}

const halvedAfter = (epochs: number) => Math.floor((2 * epochs) / 3);

/**
 * The shape classifier (model.ts): one object per 32×32 scene, three shapes. Adam, learning rate
 * halved for the last third of the epochs. Data: scenes [0, trainSize) of stream `seed` train,
 * the next valSize validate.
 */
export const shapeClassifierSpec: ModelSpec<TrainConfig, tf.Sequential, Data, ClassifierBatch, ClassifierMetrics> = {
  name: 'shape-classifier',
  task: 'name the shape of the single object in a 32×32 RGB image',
  defaults: { epochs: 10, trainSize: 12000, valSize: 2000, batchSize: 32, learningRate: 2e-3 },
  dataOptions: { ...DEFAULT_SHAPES_OPTIONS, ...CLASSIFIER_DATA },
  shuffleSalt: 0x5bd1e995,
  data: (c) => ({
    trainCount: c.trainSize,
    train: classifierBatch(c.seed, 0, c.trainSize, CLASSIFIER_DATA),
    val: classifierBatch(c.seed, c.trainSize, c.valSize, CLASSIFIER_DATA),
  }),
  build: (c) => buildShapeClassifier({ seed: c.seed, inputSize: CLASSIFIER_DATA.width }),
  learningRate: (c, at) => (at.epoch > halvedAfter(c.epochs) ? c.learningRate / 2 : c.learningRate),
  batch: (d, idx) => pick(d.train, idx),
  step(m, optimizer, b) {
    const { loss, accuracy } = trainStep(m, optimizer, b);
    return { loss, metrics: { accuracy } };
  },
  validate: (m, d) => classifierMetrics(predictLogits(m, d.val), d.val.labels),
  historyRow: (v) => ({ valAccuracy: v.accuracy }),
  export: async (m) => ({
    onnx: { model: { name: 'shape-classifier.onnx', bytes: exportShapeClassifier(m) } },
    tfjs: await layersModelArtifacts(m),
  }),
  card: (m, c, v) => ({
    io: { ...SHAPE_CLASSIFIER_IO, inputShape: ['batch', 3, CLASSIFIER_DATA.width, CLASSIFIER_DATA.height] },
    architecture: { ...DEFAULT_CLASSIFIER_CONFIG, seed: c.seed, layers: m.layers.map((l) => l.getClassName()) },
    parameters: m.countParams(),
    training: { optimizer: `adam, learning rate ${c.learningRate}, halved after epoch ${halvedAfter(c.epochs)}`, loss: 'softmax cross-entropy on logits' },
    validation: { ...v },
  }),
  async evaluate(files, card, seed, count) {
    const b = classifierBatch(seed, 0, count, card.data.options);
    const session = await createSession(files.model);
    try {
      const io = { input: SHAPE_CLASSIFIER_IO.input, output: SHAPE_CLASSIFIER_IO.logits };
      const m = classifierMetrics((await runImageBatches(session, io, b.nchw, count, b.size)).data, b.labels);
      return { ...m, loss: Number(m.loss.toFixed(6)), cardValidationAccuracy: (card.validation as { accuracy: number }).accuracy };
    } finally {
      await session.release();
    }
  },
  dispose: (m) => m.dispose(),
};
