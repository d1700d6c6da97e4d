import * as tf from '@tensorflow/tfjs';
import { randomSeeded } from '../../kernels/random';
import { logitMetrics } from '../fineTune/logitMetrics';
import { TRANSFER_CLASSES, transferBatch } from '../fineTune/data';
import { BLOCKS, transferModel } from '../fineTune/transferModel';
import { CLASSIFIER_DATA, classifierBatch, pick } from '../shapeClassifier/data';
import { classifierMetrics, predictLogits } from '../shapeClassifier/train';
import { groupStep, layerVariables, type ParamGroup } from './groupStep';
import { runTraining, type Trainer } from './runTraining';
import { epochBatches } from './epochBatches';
import { TrainControl } from './control';
import type { Emit, TrainParams } from './protocol';
import { clampLab, type FineTuneParams } from './labParams';

/**
 * Four ways to a new task from the shipped shape classifier, trained side by side on the same
 * minibatches (epochs over `trainSize` images, epochBatches.ts):
 *   scratch: the same network, random weights, everything trained at the head's rate;
 *   probe:   pretrained backbone frozen, only the new head trains (a linear probe on pooled features);
 *   last:    conv3 and the head train, conv1–conv2 frozen;
 *   full:    everything trains.
 * Backbone layers that train use learningRate × backboneRatio (their own Adam, groupStep.ts).
 * Evaluation metrics per variant: `<variant>Accuracy`, `<variant>Loss`; plus `shippedAccuracy`, the
 * loaded model on its own task (a check that the weights arrived intact).
 */
export const VARIANTS = ['scratch', 'probe', 'last', 'full'] as const;
export type Variant = (typeof VARIANTS)[number];
const VAL_START = 1_000_000_000;
const VAL_SIZE = 160;

/** One variant's model and parameter groups: what trains, at which rate; every other layer is frozen. */
export function transferRun(
  v: Variant,
  classes: number,
  seed: number,
  shipped: tf.LayersModel,
  lr: number,
  ratio: number,
): { model: tf.Sequential; groups: ParamGroup[] } {
  const model = transferModel(classes, seed, v === 'scratch' ? null : shipped);
  const head = { variables: layerVariables([model.getLayer('head')]), optimizer: tf.train.adam(lr) };
  const trained = v === 'probe' ? [] : v === 'last' ? ['conv3'] : [...BLOCKS];
  const backboneLr = v === 'scratch' ? lr : lr * ratio;
  if (!trained.length || !(backboneLr > 0)) return { model, groups: [head] };
  return { model, groups: [head, { variables: layerVariables(trained.map((n) => model.getLayer(n))), optimizer: tf.train.adam(backboneLr) }] };
}

export function fineTuneTrainer(p: FineTuneParams, shipped: tf.LayersModel): Trainer {
  const K = TRANSFER_CLASSES[p.task].length;
  const train = transferBatch(p.task, p.seed, 0, p.trainSize);
  const val = transferBatch(p.task, p.seed, VAL_START, VAL_SIZE);
  const own = classifierBatch(p.seed, VAL_START, 64, CLASSIFIER_DATA);
  const shippedAccuracy = classifierMetrics(predictLogits(shipped, own), own.labels).accuracy;
  const runs = VARIANTS.map((v) => ({ v, ...transferRun(v, K, p.seed, shipped, p.learningRate, p.backboneRatio) }));
  const batches = epochBatches(p.trainSize, p.batchSize, randomSeeded(p.seed ^ 0x68e31da4));
  return {
    backend: tf.getBackend(),
    step(k) {
      const b = pick(train, batches.indices(k));
      const x = tf.tensor4d(b.nhwc, [b.count, b.size, b.size, 3]);
      const y = tf.tidy(() => tf.oneHot(tf.tensor1d(b.labels, 'int32'), K));
      const metrics: Record<string, number> = {};
      for (const r of runs)
        metrics[`${r.v}Loss`] = groupStep(() => tf.losses.softmaxCrossEntropy(y, r.model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar, r.groups);
      tf.dispose([x, y]);
      // The run is as diverged as its worst variant.
      return { loss: Math.max(...VARIANTS.map((v) => metrics[`${v}Loss`])), metrics };
    },
    evaluate() {
      const metrics: Record<string, number> = { shippedAccuracy };
      for (const r of runs) {
        const m = logitMetrics(predictLogits(r.model, val), val.labels, K);
        metrics[`${r.v}Accuracy`] = m.accuracy;
        metrics[`${r.v}Loss`] = m.loss;
      }
      return { metrics, samples: [] };
    },
    dispose() {
      for (const r of runs) {
        r.groups.forEach((g) => g.optimizer.dispose());
        r.model.dispose();
      }
    },
  };
}

/** `runTraining` over `fineTuneTrainer`; `shipped` loads the shipped tfjs model (fetch in a worker, files in Node). */
export async function fineTuneLoop(params: TrainParams, emit: Emit, control = new TrainControl(), shipped: () => Promise<tf.LayersModel>): Promise<void> {
  const p = clampLab({ ...(params as FineTuneParams), kind: 'fine-tuning' }) as FineTuneParams;
  let model: tf.LayersModel;
  try {
    model = await shipped();
  } catch (e) {
    emit({ type: 'error', message: `Could not load the shipped shape classifier: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  return runTraining(p, () => fineTuneTrainer(p, model), emit, control);
}
