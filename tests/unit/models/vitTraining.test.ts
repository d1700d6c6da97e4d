import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { patchify } from '../../../src/kernels/patchify';
import { randomSeeded } from '../../../src/kernels/random';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import type { StepContext } from '../../../src/models/spec';
import { fitModel } from '../../../src/models/train/fitModel';
import { pickPatches, vitBatch } from '../../../src/models/vit/data';
import { attend, batchMatMulDw, matMulFast } from '../../../src/models/vit/fastOps';
import { vitMetrics } from '../../../src/models/vit/metrics';
import { buildVit, disposeVit, namedVariables } from '../../../src/models/vit/model';
import { vitSpec, type VitTrainConfig } from '../../../src/models/vit/spec';
import { vitTrainStep } from '../../../src/models/vit/train';

/** A vit-tiny small enough to train for a few epochs in a test: 1 layer, width 16, patch 8 (17 tokens). */
const TINY: VitTrainConfig = {
  ...vitSpec.defaults,
  seed: 2,
  epochs: 3,
  trainSize: 96,
  valSize: 32,
  batchSize: 16,
  learningRate: 3e-3,
  model: { patchSize: 8, width: 16, layers: 1, heads: 2, mlp: 32 },
};

const rand = randomSeeded(9);
const randn = (shape: number[]) =>
  tf.tensor(
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => 2 * rand() - 1),
    shape,
  );

describe('vit-tiny training', () => {
  beforeAll(async () => {
    await useTfBackend('wasm');
  });

  it('a tiny config trains: the training loss falls over 3 epochs, and the same seed gives the same history and weights', () => {
    const runs = [0, 1].map(() => {
      const r = fitModel(vitSpec, TINY);
      const out = { history: r.history.map(({ seconds: _s, ...h }) => h), weights: namedVariables(r.model).map(([, v]) => Array.from(v.dataSync())) };
      disposeVit(r.model);
      return out;
    });
    const h = runs[0].history;
    expect(h).toHaveLength(3);
    expect(h[2].trainLoss).toBeLessThan(h[0].trainLoss);
    expect(runs[1]).toEqual(runs[0]);
  });

  it('a step leaks no tensors and returns a finite loss near ln 3 + ln 5 at the start', () => {
    const m = buildVit({ patchSize: 8, width: 16, layers: 1, heads: 2, mlp: 32 });
    const opt = tf.train.adam(1e-3);
    const b = pickPatches(vitBatch(3, 0, 8, 8), [0, 1, 2, 3, 4, 5, 6, 7]);
    vitTrainStep(m, opt, b); // optimiser slots exist after the first step
    const before = tf.memory().numTensors;
    const r = vitTrainStep(m, opt, b);
    expect(tf.memory().numTensors).toBe(before);
    // Xavier-initialised heads on a normed CLS give logits of size ~1: the loss of uniform guessing
    // (ln 3 + ln 5 = 2.71) within ±1.
    expect(Math.abs(r.loss - Math.log(15))).toBeLessThan(1);
    opt.dispose();
    disposeVit(m);
  });

  it('the learning rate ramps linearly over the warm-up, peaks at the configured rate, then decays by a cosine to 0', () => {
    const c = { ...TINY, learningRate: 1, warmup: 0.1 };
    const at = (step: number): StepContext => ({ epoch: 1, stepInEpoch: step, step, stepsPerEpoch: 100, totalSteps: 100, rand });
    expect(vitSpec.learningRate(c, at(0))).toBeCloseTo(0.1, 12); // (0 + 1) / 10 warm-up steps
    expect(vitSpec.learningRate(c, at(9))).toBeCloseTo(1, 12);
    expect(vitSpec.learningRate(c, at(10))).toBeCloseTo(1, 12);
    expect(vitSpec.learningRate(c, at(55))).toBeCloseTo(0.5, 12); // half-way through the 90 decay steps: (1 + cos π/2) / 2
    expect(vitSpec.learningRate(c, at(99))).toBeCloseTo((1 + Math.cos((Math.PI * 89) / 90)) / 2, 12);
  });

  it('a mirrored batch row is patchify of the image mirrored left–right by hand, with the same labels', () => {
    const b = vitBatch(4, 0, 3, 4);
    const S = b.size;
    const mirrored = new Float32Array(3 * S * S);
    for (let c = 0; c < 3; c++)
      for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) mirrored[(c * S + y) * S + x] = b.nchw[3 * S * S + (c * S + y) * S + S - 1 - x];
    const rows = pickPatches(b, [2, 1], (k) => k === 1);
    expect(maxAbsDiff(rows.patches.subarray(rows.patches.length / 2), patchify({ data: mirrored, shape: [1, 3, S, S] }, 4).data)).toBe(0);
    expect(maxAbsDiff(rows.patches.subarray(0, rows.patches.length / 2), b.patches.subarray((2 * b.patches.length) / 3))).toBe(0);
    expect([rows.shapes[1], rows.colours[1]]).toEqual([b.shapes[1], b.colours[1]]);
  });
});

