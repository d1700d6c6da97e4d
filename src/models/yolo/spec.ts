import type * as tf from '@tensorflow/tfjs';
import { anchorKMeans } from '../../kernels/anchorKMeans';
import { tensor } from '../../kernels/tensor';
import { DEFAULT_SHAPES_OPTIONS } from '../data/shapes';
import { createSession } from '../runtime/ort';
import { runImageBatches } from '../runtime/runImageBatches';
import type { ModelSpec, TrainConfig } from '../spec';
import { layersModelArtifacts } from '../tfjsArtifacts';
import { YOLO_DATA, boxSizes, detBatch, pickDet, type DetBatch } from './data';
import { detect, headOfNchw, headOfNhwc, type DetectOptions } from './detect';
import { exportYolo } from './export';
import { YOLO_IO } from './io';
import { DEFAULT_LOSS_WEIGHTS, type YoloLossWeights } from './loss';
import { detectionScores, type DetectionScores } from './metrics';
import { DEFAULT_YOLO_CONFIG, LEAKY_ALPHA, OBJECTNESS_PRIOR, buildYolo, type YoloConfig } from './model';
import type { Anchor } from './targets';
import { predictHeads, yoloTrainStep } from './train';

export interface YoloTrainConfig extends TrainConfig {
  loss: YoloLossWeights;
  postprocess: Omit<DetectOptions, 'anchors'>; // validation and evaluation
  model?: Partial<YoloConfig>; // tests shrink the net
}

interface Data {
  trainCount: number;
  train: DetBatch;
  val: DetBatch;
  anchors: Anchor[];
  anchorMeanIou: number;
}

/** A minibatch carries the data set's anchors: the step builds its targets with them. */
type Batch = DetBatch & { anchors: Anchor[] };

/** The held-out scores, and the anchors they were decoded with (the card records both). */
interface Validation {
  scores: DetectionScores;
  anchors: Anchor[];
  anchorMeanIou: number;
}

const K = YOLO_IO.anchorsPerCell * (5 + YOLO_IO.numClasses);
const S = YOLO_IO.grid;
const r2 = (v: number) => Math.round(v * 100) / 100;

function scoreHeads(heads: Float32Array, layout: 'nhwc' | 'nchw', b: DetBatch, o: DetectOptions): DetectionScores {
  const dets = b.boxes.map((_, i) => detect(layout === 'nhwc' ? headOfNhwc(heads, i, S, K) : headOfNchw(heads, i, S, K), o).kept);
  return detectionScores(dets, b.boxes, b.labels);
}

/**
 * yolo-tiny (model.ts): one-stage detection on 64×64 scenes of 1–5 objects. `data` draws the
 * scenes and fits A = 3 anchors by k-means with d = 1 − IoU over every training box (YOLOv2's
 * dimension clusters). YOLOv2/v3 loss (loss.ts); Adam with a per-step cosine decay. Data: scenes
 * [0, trainSize) of stream `seed` train, the next valSize validate.
 */
