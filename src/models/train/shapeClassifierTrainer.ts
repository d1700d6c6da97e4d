import * as tf from '@tensorflow/tfjs';
import { SHAPES } from '../data/geometry';
import { buildShapeClassifier } from '../shapeClassifier/model';
import { CLASSIFIER_DATA, classifierBatch } from '../shapeClassifier/data';
import { classifierMetrics, predictLogits, trainStep } from '../shapeClassifier/train';
import { runTraining, type Trainer } from './runTraining';
import type { TrainControl } from './control';
import type { Emit, SamplePrediction, TrainParams } from './protocol';

/**
 * Live training of the shape classifier, the pure part of shapeClassifier.worker.ts (runs in
 * Node too). Step k trains on scenes [(k−1)·B, k·B) of stream `seed` (fresh data every step, so
 * there are no epochs); validation uses 96 scenes of the same stream far past any training index.
 * Uses whatever tfjs backend is active; the caller chooses it.
 */
const VAL_START = 1_000_000_000;
const VAL_SIZE = 96;

export function shapeClassifierTrainer(params: TrainParams): Trainer {
  const model = buildShapeClassifier({ seed: params.seed, inputSize: CLASSIFIER_DATA.width });
  const optimizer = tf.train.adam(params.learningRate);
  const val = classifierBatch(params.seed, VAL_START, VAL_SIZE);
  return {
    backend: tf.getBackend(),
    step(k) {
      const batch = classifierBatch(params.seed, (k - 1) * params.batchSize, params.batchSize);
      const { loss, accuracy } = trainStep(model, optimizer, batch);
      return { loss, metrics: { accuracy } };
    },
    evaluate(sampleCount) {
      const logits = predictLogits(model, val);
      const m = classifierMetrics(logits, val.labels);
      const per = 3 * val.size * val.size;
      const samples: SamplePrediction[] = [];
      for (let i = 0; i < Math.min(sampleCount, val.count); i++) {
        const z = Array.from(logits.subarray(i * 3, i * 3 + 3));
        const e = z.map((v) => Math.exp(v - Math.max(...z)));
        const pred = e.indexOf(Math.max(...e));
        samples.push({
          image: val.nchw.slice(i * per, (i + 1) * per),
          width: val.size,
          height: val.size,
          trueLabel: SHAPES[val.labels[i]],
          predLabel: SHAPES[pred],
          confidence: e[pred] / (e[0] + e[1] + e[2]),
        });
      }
      return { metrics: { accuracy: m.accuracy, loss: m.loss }, samples };
    },
    dispose() {
      optimizer.dispose();
      model.dispose();
    },
  };
}

/** The shape classifier's training loop: `runTraining` over `shapeClassifierTrainer`. */
export function trainLoop(params: TrainParams, emit: Emit, control?: TrainControl): Promise<void> {
  return runTraining(params, () => shapeClassifierTrainer(params), emit, control);
}