describe('vit-tiny fast ops against tfjs', () => {
  beforeAll(async () => {
    await useTfBackend('wasm');
  });

  it.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])('batchMatMulDw(transposeA %s, transposeB %s) equals tf.matMul', (ta, tb) => {
    const a = randn(ta ? [6, 5, 7] : [6, 7, 5]) as tf.Tensor3D;
    const b = randn(tb ? [6, 3, 5] : [6, 5, 3]) as tf.Tensor3D;
    const d = tf.tidy(() => maxAbsDiff(batchMatMulDw(a, b, ta, tb).dataSync(), tf.matMul(a, b, ta, tb).dataSync()));
    // Sums of 5 products of values in [−1, 1]: float32 rounding in another order, ≤ ~5e-7.
    expect(d).toBeLessThan(1e-5);
    tf.dispose([a, b]);
  });

  it('matMulFast and attend have tfjs autodiff’s gradients of tf.matMul and softmax(q·kᵀ/√d)·v', () => {
    const x = randn([9, 4]);
    const w = randn([4, 6]);
    const g = randn([9, 6]);
    const [q, k, v] = [0, 1, 2].map(() => randn([3, 5, 4]) as tf.Tensor3D);
    const gy = randn([3, 5, 4]);
    const diffs = tf.tidy(() => {
      const mine = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(matMulFast(a as tf.Tensor2D, b as tf.Tensor2D), g)))([x, w]);
      const ref = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D), g)))([x, w]);
      const plain = (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => tf.matMul(tf.softmax(tf.div(tf.matMul(a, b, false, true), 2)), c);
      const mineA = tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => tf.sum(tf.mul(attend(a as tf.Tensor3D, b as tf.Tensor3D, c as tf.Tensor3D), gy)))([
        q,
        k,
        v,
      ]);
      const refA = tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => tf.sum(tf.mul(plain(a, b, c), gy)))([q, k, v]);
      const value = maxAbsDiff(attend(q, k, v).dataSync(), plain(q, k, v).dataSync());
      return [value, ...mine.map((t, i) => maxAbsDiff(t.dataSync(), ref[i].dataSync())), ...mineA.map((t, i) => maxAbsDiff(t.dataSync(), refA[i].dataSync()))];
    });
    // Values and gradients of size ~1 from a handful of float32 products: ~1e-7 apart. A wrong
    // transpose or a missing 1/√d in the softmax gradient is off by > 0.1.
    for (const d of diffs) expect(d).toBeLessThan(1e-5);
    expect(diffs).toHaveLength(6);
    tf.dispose([x, w, g, q, k, v, gy]);
  });
});

describe('vitMetrics', () => {
  it('counts a sample right only when both heads are, on a hand case of four samples', () => {
    const shapeLogits = [3, 0, 0, 0, 2, 0, 0, 0, 1, 1, 0, 0]; // predictions 0, 1, 2, 0
    const colourLogits = [5, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 5]; // 0, 1, 2, 4
    const m = vitMetrics(shapeLogits, colourLogits, [0, 1, 2, 1], [0, 1, 0, 4]);
    expect(m.shapeAccuracy).toBe(0.75);
    expect(m.colourAccuracy).toBe(0.75);
    expect(m.accuracy).toBe(0.5); // samples 0 and 1
    expect(m.shapeConfusion[1]).toEqual([1, 1, 0]);
    expect(() => vitMetrics([], [], [], [])).toThrow(/no samples/);
  });
});
