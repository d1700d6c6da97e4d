import * as tf from '@tensorflow/tfjs';
import { DEFAULT_SHAPES_OPTIONS } from '../data/shapes';
import { exportFunctional } from '../onnx/exportFunctional';
import { graphCost } from '../onnx/graphCost';
import { readOnnx } from '../onnx/readOnnx';
import { createSession } from '../runtime/ort';
import { runImageBatches } from '../runtime/runImageBatches';
import { classifierMetrics, predictLogits, trainStep, type ClassifierMetrics } from '../shapeClassifier/train';
import type { ModelSpec, TrainConfig } from '../spec';
import { layersModelArtifacts } from '../tfjsArtifacts';
import { LARGEST_CLASSES, LARGEST_DATA_DESCRIPTION, largestBatch, pickLargest, type LargestBatch } from './data';
import type { FamilyMember } from './family';
import { BASE_STAGES, buildTinyEffNet, inputSide, roundFilters, stageRepeats } from './tinyEffNet';

interface Data {
  trainCount: number;
  train: LargestBatch;
  val: LargestBatch;
}

export const EFFNET_IO = { input: 'image', logits: 'logits', probs: 'probs', labels: LARGEST_CLASSES, layout: 'NCHW float32 [batch, 3, S, S], RGB in [0, 1]' };

const lastEpochHalved = (epochs: number) => epochs - 1;

/**
 * One member of the tiny EfficientNet family (family.ts, tinyEffNet.ts) on the "shape of the
 * largest object" task (data.ts) at its own resolution. Same data stream, seed, schedule and
 * budget for every member, so they differ only in their scaling: Adam, learning rate halved for
 * the last epoch; scenes [0, trainSize) train, the next valSize validate.
 */
export function effnetSpec(member: FamilyMember): ModelSpec<TrainConfig, tf.LayersModel, Data, LargestBatch, ClassifierMetrics> {
  const S = inputSide(member.scale);
  // The renderer's options as the card records them (the scene generator's own constants are in `data`).
  const dataOptions = { ...DEFAULT_SHAPES_OPTIONS, width: S, height: S, maxObjects: 4, noise: 0.08, background: 'mixed' as const };
  const exportBytes = (m: tf.LayersModel) =>
    exportFunctional(m, { inputName: EFFNET_IO.input, outputName: EFFNET_IO.logits, softmaxOutput: EFFNET_IO.probs, name: member.name.replace('-', '_') });
  return {
    name: member.name,
    task: `name the shape of the largest of 2–4 objects (one target of radius 11–20% of the side, 1–3 distractors of 4–7.5%, five colours, noise, textures) in a ${S}×${S} RGB image`,
    defaults: { epochs: 3, trainSize: 2400, valSize: 600, batchSize: 32, learningRate: 5e-3 },
    dataOptions,
    shuffleSalt: 0x2545f491,
    logEvery: 25,
    data: (c) => ({ trainCount: c.trainSize, train: largestBatch(c.seed, 0, c.trainSize, S), val: largestBatch(c.seed, c.trainSize, c.valSize, S) }),
    build: (c) => {
      const init = largestBatch(c.seed, 0, 32, S); // 32 training scenes for the LSUV init
      const x = tf.tensor4d(init.nhwc, [init.count, S, S, 3]);
      try {
        return buildTinyEffNet(member.scale, LARGEST_CLASSES.length, c.seed, false, x);
      } finally {
        x.dispose();
      }
    },
    learningRate: (c, at) => (at.epoch > lastEpochHalved(c.epochs) ? c.learningRate / 2 : c.learningRate),
    batch: (d, idx) => pickLargest(d.train, idx),
    step(m, optimizer, b) {
      const { loss, accuracy } = trainStep(m, optimizer, b);
      return { loss, metrics: { accuracy } };
    },
    validate: (m, d) => classifierMetrics(predictLogits(m, d.val, 128), d.val.labels),
    historyRow: (v) => ({ valAccuracy: v.accuracy, valLoss: v.loss }),
    export: async (m) => ({ onnx: { model: { name: `${member.name}.onnx`, bytes: exportBytes(m) } }, tfjs: await layersModelArtifacts(m) }),
    card: (m, c, v) => {
      const cost = graphCost(readOnnx(exportBytes(m)));
      return {
        io: { ...EFFNET_IO, inputShape: ['batch', 3, S, S], outputShape: ['batch', LARGEST_CLASSES.length] },
        architecture: {
          family: 'tiny EfficientNet (src/models/efficientnet/tinyEffNet.ts)',
          curve: member.curve,
          phi: member.phi,
          scale: member.scale,
          resolution: S,
          repeats: stageRepeats(member.scale),
          channels: BASE_STAGES.map(([, , , , out]) => roundFilters(out, member.scale.width)),
          batchNorm: false,
          blocks: m.layers.filter((l) => l.name.endsWith('/se')).length,
          // graphCost on the shipped ONNX graph, batch 1: the x axis of the demo's plot.
          macs: cost.macs,
          otherOps: cost.otherOps,
        },
        data: LARGEST_DATA_DESCRIPTION,
        parameters: m.countParams(),
        training: { optimizer: `adam, learning rate ${c.learningRate}, halved for the last epoch`, loss: 'softmax cross-entropy on logits' },
        validation: { ...v, classes: LARGEST_CLASSES },
      };
    },
    async evaluate(files, card, seed, count) {
      const b = largestBatch(seed, 0, count, card.data.options.width!);
      const session = await createSession(files.model);
      try {
        const io = { input: EFFNET_IO.input, output: EFFNET_IO.logits };
        const m = classifierMetrics((await runImageBatches(session, io, b.nchw, count, b.size)).data, b.labels);
        return { ...m, loss: Number(m.loss.toFixed(6)), cardValidationAccuracy: (card.validation as { accuracy: number }).accuracy };
      } finally {
        await session.release();
      }
    },
    dispose: (m) => m.dispose(),
  };
}
