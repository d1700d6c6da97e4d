import * as tf from '@tensorflow/tfjs';
import { randomSeeded, type Random } from '../../kernels/random';
import { buildShapeClassifier, type ShapeClassifierConfig } from './model';
import { classifierBatch, pick, CLASSIFIER_DATA } from './data';
import { classifierMetrics, predictLogits, trainStep, type ClassifierMetrics } from './train';

/**
 * Offline training of the shape classifier on a fixed seeded data set (the CLI's job).
 * Data: scenes [0, trainSize) of stream `seed` train, scenes [trainSize, trainSize + valSize) validate.
 * Reproducible: seeded data, seeded initialisers, shuffles from our RNG, deterministic kernels.
 */
export interface FitOptions {
  seed: number;
  epochs: number;
  trainSize: number;
  valSize: number;
  batchSize: number;
  learningRate: number; // Adam; halved for the last third of the epochs
  model?: Partial<ShapeClassifierConfig>;
  log?: (line: string) => void;
}

export const DEFAULT_FIT: Omit<FitOptions, 'seed'> = { epochs: 10, trainSize: 12000, valSize: 2000, batchSize: 32, learningRate: 2e-3 };

export interface FitResult {
  model: tf.Sequential;
  validation: ClassifierMetrics;
  history: { epoch: number; trainLoss: number; trainAccuracy: number; valAccuracy: number; seconds: number }[];
}

function shuffled(n: number, rand: Random): Int32Array {
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

export function fitShapeClassifier(o: FitOptions): FitResult {
  const log = o.log ?? (() => {});
  const t0 = performance.now();
  const train = classifierBatch(o.seed, 0, o.trainSize, CLASSIFIER_DATA);
  const val = classifierBatch(o.seed, o.trainSize, o.valSize, CLASSIFIER_DATA);
  log(`data: ${o.trainSize} train + ${o.valSize} validation images in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const model = buildShapeClassifier({ seed: o.seed, inputSize: train.size, ...o.model });
  const optimizer = tf.train.adam(o.learningRate);
  const rand = randomSeeded(o.seed ^ 0x5bd1e995);
  const history: FitResult['history'] = [];
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    if (epoch === Math.floor((2 * o.epochs) / 3) + 1) (optimizer as unknown as { learningRate: number }).learningRate = o.learningRate / 2;
    const order = shuffled(train.count, rand);
    let loss = 0,
      acc = 0,
      steps = 0;
    for (let s = 0; s + o.batchSize <= train.count; s += o.batchSize) {
      const r = trainStep(model, optimizer, pick(train, order.subarray(s, s + o.batchSize)));
      loss += r.loss;
      acc += r.accuracy;
      steps++;
    }
    const v = classifierMetrics(predictLogits(model, val), val.labels);
    const seconds = (performance.now() - t0) / 1000;
    history.push({ epoch, trainLoss: loss / steps, trainAccuracy: acc / steps, valAccuracy: v.accuracy, seconds });
    log(
      `epoch ${epoch}/${o.epochs}: train loss ${(loss / steps).toFixed(4)} acc ${(acc / steps).toFixed(4)}, val acc ${v.accuracy.toFixed(4)} loss ${v.loss.toFixed(4)} (${seconds.toFixed(0)} s)`,
    );
  }
  optimizer.dispose();
  return { model, validation: classifierMetrics(predictLogits(model, val), val.labels), history };
}
