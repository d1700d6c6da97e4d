import * as tf from '@tensorflow/tfjs';
import { randomSeeded, type Random } from '../../kernels/random';
import { buildUNet, type UNetConfig } from './model';
import { UNET_DATA, pickSeg, segBatch, type SegBatch } from './data';
import { predictSegLogits, segTrainStep } from './train';
import { argmaxClasses, pixelCrossEntropy, segConfusion, segMetrics, type SegMetrics } from './metrics';

/**
 * Offline training of the U-Net on a fixed seeded data set (the CLI's job).
 * Data: scenes [0, trainSize) of stream `seed` train, [trainSize, trainSize + valSize) validate.
 * Reproducible: seeded data, seeded initialisers, shuffles from our RNG, deterministic kernels.
 */
export interface UNetFitOptions {
  seed: number;
  epochs: number;
  trainSize: number;
  valSize: number;
  batchSize: number;
  learningRate: number; // Adam; halved for the last third of the epochs
  classWeights: number[]; // per class, in the loss
  model?: Partial<UNetConfig>;
  log?: (line: string) => void;
}

export const DEFAULT_UNET_FIT: Omit<UNetFitOptions, 'seed'> = {
  epochs: 6,
  trainSize: 6000,
  valSize: 1000,
  batchSize: 16,
  learningRate: 3e-3,
  // Background is ~88% of the pixels: a mild up-weighting of the shapes so their edge pixels
  // are not cheap to lose (IoU punishes that, pixel accuracy barely sees it). Not tuned: no run
  // without the weights was compared.
  classWeights: [1, 2, 2, 2],
};

export interface UNetHistoryRow {
  epoch: number;
  trainLoss: number;
  trainPixelAccuracy: number;
  valLoss: number;
  valMeanIoU: number;
  valPixelAccuracy: number;
  seconds: number;
}

export interface UNetFitResult {
  model: tf.LayersModel;
  validation: SegMetrics & { loss: number };
  history: UNetHistoryRow[];
}

function shuffled(n: number, rand: Random): Int32Array {
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

/** Scores a tfjs model on a batch with the shared metric code. */
export function evaluateSeg(model: tf.LayersModel, b: SegBatch, classes: number): SegMetrics & { loss: number } {
  const logits = predictSegLogits(model, b, classes);
  const plane = b.size * b.size;
  const pred = argmaxClasses(logits, 'nhwc', b.count, plane, classes);
  return { ...segMetrics(segConfusion(pred, b.masks, classes)), loss: pixelCrossEntropy(logits, b.masks, 'nhwc', b.count, plane, classes) };
}

export function fitUNet(o: UNetFitOptions): UNetFitResult {
  const log = o.log ?? (() => {});
  const t0 = performance.now();
  const train = segBatch(o.seed, 0, o.trainSize, UNET_DATA);
  const val = segBatch(o.seed, o.trainSize, o.valSize, UNET_DATA);
  log(`data: ${o.trainSize} train + ${o.valSize} validation scenes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const classes = o.classWeights.length;
  const model = buildUNet({ seed: o.seed, inputSize: train.size, classes, ...o.model });
  const optimizer = tf.train.adam(o.learningRate);
  const rand = randomSeeded(o.seed ^ 0x5bd1e995);
  const history: UNetHistoryRow[] = [];
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    if (epoch === Math.floor((2 * o.epochs) / 3) + 1) (optimizer as unknown as { learningRate: number }).learningRate = o.learningRate / 2;
    const order = shuffled(train.count, rand);
    let loss = 0,
      acc = 0,
      steps = 0;
    for (let s = 0; s + o.batchSize <= train.count; s += o.batchSize) {
      const r = segTrainStep(model, optimizer, pickSeg(train, order.subarray(s, s + o.batchSize)), o.classWeights);
      if (!Number.isFinite(r.loss)) throw new Error(`fitUNet: loss is ${r.loss} at epoch ${epoch}, step ${steps}`);
      loss += r.loss;
      acc += r.pixelAccuracy;
      steps++;
      if (steps % 100 === 0) log(`  epoch ${epoch} step ${steps}: loss ${(loss / steps).toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    const v = evaluateSeg(model, val, classes);
    const seconds = (performance.now() - t0) / 1000;
    history.push({
      epoch,
      trainLoss: loss / steps,
      trainPixelAccuracy: acc / steps,
      valLoss: v.loss,
      valMeanIoU: v.meanIoU,
      valPixelAccuracy: v.pixelAccuracy,
      seconds,
    });
    log(
      `epoch ${epoch}/${o.epochs}: train loss ${(loss / steps).toFixed(4)}, val loss ${v.loss.toFixed(4)} mIoU ${v.meanIoU.toFixed(4)} [${v.iou.map((x) => x.toFixed(3)).join(', ')}] pixel acc ${v.pixelAccuracy.toFixed(4)} (${seconds.toFixed(0)} s)`,
    );
  }
  optimizer.dispose();
  return { model, validation: evaluateSeg(model, val, classes), history };
}