export const yoloSpec: ModelSpec<YoloTrainConfig, tf.Sequential, Data, Batch, Validation> = {
  name: 'yolo-tiny',
  task: 'one-stage object detection (boxes and circle / square / triangle) in 64×64 RGB shapes-world scenes of 1–5 objects',
  defaults: {
    epochs: 6,
    trainSize: 6000,
    valSize: 500,
    batchSize: 32,
    learningRate: 2e-3,
    loss: DEFAULT_LOSS_WEIGHTS,
    // Score 0.005 and 100 per image: mAP wants the whole ranked list (a low tail can only add
    // recall); NMS IoU 0.45 as darknet's detector.
    postprocess: { scoreThreshold: 0.005, iouThreshold: 0.45, maxDetections: 100 },
  },
  dataOptions: { ...DEFAULT_SHAPES_OPTIONS, ...YOLO_DATA },
  shuffleSalt: 0x1b873593,
  logEvery: 50,
  data(c, log) {
    const t0 = performance.now();
    const train = detBatch(c.seed, 0, c.trainSize, YOLO_DATA);
    const val = detBatch(c.seed, c.trainSize, c.valSize, YOLO_DATA);
    const sizes = boxSizes(train.boxes);
    const km = anchorKMeans(tensor([sizes.length / 2, 2], sizes), YOLO_IO.anchorsPerCell, { seed: c.seed });
    const anchors = Array.from({ length: YOLO_IO.anchorsPerCell }, (_, a) => [r2(km.anchors.data[2 * a]), r2(km.anchors.data[2 * a + 1])] as const);
    log(
      `data: ${c.trainSize} + ${c.valSize} scenes, ${sizes.length / 2} training boxes in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
        `anchors ${JSON.stringify(anchors)} (mean IoU ${km.meanIou.toFixed(3)})`,
    );
    return { trainCount: c.trainSize, train, val, anchors, anchorMeanIou: km.meanIou };
  },
  build: (c) => buildYolo({ seed: c.seed, ...c.model }),
  learningRate: (c, at) => (c.learningRate * (1 + Math.cos((Math.PI * at.step) / at.totalSteps))) / 2,
  batch: (d, idx) => ({ ...pickDet(d.train, idx), anchors: d.anchors }),
  step(m, optimizer, b, c) {
    const { loss, ...metrics } = yoloTrainStep(m, optimizer, b, b.anchors, c.loss);
    return { loss, metrics };
  },
  validate: (m, d, c) => ({
    scores: scoreHeads(predictHeads(m, d.val.nhwc, d.val.count, d.val.size), 'nhwc', d.val, { anchors: d.anchors, ...c.postprocess }),
    anchors: d.anchors,
    anchorMeanIou: d.anchorMeanIou,
  }),
  historyRow: (v) => ({ valMAP50: v.scores.mAP50, valMAP50_95: v.scores.mAP50_95 }),
  export: async (m) => ({ onnx: { model: { name: 'yolo-tiny.onnx', bytes: exportYolo(m) } }, tfjs: await layersModelArtifacts(m) }),
  card: (m, c, v) => ({
    io: {
      ...YOLO_IO,
      anchors: v.anchors,
      inputShape: ['batch', 3, YOLO_IO.inputSize, YOLO_IO.inputSize],
      outputShape: ['batch', K, S, S],
      postprocess: c.postprocess,
      decode: 'bx = (σ(tx) + cx)·stride, by = (σ(ty) + cy)·stride, bw = pw·e^tw, bh = ph·e^th; score = σ(to)·softmax(c)[class]',
    },
    architecture: {
      ...DEFAULT_YOLO_CONFIG,
      ...c.model,
      seed: c.seed,
      leakyAlpha: LEAKY_ALPHA,
      objectnessPrior: OBJECTNESS_PRIOR,
      layers: m.layers.map((l) => ({ name: l.name, type: l.getClassName(), output: (l.outputShape as number[]).slice(1), params: l.countParams() })),
    },
    parameters: m.countParams(),
    data: {
      anchors: v.anchors,
      anchorKMeans: {
        k: YOLO_IO.anchorsPerCell,
        distance: '1 − IoU of (w, h) at a common centre',
        over: 'every training box',
        seed: c.seed,
        meanIou: v.anchorMeanIou,
      },
    },
    training: {
      optimizer: `adam, learning rate ${c.learningRate}, cosine decay per step to 0`,
      loss: `YOLOv2/v3: responsible cell + best anchor; ${c.loss.coord}·scale·MSE on (σ(tx), σ(ty), tw, th), BCE objectness with no-object weight ${c.loss.noObject}, softmax class cross-entropy`,
      lossWeights: c.loss,
    },
    validation: { ...v.scores },
  }),
  async evaluate(files, card, seed, count) {
    const io = card.io as { anchors: Anchor[]; postprocess: YoloTrainConfig['postprocess'] };
    const b = detBatch(seed, 0, count, card.data.options);
    const session = await createSession(files.model);
    try {
      const heads = (await runImageBatches(session, { input: YOLO_IO.input, output: YOLO_IO.head }, b.nchw, count, b.size)).data;
      const scores = scoreHeads(heads, 'nchw', b, { anchors: io.anchors, ...io.postprocess });
      return { ...scores, cardValidationMAP50: (card.validation as { mAP50: number }).mAP50 };
    } finally {
      await session.release();
    }
  },
  dispose: (m) => m.dispose(),
};
