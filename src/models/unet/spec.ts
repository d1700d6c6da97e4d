import type * as tf from '@tensorflow/tfjs';
import { maxAbsDiff } from '../../kernels/tensor';
import { DEFAULT_SHAPES_OPTIONS } from '../data/shapes';
import { createSession } from '../runtime/ort';
import { runImageBatches } from '../runtime/runImageBatches';
import type { ModelSpec, TrainConfig } from '../spec';
import { layersModelArtifacts, layersModelFromArtifacts } from '../tfjsArtifacts';
import { UNET_DATA, pickSeg, segBatch, type SegBatch } from './data';
import { UNET_IO, exportUNet } from './export';
import { exportUNetFeatures } from './exportFeatures';
import { argmaxClasses, pixelCrossEntropy, segConfusion, segMetrics, type SegMetrics } from './metrics';
import { DEFAULT_UNET_CONFIG, buildUNet } from './model';
import { predictSegLogits, segTrainStep } from './train';

export interface UNetTrainConfig extends TrainConfig {
  classWeights: number[]; // per class, in the loss
}

interface Data {
  trainCount: number;
  train: SegBatch;
  val: SegBatch;
}

type Validation = SegMetrics & { loss: number };

const halvedAfter = (epochs: number) => Math.floor((2 * epochs) / 3);
const round = (v: number) => (Number.isNaN(v) ? null : Number(v.toFixed(6)));

function scores(logits: Float32Array, layout: 'nhwc' | 'nchw', masks: Uint8Array, n: number, plane: number, classes: number): Validation {
  const pred = argmaxClasses(logits, layout, n, plane, classes);
  return { ...segMetrics(segConfusion(pred, masks, classes)), loss: pixelCrossEntropy(logits, masks, layout, n, plane, classes) };
}

/**
 * The tiny U-Net (model.ts) and, with `skips: false`, the same network without its skip
 * connections (the demo's ablation). Per-pixel weighted cross-entropy; Adam, learning rate halved
 * for the last third of the epochs. Data: scenes [0, trainSize) of stream `seed` train, the next valSize validate.
 */
export function unetSpec(name: 'unet' | 'unet-noskip'): ModelSpec<UNetTrainConfig, tf.LayersModel, Data, SegBatch, Validation> {
  const skips = name === 'unet';
  const S = UNET_DATA.width!;
  const C = UNET_IO.labels.length;
  return {
    name,
    task: `semantic segmentation of ${S}×${S} RGB shapes-world scenes (1–3 objects): background, circle, square or triangle per pixel`,
    defaults: {
      epochs: 6,
      trainSize: 6000,
      valSize: 1000,
      batchSize: 16,
      learningRate: 3e-3,
      // Background is ~88% of the pixels: a mild up-weighting of the shapes so their edge pixels
      // are not cheap to lose (IoU punishes that, pixel accuracy barely sees it). Not tuned: no run
      // without the weights was compared.
      classWeights: [1, 2, 2, 2],
    },
    dataOptions: { ...DEFAULT_SHAPES_OPTIONS, ...UNET_DATA },
    shuffleSalt: 0x5bd1e995,
    logEvery: 100,
    data: (c) => ({ trainCount: c.trainSize, train: segBatch(c.seed, 0, c.trainSize, UNET_DATA), val: segBatch(c.seed, c.trainSize, c.valSize, UNET_DATA) }),
    build: (c) => buildUNet({ seed: c.seed, inputSize: S, classes: c.classWeights.length, skips }),
    learningRate: (c, at) => (at.epoch > halvedAfter(c.epochs) ? c.learningRate / 2 : c.learningRate),
    batch: (d, idx) => pickSeg(d.train, idx),
    step(m, optimizer, b, c) {
      const { loss, pixelAccuracy } = segTrainStep(m, optimizer, b, c.classWeights);
      return { loss, metrics: { pixelAccuracy } };
    },
    validate: (m, d, c) => scores(predictSegLogits(m, d.val, c.classWeights.length), 'nhwc', d.val.masks, d.val.count, S * S, c.classWeights.length),
    historyRow: (v) => ({ valLoss: v.loss, valMeanIoU: v.meanIoU, valPixelAccuracy: v.pixelAccuracy }),
    // The skip model also ships its feature-map graph (the same weights, every level tapped) for the unet-lessons demo.
    export: async (m) => ({
      onnx: {
        model: { name: `${name}.onnx`, bytes: exportUNet(m, name.replace('-', '_')) },
        ...(skips ? { features: { name: `${name}-features.onnx`, bytes: exportUNetFeatures(m) } } : {}),
      },
      tfjs: await layersModelArtifacts(m),
    }),
    loadShipped: layersModelFromArtifacts,
    card: (m, c, v) => ({
      io: { ...UNET_IO, inputShape: ['batch', 3, S, S], outputShape: ['batch', C, S, S] },
      architecture: {
        ...DEFAULT_UNET_CONFIG,
        skips,
        seed: c.seed,
        upsampling: 'nearest ×2 then conv3×3 (resize-convolution)',
        // Every layer with its output shape [H, W, C] and parameter count (the demo's schematic reads these).
        layers: m.layers.map((l) => {
          const lc = l.getConfig() as { kernelSize?: number[]; poolSize?: number[]; size?: number[]; strides?: number[] };
          const window = lc.kernelSize ?? lc.poolSize;
          return {
            name: l.name,
            type: l.getClassName(),
            output: (l.outputShape as number[]).slice(1),
            params: l.countParams(),
            ...(window ? { window, strides: lc.strides } : {}),
            ...(lc.size ? { scale: lc.size } : {}),
          };
        }),
      },
      parameters: m.countParams(),
      training: {
        optimizer: `adam, learning rate ${c.learningRate}, halved after epoch ${halvedAfter(c.epochs)}`,
        loss: `per-pixel softmax cross-entropy on logits, class weights ${JSON.stringify(c.classWeights)} (background, circle, square, triangle)`,
      },
      // IoU per class over all validation pixels; meanIoU over the three shape classes.
      validation: { ...v, classes: UNET_IO.labels },
    }),
    async evaluate(files, card, seed, count) {
      const b = segBatch(seed, 0, count, card.data.options);
      const logitsOf = async (bytes: Uint8Array) => {
        const session = await createSession(bytes);
        try {
          return (await runImageBatches(session, { input: UNET_IO.input, output: UNET_IO.logits }, b.nchw, count, b.size, 64)).data;
        } finally {
          await session.release();
        }
      };
      const logits = await logitsOf(files.model);
      // The feature-map graph must be the same network: its logits against the model's on the same scenes.
      const features = files.features ? { featuresLogitsMaxAbsDiff: maxAbsDiff(await logitsOf(files.features), logits) } : {};
      const m = scores(logits, 'nchw', b.masks, count, b.size * b.size, C);
      const [background, circle, square, triangle] = m.iou.map(round);
      return {
        meanIoU: round(m.meanIoU),
        iou: { background, circle, square, triangle },
        pixelAccuracy: round(m.pixelAccuracy),
        loss: round(m.loss),
        confusion: m.confusion,
        cardValidationMeanIoU: (card.validation as { meanIoU: number }).meanIoU,
        ...features,
      };
    },
    dispose: (m) => m.dispose(),
  };
}
