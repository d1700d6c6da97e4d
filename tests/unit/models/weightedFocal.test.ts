import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { focalLoss } from '../../../src/kernels/focalLoss';
import { randomSeeded } from '../../../src/kernels/random';
import { compareMethods } from '../../../src/models/imbalance/compareMethods';
import { weightedFocal } from '../../../src/models/imbalance/weightedFocal';
import { weightedFocalTfjs } from '../../../src/models/imbalance/weightedFocalTfjs';

function seededLogits(n: number, c: number, seed: number, scale = 4) {
  const rand = randomSeeded(seed);
  return {
    logits: Float64Array.from({ length: n * c }, () => (rand() * 2 - 1) * scale),
    labels: Int32Array.from({ length: n }, () => Math.floor(rand() * c)),
  };
}

describe('weightedFocal (the imbalance trainer’s loss)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const cases = [
    { name: 'plain cross-entropy', gamma: 0, weights: [1, 1, 1] },
    { name: 'class-weighted cross-entropy', gamma: 0, weights: [0.37, 3.7, 37] },
    { name: 'focal γ = 2', gamma: 2, weights: [1, 1, 1] },
    { name: 'focal γ = 0.5 (γ − 1 < 0 in the gradient)', gamma: 0.5, weights: [1, 1, 1] },
    { name: 'focal γ = 5 with weights', gamma: 5, weights: [0.5, 1, 2] },
  ];

  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const c of cases) {
    it(`${c.name}: the loss equals the focalLoss kernel with α = weights (float64, 1e-12)`, () => {
      const { logits, labels } = seededLogits(40, 3, 7);
      // Both sum the same float64 terms in the same order; only the softmax's rounding differs.
      expect(Math.abs(weightedFocal(logits, labels, 3, c.gamma, c.weights).loss - focalLoss(logits, labels, 3, c.gamma, c.weights))).toBeLessThan(1e-12);
    });

    it(`${c.name}: loss and gradient match the loss written in tfjs ops and its tf.grad within 1e-5`, () => {
      const { logits, labels } = seededLogits(40, 3, 11);
      const ours = weightedFocal(logits, labels, 3, c.gamma, c.weights);
      const ref = weightedFocalTfjs(logits, labels, 3, c.gamma, c.weights);
      // tfjs computes in float32: relative error ~1e-7 on terms up to the largest weight (37), so a few 1e-6
      // absolute; 1e-5 leaves room for that only. The gradient is compared per sample (× N), not as the tiny mean.
      expect(Math.abs(ours.loss - ref.loss)).toBeLessThan(1e-5);
      let worst = 0;
      for (let i = 0; i < ours.grad.length; i++) worst = Math.max(worst, labels.length * Math.abs(ours.grad[i] - ref.grad[i]));
      expect(worst).toBeLessThan(1e-5);
    });
  }

  it('a solved example (p_t = 1 in float64) contributes a zero gradient, not NaN, for γ = 0.5', () => {
    const { grad, loss } = weightedFocal(Float64Array.of(800, 0, 0), [0], 3, 0.5, null);
    expect(loss).toBe(0);
    expect(Array.from(grad).every((g) => g === 0)).toBe(true);
  });
});

describe('compareMethods', () => {
  const r = compareMethods({ ratios: [100, 10, 1], gamma: 2, seed: 1, perUnit: 6 });

  it('“always circle” on a 100 : 10 : 1 validation set is 100/111 accurate with macro-F1 (2·0.901/1.901)/3 (hand computed)', () => {
    expect(r.majority.accuracy).toBeCloseTo(100 / 111, 12);
    const p = 100 / 111;
    expect(r.majority.macroF1).toBeCloseTo((2 * p) / (1 + p) / 3, 12);
  });

  it('class weights and resampling find more of the rarest class than plain cross-entropy', () => {
    const recall = (m: string) => r.methods.find((x) => x.method === m)!.recall[r.rare];
    expect(r.rare).toBe(2);
    expect(recall('weighted')).toBeGreaterThan(recall('plain'));
    expect(recall('resampled')).toBeGreaterThan(recall('plain'));
  });

  it('on the feature plane plain cross-entropy leaves the triangles no region and class weights give them one', () => {
    const regions = (m: string) => r.methods.find((x) => x.method === m)!.regions;
    expect(regions('plain').length).toBe(r.map.rows * r.map.cols);
    expect(regions('plain').includes(2)).toBe(false);
    expect(regions('weighted').includes(2)).toBe(true);
  });

  it('threshold moving keeps the plain model’s PR curve (it changes decisions, not the ranking)', () => {
    const [plain, moved] = ['plain', 'threshold'].map((m) => r.methods.find((x) => x.method === m)!);
    expect(moved.curve).toEqual(plain.curve);
  });

  it('refuses a mix with fewer than two non-empty classes', () => {
    expect(() => compareMethods({ ratios: [0, 5, 0], gamma: 2, seed: 1, perUnit: 6 })).toThrow(/two classes/);
  });
});
