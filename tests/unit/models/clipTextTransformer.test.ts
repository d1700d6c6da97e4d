import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { multiHeadAttention } from '../../../src/kernels/multiHeadAttention';
import { encodeModel } from '../../../src/models/onnx/onnxModel';
import { textEncoderGraph } from '../../../src/models/clip/export';
import { CLIP_IO } from '../../../src/models/clip/io';
import { buildClip, disposeClip, embedTexts, type Clip } from '../../../src/models/clip/model';
import { encodeTextTransformer } from '../../../src/models/clip/textTransformer';
import { tokenizeBatch, type TokenBatch } from '../../../src/models/clip/tokenizer';
import { layerNormTf } from '../../../src/models/vit/forward';
import { runOnce } from '../../../src/models/runtime/ort';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

/**
 * The text transformer, untrained (seeded init, so the weights are not special), against
 * onnxruntime-web running our exported graph and against the pure-TS multiHeadAttention kernel.
 * The init's small embeddings (σ = 0.02) would make every attention row nearly uniform and hide
 * a wrong mask, so the token and position tables are scaled up first.
 */
const TEXTS = ['a small red circle above a blue square', 'a blue square above a small red circle', 'a photo of a triangle', 'dog', ''];

function ortFeeds(t: TokenBatch) {
  return {
    [CLIP_IO.text.tokens]: { data: BigInt64Array.from(t.ids, (v) => BigInt(v)), shape: [t.count, t.length] },
    [CLIP_IO.text.mask]: { data: t.mask, shape: [t.count, t.length] },
  };
}

function tfjsText(m: Clip, t: TokenBatch) {
  return tf.tidy(() => {
    const ids = tf.tensor2d(t.ids, [t.count, t.length], 'int32');
    const mask = tf.tensor2d(t.mask, [t.count, t.length]);
    const o = encodeTextTransformer(m.text, m.config.textHeads, ids, mask, true);
    return { embedding: embedTexts(m, ids, mask).dataSync() as Float32Array, attention: o.attention!.dataSync() as Float32Array };
  });
}

describe('CLIP text transformer', () => {
  let m: Clip;
  beforeAll(async () => {
    await useTfBackend('cpu');
    m = buildClip({ filters: [4, 4, 4], hidden: 8, seed: 7 });
    tf.tidy(() => {
      m.text.tokens.assign(tf.mul(m.text.tokens, 50));
      m.text.pos.assign(tf.mul(m.text.pos, 50));
    });
  });
  afterAll(() => disposeClip(m));

  it('tfjs and onnxruntime agree on embeddings and on every attention weight, padded captions included', async () => {
    const t = tokenizeBatch(TEXTS);
    const ref = tfjsText(m, t);
    const out = await runOnce(encodeModel(textEncoderGraph(m)), ortFeeds(t));
    // float32 through two blocks of width 32: both sides sum in different orders; 1e-5 is ~100 ulps of values ≤ 1.
    expect(maxAbsDiff(out[CLIP_IO.text.output].data, ref.embedding)).toBeLessThan(1e-5);
    const T = t.length + 1;
    expect(out[CLIP_IO.text.attention].shape).toEqual([TEXTS.length, m.config.textLayers, m.config.textHeads, T, T]);
    expect(maxAbsDiff(out[CLIP_IO.text.attention].data, ref.attention)).toBeLessThan(1e-5);
  });

  it('padding keys get exactly zero attention, and a caption’s embedding does not depend on its batch’s padding', async () => {
    const alone = tokenizeBatch([TEXTS[2]]);
    const padded = tokenizeBatch(TEXTS);
    const a = await runOnce(encodeModel(textEncoderGraph(m)), ortFeeds(alone));
    const b = await runOnce(encodeModel(textEncoderGraph(m)), ortFeeds(padded));
    const D = m.config.embedDim;
    // Only summation order changes with the padding (the masked keys contribute exact zeros).
    expect(maxAbsDiff(a[CLIP_IO.text.output].data, b[CLIP_IO.text.output].data.subarray(2 * D, 3 * D))).toBeLessThan(1e-6);
    const T = padded.length + 1;
    const att = b[CLIP_IO.text.attention].data;
    const words = 5; // "a photo of a triangle"
    const L = m.config.textLayers * m.config.textHeads;
    for (let lh = 0; lh < L; lh++) for (let i = 0; i < T; i++) for (let j = words + 1; j < T; j++) expect(att[((2 * L + lh) * T + i) * T + j]).toBe(0);
  });

  it('layer 0’s attention equals the pure-TS multiHeadAttention kernel with a key-padding mask', () => {
    const t = tokenizeBatch(TEXTS);
    const T = t.length + 1;
    const { textWidth: W, textHeads: H } = m.config;
    const ref = tfjsText(m, t).attention;
    const l = m.text.layers[0];
    const row = 1; // the swapped caption
    const x = tf.tidy(() => {
      const ids = Array.from(t.ids.subarray(row * t.length, (row + 1) * t.length));
      const words = tf.gather(m.text.tokens, tf.tensor1d(ids, 'int32'));
      const seq = tf.concat([tf.reshape(m.text.cls, [1, W]), words]);
      return layerNormTf(tf.add(seq, tf.slice(m.text.pos, [0, 0], [T, W])), l.ln1g, l.ln1b).dataSync() as Float32Array;
    });
    const w = (v: tf.Variable) => ({ data: v.dataSync() as Float32Array, shape: v.shape });
    const keyPadding = Uint8Array.from({ length: T }, (_, j) => (j === 0 ? 0 : 1 - t.mask[row * t.length + j - 1]));
    const kernel = multiHeadAttention(
      { data: x, shape: [T, W] },
      { wq: w(l.wq), bq: w(l.bq), wk: w(l.wk), bk: w(l.bk), wv: w(l.wv), bv: w(l.bv), wo: w(l.wo), bo: w(l.bo) },
      H,
      { keyPadding },
    );
    const mine = ref.subarray(row * m.config.textLayers * H * T * T, row * m.config.textLayers * H * T * T + H * T * T);
    // Independent float32 implementations of the same softmax: 1e-5 as above.
    expect(maxAbsDiff(kernel.weights.data, mine)).toBeLessThan(1e-5);
  });

  it('word order reaches the embedding: a caption and its object swap differ (a bag of words would give 0)', () => {
    const t = tokenizeBatch(TEXTS.slice(0, 2));
    const e = tfjsText(m, t).embedding;
    const D = m.config.embedDim;
    expect(maxAbsDiff(e.subarray(0, D), e.subarray(D, 2 * D))).toBeGreaterThan(1e-3);
  });
});
