import * as tf from '@tensorflow/tfjs';
import { randomSeeded } from '../../kernels/random';
import { CLIP_DATA, clipBatch, gatherRows, shuffled, trainingTokens, DEFAULT_CAPTION_NOISE, type CaptionNoise, type ClipBatch } from './data';
import { buildClip, embedImages, embedTexts, type Clip, type ClipConfig } from './model';
import { clipTrainStep } from './train';
import { padBatch, tokenizeBatch } from './tokenizer';
import { classEmbeddings, retrievalMetrics, zeroShotMetrics, type RetrievalMetrics, type ZeroShotMetrics } from './metrics';
import { PROMPT_SETS, isColourSet, type PromptSet } from './prompts';

/**
 * Offline training of the tiny CLIP (the CLI's job), with a custom loop of clipTrainStep
 * (train.ts): symmetric cross-entropy of exp(t)·I·Tᵀ over both encoders and t, t clipped to
 * ln 100 after each step; Adam with a per-step cosine learning-rate decay.
 * Data: scenes [0, trainSize) of stream `seed` train, [trainSize, trainSize + valSize) validate
 * retrieval, and the next zeroShotSize single-object scenes validate zero-shot classification.
 * Reproducible: seeded data, initialisers, shuffles and caption noise; deterministic kernels.
 */
export interface ClipFitOptions {
  seed: number;
  epochs: number;
  trainSize: number;
  valSize: number;
  zeroShotSize: number;
  batchSize: number; // pairs per step: each image has batchSize − 1 negative captions
  evalBatchSize: number; // retrieval is scored within batches of this many pairs
  learningRate: number; // Adam; cosine-decayed to 0 over the run
  captionNoise: CaptionNoise;
  model?: Partial<ClipConfig>;
  log?: (line: string) => void;
}

export const DEFAULT_CLIP_FIT: Omit<ClipFitOptions, 'seed'> = {
  epochs: 6,
  trainSize: 16000,
  valSize: 2048,
  zeroShotSize: 1500,
  batchSize: 128,
  evalBatchSize: 32,
  learningRate: 2e-3,
  captionNoise: DEFAULT_CAPTION_NOISE,
};

export interface ClipValidation {
  retrieval: RetrievalMetrics;
  zeroShot: Record<string, ZeroShotMetrics & { prompts: number }>;
  logitScale: number;
}

export interface ClipHistoryRow {
  epoch: number;
  trainLoss: number;
  logitScale: number;
  valLoss: number;
  valImageToText: number;
  valTextToImage: number;
  zeroShotPhoto: number;
  seconds: number;
}

export interface ClipFitResult {
  model: Clip;
  validation: ClipValidation;
  history: ClipHistoryRow[];
}

/** Normalised embeddings of a whole batch of images, in chunks. */
export function imageEmbeddings(m: Clip, b: ClipBatch, chunk = 256): Float32Array {
  const D = m.config.embedDim;
  const per = b.size * b.size * 3;
  const out = new Float32Array(b.count * D);
  for (let s = 0; s < b.count; s += chunk) {
    const n = Math.min(chunk, b.count - s);
    out.set(
      tf.tidy(() => embedImages(m, tf.tensor4d(b.nhwc.subarray(s * per, (s + n) * per), [n, b.size, b.size, 3])).dataSync()),
      s * D,
    );
  }
  return out;
}

/** Normalised embeddings of texts. */
export function textEmbeddings(m: Clip, texts: string[]): Float32Array {
  const t = tokenizeBatch(texts);
  return tf.tidy(() => embedTexts(m, tf.tensor2d(t.ids, [t.count, t.length], 'int32'), tf.tensor2d(t.mask, [t.count, t.length])).dataSync() as Float32Array);
}

export function logitScaleValue(m: Clip): number {
  return Math.exp(m.logitScale.dataSync()[0]);
}

