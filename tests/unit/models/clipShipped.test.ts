import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODELS_DIR, readCard, readModelFile, sha256 } from '../../../src/cli/modelFiles';
import { loadClipTfjs } from '../../../src/cli/tfjsFiles';
import { clipBatch } from '../../../src/models/clip/data';
import { evaluateClipOnnx } from '../../../src/models/clip/evaluateOnnx';
import { embedImages, embedTexts, disposeClip, type Clip } from '../../../src/models/clip/model';
import { embedImagesOnnx, embedTextsOnnx, encodeTextsOnnx } from '../../../src/models/clip/onnxEncoders';
import type { OrderSwapMetrics } from '../../../src/models/clip/orderSwap';
import { encodeTextTransformer } from '../../../src/models/clip/textTransformer';
import { tokenizeBatch } from '../../../src/models/clip/tokenizer';
import { CLIP_VOCAB } from '../../../src/models/clip/vocab';
import { PROMPT_SETS } from '../../../src/models/clip/prompts';
import type { RetrievalMetrics, ZeroShotMetrics } from '../../../src/models/clip/metrics';
import { createSession } from '../../../src/models/runtime/ort';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import type { ShapesOptions } from '../../../src/models/data/shapes';

/** The shipped CLIP: models/clip/. Never retrains; every claim comes from the card. */
interface Card {
  data: { seed: number; options: Partial<ShapesOptions>; validationSize: number; zeroShotSize: number };
  vocab: { words: string[] };
  logitScale: { value: number; t: number };
  validation: { retrieval: RetrievalMetrics; zeroShot: Record<string, ZeroShotMetrics>; orderSwap: OrderSwapMetrics };
  files: { image: { name: string; bytes: number; sha256: string }; text: { name: string; bytes: number; sha256: string } };
  parameters: { image: number; text: number; total: number };
  architecture: { embedDim: number };
}
const card = readCard<Card>('clip');
const imageBytes = readModelFile('clip', 'image');
const textBytes = readModelFile('clip', 'text');
const FRESH_SEED = 424242;

/** Two independent proportions: three standard errors of their difference (p smoothed away from 0 and 1), plus one count. */
function tolerance(p: number, nA: number, nB: number): number {
  const q = (p * nB + 1) / (nB + 2);
  return 3 * Math.sqrt(q * (1 - q) * (1 / nA + 1 / nB)) + 1 / nA;
}

