import * as tf from '@tensorflow/tfjs';
import { earlyStopping } from '../../kernels/earlyStopping';
import { randomSeeded } from '../../kernels/random';
import { augmentBatch } from '../fitting/augmentBatch';
import { fitSets } from '../fitting/data';
import { buildFitNet } from '../fitting/model';
import { pick } from '../shapeClassifier/data';
import { classifierMetrics, predictLogits, trainStep } from '../shapeClassifier/train';
import { decoupledDecay } from './decoupledDecay';
import { runTraining, type Trainer } from './runTraining';
import { epochBatches } from './epochBatches';
import { TrainControl } from './control';
import type { Emit, TrainParams } from './protocol';
import { clampLab, type FittingParams } from './labParams';

/**
 * Over- and underfitting, live: `buildFitNet(width)` on a fixed training set of `trainSize` images,
 * in epochs (epochBatches.ts), Adam with decoupled
 * weight decay, optional dropout and augmentation. After every epoch it measures loss and accuracy on
 * the whole training set (no dropout, no augmentation) and on the validation set; those are the
 * curves and the generalisation gap. With `earlyStop` the run stops by the Keras rule (earlyStopping.ts).
 * Evaluation metrics: loss, accuracy, trainLoss, trainAccuracy, epoch, bestEpoch (1-based).
 */
export function fittingTrainer(p: FittingParams, stop: () => void): Trainer {
  const { train, val } = fitSets(p.seed, p.trainSize);
  const model = buildFitNet({ inputSize: train.size, width: p.width, dropout: p.dropout, seed: p.seed });
  const optimizer = tf.train.adam(p.learningRate);
  const rand = randomSeeded(p.seed ^ 0x2545f491);
  const batches = epochBatches(p.trainSize, p.batchSize, rand);
  const valLosses: number[] = [];
  return {
    backend: tf.getBackend(),
    step(k) {
      const b = pick(train, batches.indices(k));
      const r = trainStep(model, optimizer, p.augment ? augmentBatch(b, rand) : b);
      decoupledDecay(model, p.learningRate, p.weightDecay);
      return { loss: r.loss, metrics: { accuracy: r.accuracy } };
    },
    evaluate() {
      const v = classifierMetrics(predictLogits(model, val), val.labels);
      const t = classifierMetrics(predictLogits(model, train), train.labels);
      valLosses.push(v.loss);
      const rule = earlyStopping(valLosses, p.patience);
      if (p.earlyStop && rule.stop !== null) stop();
      const epoch = valLosses.length;
      return { metrics: { loss: v.loss, accuracy: v.accuracy, trainLoss: t.loss, trainAccuracy: t.accuracy, epoch, bestEpoch: rule.best + 1 }, samples: [] };
    },
    dispose() {
      optimizer.dispose();
      model.dispose();
    },
  };
}

export function fittingLoop(params: TrainParams, emit: Emit, control = new TrainControl()): Promise<void> {
  const p = clampLab({ ...(params as FittingParams), kind: 'fitting' }) as FittingParams;
  const { stepsPerEpoch } = epochBatches(p.trainSize, p.batchSize, () => 0);
  const run = { ...p, steps: p.epochs * stepsPerEpoch, evalEvery: stepsPerEpoch, sampleCount: 0 };
  return runTraining(run, () => fittingTrainer(run, () => control.stop()), emit, control);
}
