import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { clipSpec, type ClipTrainConfig } from '../../../src/models/clip/spec';
import { fitModel } from '../../../src/models/train/fitModel';
import { clipBatch } from '../../../src/models/clip/data';
import { buildClip, disposeClip, LOGIT_SCALE_INIT, LOGIT_SCALE_MAX } from '../../../src/models/clip/model';
import { clipTrainStep } from '../../../src/models/clip/train';
import { clipLoss } from '../../../src/models/clip/loss';
import { tokenizeBatch } from '../../../src/models/clip/tokenizer';
import { textEncoderGraph } from '../../../src/models/clip/export';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

const SMALL: ClipTrainConfig = {
  ...clipSpec.defaults,
  seed: 3,
  epochs: 1,
  trainSize: 128,
  valSize: 64,
  zeroShotSize: 30,
  batchSize: 32,
  model: { filters: [4, 4, 4] as [number, number, number], hidden: 8 },
};

describe('CLIP training', () => {
  beforeAll(async () => {
    await useTfBackend('wasm');
  });

  it('starts from exp(t) = 1/0.07 and is reproducible: the same seed gives the same losses and weights', () => {
    const runs = [0, 1].map(() => {
      const r = fitModel(clipSpec, SMALL);
      const out = {
        history: r.history.map(({ seconds: _s, ...h }) => h),
        t: r.model.logitScale.dataSync()[0],
        e: Array.from(r.model.text.tokens.dataSync()),
      };
      disposeClip(r.model);
      return out;
    });
    expect(Math.exp(LOGIT_SCALE_INIT)).toBeCloseTo(1 / 0.07, 10);
    expect(runs[0]).toEqual(runs[1]);
    expect(Number.isFinite(runs[0].history[0].trainLoss)).toBe(true);
  });

  it('clips the logit scale to 100 after a step and leaks no tensors', () => {
    const m = buildClip({ filters: [4, 4, 4], hidden: 8 });
    const opt = tf.train.adam(1e-3);
    const b = clipBatch(5, 0, 8);
    const tokens = tokenizeBatch(b.captions);
    clipTrainStep(m, opt, b.nhwc, b.size, tokens); // optimizer slots exist after the first step
    m.logitScale.assign(tf.scalar(6)); // exp(6) ≈ 403
    const before = tf.memory().numTensors;
    const loss = clipTrainStep(m, opt, b.nhwc, b.size, tokens);
    expect(Number.isFinite(loss)).toBe(true);
    expect(m.logitScale.dataSync()[0]).toBeCloseTo(LOGIT_SCALE_MAX, 6);
    expect(tf.memory().numTensors).toBe(before);
    opt.dispose();
    disposeClip(m);
  });

  it('the text graph pools CLS after masked attention blocks and ends in the documented L2 normalisation', () => {
    const m = buildClip({ filters: [4, 4, 4], hidden: 8 });
    const ops = textEncoderGraph(m).nodes.map((n) => n.op);
    expect(ops.slice(0, 2)).toEqual(['Gather', 'Shape']);
    expect(ops.filter((o) => o === 'Softmax')).toHaveLength(m.config.textLayers);
    expect(ops.slice(-5)).toEqual(['LayerNormalization', 'MatMul', 'ReduceL2', 'Max', 'Div']);
    disposeClip(m);
  });

  it('a hard-negative step: logits [n, n + m] give the loss with the m extra texts in every row and in no column', () => {
    const logits = tf.tensor2d([2, 0.5, 1.5, 0.2, 1, 3, 0.1, 0.4], [2, 4]); // n = 2 images, 2 captions + 2 negatives
    const l = tf.tidy(() => clipLoss(logits).dataSync()[0]);
    const lse = (v: number[]) => Math.log(v.reduce((a, x) => a + Math.exp(x), 0));
    // Hand formula: rows over all 4 texts, columns over the 2 images of the square part.
    const rows = (lse([2, 0.5, 1.5, 0.2]) - 2 + (lse([1, 3, 0.1, 0.4]) - 3)) / 2;
    const cols = (lse([2, 1]) - 2 + (lse([0.5, 3]) - 3)) / 2;
    // float32 exp/log of values below 4: 1e-6 relative.
    expect(l).toBeCloseTo((rows + cols) / 2, 5);
    logits.dispose();
  });
});