describe('shipped clip', () => {
  let model: Clip;
  beforeAll(async () => {
    await useTfBackend('cpu');
    model = await loadClipTfjs();
  });
  afterAll(() => disposeClip(model));

  it('has a card whose sizes and sha256 match both .onnx files, each well under 5 MB', () => {
    for (const which of ['image', 'text'] as const) {
      const bytes = which === 'image' ? imageBytes : textBytes;
      expect(statSync(join(MODELS_DIR, 'clip', card.files[which].name)).size).toBe(card.files[which].bytes);
      expect(sha256(bytes)).toBe(card.files[which].sha256);
      expect(card.files[which].bytes).toBeLessThan(1024 * 1024);
    }
  });

  it('the card’s vocabulary is the tokenizer’s, and its logit scale is exp(t) of the shipped weights, at most 100', () => {
    expect(card.vocab.words).toEqual([...CLIP_VOCAB]);
    const t = model.logitScale.dataSync()[0];
    expect(card.logitScale.t).toBeCloseTo(t, 6);
    expect(card.logitScale.value).toBeCloseTo(Math.exp(t), 4);
    expect(card.logitScale.value).toBeLessThanOrEqual(100);
    expect(model.image.countParams()).toBe(card.parameters.image);
  });

  it('image encoder: tfjs (shipped weights, NHWC) and onnxruntime (NCHW) agree within 1e-4, with unit rows', async () => {
    const b = clipBatch(FRESH_SEED, 0, 24, card.data.options);
    const ref = tf.tidy(() => embedImages(model, tf.tensor4d(b.nhwc, [b.count, b.size, b.size, 3])).dataSync() as Float32Array);
    const session = await createSession(imageBytes);
    const out = await embedImagesOnnx(session, b.nchw, b.count, b.size);
    await session.release();
    expect(out.dim).toBe(card.architecture.embedDim);
    expect(maxAbsDiff(out.data, ref)).toBeLessThan(1e-4);
    for (let i = 0; i < b.count; i++) expect(Math.hypot(...out.data.subarray(i * out.dim, (i + 1) * out.dim))).toBeCloseTo(1, 5);
  });

  it('text encoder: tfjs and onnxruntime agree within 1e-4 on captions, prompts, <unk> and an empty text, attention included', async () => {
    const texts = [...clipBatch(FRESH_SEED, 0, 12, card.data.options).captions, ...PROMPT_SETS.ensemble.prompts.flat(), 'a photo of a dog', 'hexagon', ''];
    const t = tokenizeBatch(texts);
    const ids = tf.tensor2d(t.ids, [t.count, t.length], 'int32');
    const mask = tf.tensor2d(t.mask, [t.count, t.length]);
    const ref = tf.tidy(() => embedTexts(model, ids, mask).dataSync() as Float32Array);
    const refAttention = tf.tidy(() => encodeTextTransformer(model.text, model.config.textHeads, ids, mask, true).attention!.dataSync() as Float32Array);
    tf.dispose([ids, mask]);
    const session = await createSession(textBytes);
    const out = await encodeTextsOnnx(session, texts);
    await session.release();
    // Two float32 transformer blocks summed in different orders: 1e-4 is ~1,000 ulps of values ≤ 1.
    expect(maxAbsDiff(out.embedding, ref)).toBeLessThan(1e-4);
    expect(maxAbsDiff(out.attention.data, refAttention)).toBeLessThan(1e-4);
    // The empty text is CLS alone: a unit vector, not NaN.
    const last = out.embedding.subarray((texts.length - 1) * out.dim);
    expect(Math.hypot(...last)).toBeCloseTo(1, 5);
  });

  it('leaks no tfjs tensors over 30 repeated inferences of both encoders', () => {
    const b = clipBatch(FRESH_SEED, 100, 4, card.data.options);
    const t = tokenizeBatch(b.captions);
    const infer = () =>
      tf.tidy(() => {
        embedImages(model, tf.tensor4d(b.nhwc, [4, b.size, b.size, 3])).dataSync();
        embedTexts(model, tf.tensor2d(t.ids, [4, t.length], 'int32'), tf.tensor2d(t.mask, [4, t.length])).dataSync();
      });
    infer();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) infer();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('scores on fresh scenes within sampling noise of the card (retrieval both ways, zero-shot shape and colour)', async () => {
    const count = 640;
    const m = await evaluateClipOnnx(imageBytes, textBytes, card.logitScale.value, FRESH_SEED, count, card.data.options, card.validation.retrieval.batchSize);
    const v = card.validation;
    const checks = [
      { name: 'image → text', fresh: m.retrieval.imageToText, card: v.retrieval.imageToText, nCard: card.data.validationSize },
      { name: 'text → image', fresh: m.retrieval.textToImage, card: v.retrieval.textToImage, nCard: card.data.validationSize },
      {
        name: 'image → text, same caption',
        fresh: m.retrieval.imageToTextSameCaption,
        card: v.retrieval.imageToTextSameCaption,
        nCard: card.data.validationSize,
      },
      ...Object.keys(PROMPT_SETS).map((id) => ({
        name: `zero-shot ${id}`,
        fresh: m.zeroShot[id].accuracy,
        card: v.zeroShot[id].accuracy,
        nCard: card.data.zeroShotSize,
      })),
    ];
    for (const c of checks) {
      const tol = tolerance(c.card, count, c.nCard);
      expect(
        Math.abs(c.fresh - c.card),
        `${c.name}: fresh ${c.fresh.toFixed(4)} vs card ${c.card.toFixed(4)}, tolerance ${tol.toFixed(4)}`,
      ).toBeLessThanOrEqual(tol);
    }
  });

  it('eval CLI prints exactly one JSON line of metrics', () => {
    const stdout = execFileSync('node_modules/.bin/tsx', ['src/cli/eval.ts', 'clip', '--seed', '77', '--count', '128'], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]);
    expect(j).toMatchObject({ model: 'clip', seed: 77, count: 128, sha256Matches: true });
    expect(j.retrieval.batches).toBe(4);
    expect(Object.keys(j.zeroShot).sort()).toEqual(Object.keys(PROMPT_SETS).sort());
  });
});

describe('shipped clip text encoder, a transformer', () => {
  it('tells a caption from its object swap, unlike the bag of words it replaced (same words, cosine well below 1)', async () => {
    const session = await createSession(textBytes);
    const out = await embedTextsOnnx(session, ['a red circle above a blue square', 'a blue square above a red circle']);
    await session.release();
    const d = out.dim;
    let cos = 0;
    for (let k = 0; k < d; k++) cos += out.data[k] * out.data[d + k];
    console.log(`shipped clip: cos(caption, swap) = ${cos.toFixed(4)}`);
    // A mean of word embeddings gives exactly 1 (up to float32 summation order, ~1e-7).
    expect(cos).toBeLessThan(0.999);
  });

  it('scores the order-swap test on fresh scenes within sampling noise of the card', async () => {
    const count = 640;
    const m = await evaluateClipOnnx(
      imageBytes,
      textBytes,
      card.logitScale.value,
      FRESH_SEED + 1,
      count,
      card.data.options,
      card.validation.retrieval.batchSize,
    );
    const tol = tolerance(card.validation.orderSwap.score, m.orderSwap.count, card.validation.orderSwap.count);
    console.log(
      `shipped clip: orderSwap ${m.orderSwap.score.toFixed(4)} on ${m.orderSwap.count} fresh scenes; card ${card.validation.orderSwap.score.toFixed(4)}`,
    );
    expect(Math.abs(m.orderSwap.score - card.validation.orderSwap.score)).toBeLessThanOrEqual(tol);
  });
});
