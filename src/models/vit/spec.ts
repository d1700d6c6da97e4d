import { DEFAULT_SHAPES_OPTIONS } from '../data/shapes';
import { createSession } from '../runtime/ort';
import type { ModelSpec, TrainConfig } from '../spec';
import { VIT_DATA, pickPatches, vitBatch, type VitBatch } from './data';
import { exportVit } from './export';
import { VIT_IO } from './io';
import { vitMetrics, type VitMetrics } from './metrics';
import { DEFAULT_VIT_CONFIG, LAYER_NORM_EPSILON, buildVit, disposeVit, parameterCount, tokenCount, type Vit, type VitConfig } from './model';
import { runVitOnnx } from './runVitOnnx';
import { predictVit, vitTrainStep, type PatchBatch } from './train';
import { VIT_WEIGHT_FILES, vitWeightFiles } from './weights';

export interface VitTrainConfig extends TrainConfig {
  warmup: number; // share of all steps over which the learning rate ramps up linearly from 0
  flip: number; // chance that a training image is mirrored left–right when it enters a batch
  model?: Partial<VitConfig>;
}

interface Data {
  trainCount: number;
  train: VitBatch;
  val: VitBatch;
  flip: number;
}

const round = (v: number) => Number(v.toFixed(6));

/**
 * vit-tiny (model.ts): shape and colour of the single object in a 32×32 scene. Adam with a
 * linear warm-up then a per-step cosine decay to 0 (transformers trained from scratch diverge or
 * stall without the warm-up; ViT §B.1 uses the same shape of schedule). Data: scenes
 * [0, trainSize) of stream `seed` train, the next valSize validate.
 */
export const vitSpec: ModelSpec<VitTrainConfig, Vit, Data, PatchBatch, VitMetrics> = {
  name: 'vit-tiny',
  task: 'name the shape and the colour of the single object in a 32×32 RGB image, with a 4-layer Vision Transformer whose attention is an output',
  defaults: { epochs: 8, trainSize: 14000, valSize: 1000, batchSize: 32, learningRate: 2e-3, warmup: 0.1, flip: 0.5 },
  dataOptions: { ...DEFAULT_SHAPES_OPTIONS, ...VIT_DATA },
  shuffleSalt: 0x68e31da4,
  logEvery: 50,
  data(c, log) {
    const t0 = performance.now();
    const P = c.model?.patchSize ?? DEFAULT_VIT_CONFIG.patchSize;
    const d = { trainCount: c.trainSize, train: vitBatch(c.seed, 0, c.trainSize, P), val: vitBatch(c.seed, c.trainSize, c.valSize, P), flip: c.flip };
    log(`data: ${c.trainSize} + ${c.valSize} scenes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return d;
  },
  build: (c) => buildVit({ seed: c.seed, inputSize: VIT_DATA.width, ...c.model }),
  learningRate(c, at) {
    const warm = Math.max(1, Math.round(c.warmup * at.totalSteps));
    if (at.step < warm) return (c.learningRate * (at.step + 1)) / warm;
    return (c.learningRate * (1 + Math.cos((Math.PI * (at.step - warm)) / Math.max(1, at.totalSteps - warm)))) / 2;
  },
  batch: (d, idx, at) => {
    const flips = Array.from(idx, () => at.rand() < d.flip);
    return pickPatches(d.train, idx, (k) => flips[k]);
  },
  step(m, optimizer, b) {
    const r = vitTrainStep(m, optimizer, b);
    return { loss: r.loss, metrics: { shapeAccuracy: r.shapeAccuracy, colourAccuracy: r.colourAccuracy } };
  },
  validate(m, d) {
    const p = predictVit(m, d.val.patches, d.val.count);
    return vitMetrics(p.shapeLogits, p.colourLogits, d.val.shapes, d.val.colours);
  },
  historyRow: (v) => ({ valLoss: v.loss, valAccuracy: v.accuracy, valShapeAccuracy: v.shapeAccuracy, valColourAccuracy: v.colourAccuracy }),
  export: async (m) => ({ onnx: { model: { name: VIT_IO.file, bytes: exportVit(m) } }, tfjs: vitWeightFiles(m) }),
  card(m, c, v) {
    const a = m.config;
    const T = tokenCount(a);
    return {
      io: {
        ...VIT_IO,
        inputShape: ['batch', a.channels, a.inputSize, a.inputSize],
        outputShapes: { shape_logits: ['batch', a.shapeClasses], colour_logits: ['batch', a.colourClasses], attention: ['batch', a.layers, a.heads, T, T] },
        tokens: `T = ${T}: token 0 is CLS, token 1 + r·${a.inputSize / a.patchSize} + c the patch at grid row r, column c`,
        tfjs: `${VIT_WEIGHT_FILES.json} + ${VIT_WEIGHT_FILES.bin}; the tfjs model takes patches [batch, ${T - 1}, ${a.channels * a.patchSize ** 2}] in patchify order`,
      },
      architecture: {
        ...a,
        tokens: T,
        norm: `pre-norm; layer norm ε = ${LAYER_NORM_EPSILON}`,
        gelu: 'exact (erf) form: ½x(1 + erf(x/√2))',
        positionEmbeddings: 'learned, 1-D, one per token including CLS',
        outputHeads: 'two linear heads on the final-normed CLS token: shape (3) and colour (5); a sample counts as right when both are',
        summary: `patch ${a.patchSize}×${a.patchSize} → linear ${a.width} → CLS + pos → ${a.layers} × [LN → MHA ${a.heads} heads → +; LN → MLP ${a.mlp} GELU → +] → LN(CLS) → shape / colour`,
      },
      parameters: parameterCount(m),
      training: {
        steps: Math.floor(c.trainSize / c.batchSize) * c.epochs,
        optimizer: `adam, learning rate ${c.learningRate}, linear warm-up over the first ${c.warmup * 100}% of steps, then per-step cosine decay to 0; no weight decay`,
        loss: 'softmax cross-entropy of the shape head + that of the colour head',
        warmup: c.warmup,
        augmentation: `each training image mirrored left–right with probability ${c.flip} (drawn from the shuffle stream)`,
      },
      validation: { ...v },
    };
  },
  async evaluate(files, card, seed, count) {
    const a = card.architecture as unknown as VitConfig;
    const b = vitBatch(seed, 0, count, a.patchSize, card.data.options);
    const session = await createSession(files.model);
    try {
      const o = await runVitOnnx(session, b.nchw, count, b.size);
      const m = vitMetrics(o.shapeLogits, o.colourLogits, b.shapes, b.colours);
      return {
        accuracy: m.accuracy,
        shapeAccuracy: m.shapeAccuracy,
        colourAccuracy: m.colourAccuracy,
        loss: round(m.loss),
        shapeConfusion: m.shapeConfusion,
        colourConfusion: m.colourConfusion,
        cardValidationAccuracy: (card.validation as unknown as VitMetrics).accuracy,
      };
    } finally {
      await session.release();
    }
  },
  dispose: disposeVit,
};
