import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { clipLogits, clipLoss } from '../../../src/models/clip/loss';
import { contrastiveLoss, ensembleMean, normalizeRows, similarity, softmaxCols, softmaxRows } from '../../../src/models/clip/contrastive';
import { classEmbeddings, retrievalMetrics, zeroShotMetrics } from '../../../src/models/clip/metrics';
import { singlePrompt } from '../../../src/models/clip/prompts';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

/**
 * The hand-checkable 2×2 case. Unit embeddings
 *   I = [[1, 0], [0, 1]],   T = [[1, 0], [0.6, 0.8]]
 * give cosines I·Tᵀ = [[1, 0.6], [0, 0.8]]. With the logit scale s = 5·ln 2 (≈ 3.4657) the logits are
 *   [[5 ln2, 3 ln2], [0, 4 ln2]],   so   exp(logits) = [[32, 8], [1, 16]].
 * Rows (image → text):    −log 32/40 = ln 1.25,     −log 16/17 = ln(17/16)
 * Columns (text → image): −log 32/33 = ln(33/32),   −log 16/24 = ln 1.5
 * loss = ½ [ ½(ln 1.25 + ln 17/16) + ½(ln 33/32 + ln 1.5) ] = ¼ ln(1.25 · 1.0625 · 1.03125 · 1.5)
 *      = ¼ ln 2.054443359375 = ¼ (ln 2 + ln 1.0272217) = ¼ (0.693147 + 0.026859) = 0.180001…
 * Rows and columns differ: text 1 is close to both images (0.6 and 0.8), so finding image 0
 * for text 0 is easy (32 vs 1) while image 1 finding text 1 competes with a 0.6 cosine.
 */
const I = new Float32Array([1, 0, 0, 1]);
const T = new Float32Array([1, 0, 0.6, 0.8]);
const S = 5 * Math.LN2;
const ROWS = [Math.log(1.25), Math.log(17 / 16)];
const COLS = [Math.log(33 / 32), Math.log(1.5)];
const LOSS = Math.log(1.25 * 1.0625 * 1.03125 * 1.5) / 4;

describe('CLIP symmetric loss on the hand-checked 2×2 case', () => {
  beforeAll(async () => {
    await useTfBackend('cpu');
  });

  it('the hand value is 0.180001…', () => {
    expect(LOSS).toBeCloseTo(0.180001, 6);
  });

  it('the plain-TS loss gives the hand terms per row and column and their mean', () => {
    const cos = similarity(I, 2, T, 2, 2);
    expect(Array.from(cos)).toEqual([1, 0.6000000238418579, 0, 0.800000011920929]); // float32 of 0.6, 0.8
    const r = contrastiveLoss(cos, 2, S);
    r.rowTerms.forEach((v, i) => expect(v).toBeCloseTo(ROWS[i], 6));
    r.colTerms.forEach((v, i) => expect(v).toBeCloseTo(COLS[i], 6));
    expect(r.imageToText).toBeCloseTo((ROWS[0] + ROWS[1]) / 2, 6);
    expect(r.textToImage).toBeCloseTo((COLS[0] + COLS[1]) / 2, 6);
    expect(r.loss).toBeCloseTo(LOSS, 6);
  });

  it('the softmaxes are the hand fractions: rows 32/40, 8/40 | 1/17, 16/17; columns 32/33, 1/33 | 8/24, 16/24', () => {
    const cos = similarity(I, 2, T, 2, 2);
    const rows = softmaxRows(cos, 2, 2, S);
    [32 / 40, 8 / 40, 1 / 17, 16 / 17].forEach((v, i) => expect(rows[i]).toBeCloseTo(v, 6));
    const cols = softmaxCols(cos, 2, 2, S);
    [32 / 33, 8 / 24, 1 / 33, 16 / 24].forEach((v, i) => expect(cols[i]).toBeCloseTo(v, 6));
  });

  it('the tfjs training loss (clipLogits + clipLoss) gives the same number', () => {
    const loss = tf.tidy(() => clipLoss(clipLogits(tf.tensor2d(I, [2, 2]), tf.tensor2d(T, [2, 2]), tf.scalar(Math.log(S)))).dataSync()[0]);
    expect(loss).toBeCloseTo(LOSS, 5);
  });

  it('tfjs and plain TS agree on a random 16×16 batch at scale 100, where a naive softmax would overflow float32', () => {
    let seed = 1;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const n = 16,
      d = 8;
    const a = normalizeRows(Float32Array.from({ length: n * d }, rand), n, d);
    const b = normalizeRows(Float32Array.from({ length: n * d }, rand), n, d);
    const ts = contrastiveLoss(similarity(a, n, b, n, d), n, 100).loss;
    const tfl = tf.tidy(() => clipLoss(clipLogits(tf.tensor2d(a, [n, d]), tf.tensor2d(b, [n, d]), tf.scalar(Math.log(100)))).dataSync()[0]);
    expect(Number.isFinite(ts)).toBe(true);
    expect(Math.abs(ts - tfl) / ts).toBeLessThan(1e-4);
  });

  it('a perfect alignment drives the loss to 0 as the scale grows, and uniform cosines give ln n', () => {
    const eye = new Float32Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(contrastiveLoss(similarity(eye, 3, eye, 3, 3), 3, 100).loss).toBeLessThan(1e-40 + 1e-6);
    expect(contrastiveLoss(new Float32Array(9).fill(0.5), 3, 14.29).loss).toBeCloseTo(Math.log(3), 6);
  });
});

