import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { loadTfjsModel } from '../../../src/cli/tfjsFiles';
import { transferBatch } from '../../../src/models/fineTune/data';
import { groupStep, layerVariables } from '../../../src/models/train/groupStep';
import { fineTuneLoop, transferRun, type Variant } from '../../../src/models/train/fineTuneTrainer';
import type { FromWorker } from '../../../src/models/train/protocol';
import type { FineTuneParams } from '../../../src/models/train/labParams';

/** Freezing and parameter groups on the shipped shape classifier (cpu backend, a few steps of batch 8). */
let shipped: tf.LayersModel;
const weightsOf = (m: tf.LayersModel, name: string) =>
  m
    .getLayer(name)
    .getWeights()
    .map((w) => w.dataSync().slice());

function steps(v: Variant, n: number, lr = 0.05, ratio = 1) {
  const r = transferRun(v, 2, 3, shipped, lr, ratio);
  const b = transferBatch('corners', 3, 0, 8);
  for (let i = 0; i < n; i++) {
    const x = tf.tensor4d(b.nhwc, [8, 32, 32, 3]);
    const y = tf.oneHot(tf.tensor1d(b.labels, 'int32'), 2);
    groupStep(() => tf.losses.softmaxCrossEntropy(y, r.model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar, r.groups);
    tf.dispose([x, y]);
  }
  return r;
}
const dispose = (r: ReturnType<typeof transferRun>) => (r.groups.forEach((g) => g.optimizer.dispose()), r.model.dispose());

describe('fine-tuning the shipped shape classifier', () => {
  beforeAll(async () => {
    await useTfBackend('cpu');
    shipped = await loadTfjsModel('shape-classifier');
  });
  afterAll(() => shipped.dispose());

  it('a pretrained backbone starts bit-identical to the shipped weights', () => {
    const r = transferRun('full', 2, 3, shipped, 0.01, 1);
    for (const name of ['conv1', 'conv2', 'conv3']) expect(weightsOf(r.model, name)).toEqual(weightsOf(shipped, name));
    dispose(r);
  });

  it('a linear probe leaves every backbone weight bit-identical after 3 steps and changes the head', () => {
    const r = transferRun('probe', 2, 3, shipped, 0.05, 1);
    const head0 = weightsOf(r.model, 'head');
    dispose(r);
    const t = steps('probe', 3);
    for (const name of ['conv1', 'conv2', 'conv3']) expect(weightsOf(t.model, name)).toEqual(weightsOf(shipped, name));
    expect(weightsOf(t.model, 'head')[0]).not.toEqual(head0[0]);
    dispose(t);
  });

  it('last-block fine-tuning freezes conv1 and conv2 exactly and moves conv3', () => {
    const t = steps('last', 3);
    expect(weightsOf(t.model, 'conv1')).toEqual(weightsOf(shipped, 'conv1'));
    expect(weightsOf(t.model, 'conv2')).toEqual(weightsOf(shipped, 'conv2'));
    expect(weightsOf(t.model, 'conv3')[0]).not.toEqual(weightsOf(shipped, 'conv3')[0]);
    dispose(t);
  });

  it('a backbone ratio of 0 freezes the whole backbone, as a probe does', () => {
    const t = steps('full', 2, 0.05, 0);
    for (const name of ['conv1', 'conv2', 'conv3']) expect(weightsOf(t.model, name)).toEqual(weightsOf(shipped, name));
    dispose(t);
  });

  it('one parameter group steps exactly as tfjs’s own optimizer.minimize over the same variables', () => {
    // Reference: tf.train.adam(...).minimize(loss, false, varList). Same ops in the same order on cpu,
    // so the weights must agree to the bit (tolerance 0).
    const b = transferBatch('corners', 3, 0, 8);
    const [a, c] = [transferRun('probe', 2, 3, shipped, 0.05, 1), transferRun('probe', 2, 3, shipped, 0.05, 1)];
    const ref = tf.train.adam(0.05);
    const refVars = layerVariables([c.model.getLayer('head')]);
    for (let i = 0; i < 2; i++) {
      const x = tf.tensor4d(b.nhwc, [8, 32, 32, 3]);
      const y = tf.oneHot(tf.tensor1d(b.labels, 'int32'), 2);
      const loss = (m: tf.LayersModel) => () => tf.losses.softmaxCrossEntropy(y, m.apply(x, { training: true }) as tf.Tensor) as tf.Scalar;
      groupStep(loss(a.model), a.groups);
      ref.minimize(loss(c.model), false, refVars); // returnCost false: nothing to dispose
      tf.dispose([x, y]);
    }
    expect(weightsOf(a.model, 'head')).toEqual(weightsOf(c.model, 'head'));
    ref.dispose();
    dispose(a);
    dispose(c);
  });

  it('a whole fine-tuning run leaves no tensor behind and reports all four variants', async () => {
    const before = tf.memory().numTensors;
    const msgs: FromWorker[] = [];
    const p: FineTuneParams = {
      kind: 'fine-tuning',
      task: 'colour',
      trainSize: 8,
      backboneRatio: 0.1,
      learningRate: 0.01,
      batchSize: 4,
      steps: 2,
      seed: 2,
      evalEvery: 2,
    };
    await fineTuneLoop(
      p,
      (m) => msgs.push(m),
      undefined,
      async () => shipped,
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(msgs.at(-1)!.type).toBe('done');
    const last = msgs.filter((m) => m.type === 'progress').at(-1)!;
    for (const v of ['Scratch', 'Probe', 'Last', 'Full']) expect(last.metrics[`val${v}Accuracy`]).toBeGreaterThanOrEqual(0);
    // The loaded weights still do their own job (card: 99.85 %; 64 images, so ≥ 60/64).
    expect(last.metrics.valShippedAccuracy).toBeGreaterThanOrEqual(60 / 64);
  });
});