/** Retrieval on paired scenes and zero-shot accuracy of every prompt set on single-object scenes. */
export function validateClip(
  m: Clip,
  pairs: ClipBatch,
  singles: ClipBatch,
  evalBatchSize: number,
  sets: PromptSet[] = Object.values(PROMPT_SETS),
): ClipValidation {
  const D = m.config.embedDim;
  const scale = logitScaleValue(m);
  const retrieval = retrievalMetrics(imageEmbeddings(m, pairs), textEmbeddings(m, pairs.captions), D, pairs.captions, evalBatchSize, scale);
  const img = imageEmbeddings(m, singles);
  const zeroShot: ClipValidation['zeroShot'] = {};
  for (const set of sets) {
    const cls = classEmbeddings(set, textEmbeddings(m, set.prompts.flat()), D);
    const labels = isColourSet(set.id) ? singles.colours.map((c) => c[0]) : singles.shapes.map((s) => s[0]);
    zeroShot[set.id] = { ...zeroShotMetrics(img, singles.count, cls, set.classes.length, D, labels), prompts: set.prompts.flat().length };
  }
  return { retrieval, zeroShot, logitScale: scale };
}

export function fitClip(o: ClipFitOptions): ClipFitResult {
  const log = o.log ?? (() => {});
  const t0 = performance.now();
  const train = clipBatch(o.seed, 0, o.trainSize, CLIP_DATA);
  const val = clipBatch(o.seed, o.trainSize, o.valSize, CLIP_DATA);
  const singles = clipBatch(o.seed, o.trainSize + o.valSize, o.zeroShotSize, { ...CLIP_DATA, singleObject: true });
  log(
    `data: ${o.trainSize} train + ${o.valSize} validation pairs + ${o.zeroShotSize} single-object scenes in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const model = buildClip({ seed: o.seed, inputSize: train.size, ...o.model });
  const optimizer = tf.train.adam(o.learningRate);
  const rand = randomSeeded(o.seed ^ 0x2545f491);
  const per = train.size * train.size * 3;
  const stepsPerEpoch = Math.floor(train.count / o.batchSize);
  const totalSteps = stepsPerEpoch * o.epochs;
  const history: ClipHistoryRow[] = [];
  let step = 0;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const order = shuffled(train.count, rand);
    let lossSum = 0;
    for (let s = 0; s < stepsPerEpoch; s++) {
      // Cosine decay (CLIP's schedule), per step.
      (optimizer as unknown as { learningRate: number }).learningRate = (o.learningRate * (1 + Math.cos((Math.PI * step) / totalSteps))) / 2;
      const idx = order.subarray(s * o.batchSize, (s + 1) * o.batchSize);
      const tokens = padBatch(Array.from(idx, (i) => trainingTokens(train.captions[i], rand, o.captionNoise)));
      const loss = clipTrainStep(model, optimizer, gatherRows(train.nhwc, per, idx), train.size, tokens);
      if (!Number.isFinite(loss)) throw new Error(`fitClip: loss is ${loss} at epoch ${epoch}, step ${s}`);
      lossSum += loss;
      step++;
      if ((s + 1) % 25 === 0)
        log(
          `  epoch ${epoch} step ${s + 1}/${stepsPerEpoch}: loss ${(lossSum / (s + 1)).toFixed(4)}, exp(t) ${logitScaleValue(model).toFixed(2)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
        );
    }
    const v = validateClip(model, val, singles, o.evalBatchSize, [PROMPT_SETS.photo]);
    const seconds = (performance.now() - t0) / 1000;
    const row: ClipHistoryRow = {
      epoch,
      trainLoss: lossSum / stepsPerEpoch,
      logitScale: v.logitScale,
      valLoss: v.retrieval.loss,
      valImageToText: v.retrieval.imageToText,
      valTextToImage: v.retrieval.textToImage,
      zeroShotPhoto: v.zeroShot.photo.accuracy,
      seconds,
    };
    history.push(row);
    log(
      `epoch ${epoch}/${o.epochs}: train loss ${row.trainLoss.toFixed(4)}, exp(t) ${row.logitScale.toFixed(2)}, val loss@${o.evalBatchSize} ${row.valLoss.toFixed(4)}, i→t ${row.valImageToText.toFixed(4)}, t→i ${row.valTextToImage.toFixed(4)}, zero-shot "a photo of a {shape}" ${row.zeroShotPhoto.toFixed(4)} (${seconds.toFixed(0)} s)`,
    );
  }
  optimizer.dispose();
  return { model, validation: validateClip(model, val, singles, o.evalBatchSize), history };
}
