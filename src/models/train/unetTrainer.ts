import * as tf from '@tensorflow/tfjs';
import { UNET_CLASSES, UNET_DATA, segBatch } from '../unet/data';
import { argmaxClasses, segConfusion, segMetrics } from '../unet/metrics';
import { buildUNet } from '../unet/model';
import { predictSegLogits, segTrainStep } from '../unet/train';
import { runTraining, type Trainer } from './runTraining';
import type { TrainControl } from './control';
import type { Emit, SamplePrediction, TrainParams } from './protocol';

/**
 * Live training of the tiny U-Net (the shipped architecture, unet/model.ts, from scratch), the
 * pure part of unet.worker.ts. Step k trains on scenes [(k−1)·B, k·B) of stream `seed`, with the
 * shipped model's class weights [1, 2, 2, 2]; validation: 48 scenes far past any training index,
 * the first `sampleCount` of them fixed scenes whose predicted masks are shown as they improve.
 * Reports pixel accuracy as `accuracy` (so the generic page side plots it) and meanIoU over
 * the three shape classes.
 */
const VAL_START = 1_000_000_000;
const VAL_SIZE = 48;
const CLASS_WEIGHTS = [1, 2, 2, 2];
const C = UNET_CLASSES.length;

export function unetTrainer(params: TrainParams): Trainer {
  const S = UNET_DATA.width!;
  const model = buildUNet({ seed: params.seed, inputSize: S });
  const optimizer = tf.train.adam(params.learningRate);
  const val = segBatch(params.seed, VAL_START, VAL_SIZE);
  const plane = S * S;
  return {
    backend: tf.getBackend(),
    step(k) {
      const { loss, pixelAccuracy } = segTrainStep(model, optimizer, segBatch(params.seed, (k - 1) * params.batchSize, params.batchSize), CLASS_WEIGHTS);
      return { loss, metrics: { accuracy: pixelAccuracy } };
    },
    evaluate(sampleCount) {
      const logits = predictSegLogits(model, val, C);
      const pred = argmaxClasses(logits, 'nhwc', val.count, plane, C);
      const m = segMetrics(segConfusion(pred, val.masks, C));
      const samples: SamplePrediction[] = [];
      for (let i = 0; i < Math.min(sampleCount, val.count); i++) {
        const predMask = pred.slice(i * plane, (i + 1) * plane);
        const trueMask = val.masks.slice(i * plane, (i + 1) * plane);
        let right = 0;
        for (let p = 0; p < plane; p++) right += predMask[p] === trueMask[p] ? 1 : 0;
        samples.push({
          image: val.nchw.slice(i * 3 * plane, (i + 1) * 3 * plane),
          width: S,
          height: S,
          trueLabel: 'mask',
          predLabel: 'mask',
          confidence: right / plane, // this scene's pixel accuracy
          predMask,
          trueMask,
        });
      }
      return { metrics: { accuracy: m.pixelAccuracy, meanIoU: m.meanIoU }, samples };
    },
    dispose() {
      optimizer.dispose();
      model.dispose();
    },
  };
}

export function unetTrainLoop(params: TrainParams, emit: Emit, control?: TrainControl): Promise<void> {
  return runTraining(params, () => unetTrainer(params), emit, control);
}