describe('CLIP metrics', () => {
  it('retrieval counts the diagonal as correct, and identical captions as correct in the lenient score', () => {
    // Two pairs: images identical, captions identical: the strict score can only get half right.
    const e = normalizeRows(new Float32Array([1, 0, 1, 0]), 2, 2);
    const m = retrievalMetrics(e, e, 2, ['a red circle', 'a red circle'], 2, 10);
    expect(m.imageToText).toBe(0.5); // ties go to index 0
    expect(m.imageToTextSameCaption).toBe(1);
    expect(m.batches).toBe(1);
  });

  it('an ensembled class embedding is the normalised mean of normalised prompt embeddings', () => {
    const v = ensembleMean(new Float32Array([2, 0, 0, 3]), 2, 2); // (1,0) and (0,1) → (½,½) → (1/√2, 1/√2)
    expect(v[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(v[1]).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('zero-shot picks the most similar class embedding', () => {
    const set = singlePrompt('t', 't', ['x', 'y'], '{}');
    const cls = classEmbeddings(set, new Float32Array([1, 0, 0, 1]), 2);
    const imgs = normalizeRows(new Float32Array([0.9, 0.1, 0.2, 0.8, 0.7, 0.3]), 3, 2);
    const m = zeroShotMetrics(imgs, 3, cls, 2, 2, [0, 1, 1]);
    expect(m.confusion).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(m.accuracy).toBeCloseTo(2 / 3, 12);
  });
});

describe('CLIP loss against onnxruntime’s SoftmaxCrossEntropyLoss', () => {
  it('the hand case and a random 12×12 batch at scales 1, 14.29 and 100 agree within 1e-5', async () => {
    const { runOnce } = await import('../../../src/models/runtime/ort');
    const { clipLossModel } = await import('../../../src/models/clip/referenceLoss');
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const n = 12,
      d = 6;
    const a = normalizeRows(Float32Array.from({ length: n * d }, rand), n, d);
    const b = normalizeRows(Float32Array.from({ length: n * d }, rand), n, d);
    const cases = [{ cos: similarity(I, 2, T, 2, 2), n: 2, scale: S }, ...[1, 14.29, 100].map((scale) => ({ cos: similarity(a, n, b, n, d), n, scale }))];
    for (const c of cases) {
      const ours = contrastiveLoss(c.cos, c.n, c.scale);
      const out = await runOnce(clipLossModel(c.n), { logits: { data: c.cos.map((v) => v * c.scale), shape: [c.n, c.n] } });
      expect(Math.abs(out.loss.data[0] - ours.loss), `n ${c.n} scale ${c.scale}`).toBeLessThan(1e-5);
      expect(Math.abs(out.rows.data[0] - ours.imageToText)).toBeLessThan(1e-5);
      expect(Math.abs(out.cols.data[0] - ours.textToImage)).toBeLessThan(1e-5);
      const probs = softmaxRows(c.cos, c.n, c.n, c.scale);
      for (let i = 0; i < probs.length; i++) expect(Math.abs(out.probs.data[i] - probs[i])).toBeLessThan(1e-6);
    }
    expect(Math.abs(contrastiveLoss(cases[0].cos, 2, S).loss - LOSS)).toBeLessThan(1e-6);
  });
});
