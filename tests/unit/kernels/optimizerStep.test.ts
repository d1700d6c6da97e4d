import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { optimizerState, optimizerStep, type OptimizerHyper, type OptimizerKind } from '../../../src/kernels/optimizerStep';
import { normal, randomSeeded } from '../../../src/kernels/random';

const N = 6;
const STEPS = 40;

/** A fixed, seeded gradient sequence: the update rule alone is compared, with no feedback through θ. */
function gradients(seed: number): Float64Array[] {
  const rand = randomSeeded(seed);
  return Array.from({ length: STEPS }, () => Float64Array.from({ length: N }, () => normal(rand)));
}

/** θ after every step of a tfjs optimiser fed the same gradients (tfjs works in float32). */
function tfjsTrajectory(make: () => tf.Optimizer, theta0: Float64Array, gs: Float64Array[]): Float32Array[] {
  const theta = tf.variable(tf.tensor1d(Float32Array.from(theta0)), true, 'theta');
  const opt = make();
  const out: Float32Array[] = [];
  for (const g of gs) {
    const grad = tf.tensor1d(Float32Array.from(g));
    opt.applyGradients({ theta: grad });
    grad.dispose();
    out.push(theta.dataSync() as Float32Array);
  }
  opt.dispose();
  theta.dispose();
  return out;
}

function ourTrajectory(kind: OptimizerKind, h: OptimizerHyper, theta0: Float64Array, gs: Float64Array[]): Float64Array[] {
  const theta = Float64Array.from(theta0);
  const s = optimizerState(N);
  return gs.map((g) => {
    optimizerStep(kind, h, theta, g, s);
    return Float64Array.from(theta);
  });
}

const theta0 = Float64Array.from({ length: N }, (_, i) => i - 2.5);

// tfjs optimisers, each with hyper-parameters spelled out so both sides agree on every default.
const CASES: { kind: OptimizerKind; h: OptimizerHyper; tfjs: () => tf.Optimizer }[] = [
  { kind: 'sgd', h: { lr: 0.05 }, tfjs: () => tf.train.sgd(0.05) },
  { kind: 'momentum', h: { lr: 0.02, momentum: 0.9 }, tfjs: () => tf.train.momentum(0.02, 0.9, false) },
  { kind: 'nesterov', h: { lr: 0.02, momentum: 0.9 }, tfjs: () => tf.train.momentum(0.02, 0.9, true) },
  { kind: 'rmsprop', h: { lr: 0.01, rho: 0.9, eps: 1e-7, epsInsideRoot: true }, tfjs: () => tf.train.rmsprop(0.01, 0.9, 0, 1e-7) },
  { kind: 'adam', h: { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-7 }, tfjs: () => tf.train.adam(0.01, 0.9, 0.999, 1e-7) },
];

describe('optimizerStep against tfjs optimisers', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('has one case per tfjs optimiser it claims to match (a vacuous list would pass anything)', () => {
    expect(CASES.map((c) => c.kind)).toEqual(['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam']);
  });

  it.each(CASES)('$kind follows tfjs step for step over 40 seeded gradients within float32 rounding', ({ kind, h, tfjs }) => {
    const gs = gradients(kind.length * 7 + 1);
    const ours = ourTrajectory(kind, h, theta0, gs);
    const theirs = tfjsTrajectory(tfjs, theta0, gs);
    // tfjs rounds every intermediate to float32 (ε ≈ 6e-8 relative); over 40 steps of |θ| ≤ ~4 the
    // accumulated rounding stays below 1e-5 absolute. A wrong rule is off by 1e-3 or more within a few steps.
    for (let t = 0; t < STEPS; t++) for (let i = 0; i < N; i++) expect(Math.abs(ours[t][i] - theirs[t][i])).toBeLessThan(1e-5);
  });
});

describe('optimizerStep, PyTorch conventions tfjs does not have', () => {
  it('AdamW first step by hand: θ = 1, g = 0.5, lr 0.1, λ 0.01 gives 1 − 0.001 − 0.1·0.5/(0.5 + 1e-8)', () => {
    const theta = Float64Array.of(1);
    optimizerStep('adamw', { lr: 0.1, weightDecay: 0.01 }, theta, [0.5], optimizerState(1));
    // Decay first (θ ← θ − lr·λ·θ = 0.999), then m̂ = 0.5, v̂ = 0.25: the step is lr·0.5/(0.5 + ε).
    expect(theta[0]).toBeCloseTo(0.999 - (0.1 * 0.5) / (0.5 + 1e-8), 12);
  });

  it('AdamW decay is decoupled: a weight with zero gradient shrinks by (1 − lr·λ) per step; Adam + L2 moves it ~lr per step', () => {
    const h = { lr: 0.01, weightDecay: 0.1 };
    const w = Float64Array.of(2);
    const l2 = Float64Array.of(2);
    const sw = optimizerState(1);
    const sl = optimizerState(1);
    for (let t = 0; t < 10; t++) {
      optimizerStep('adamw', h, w, [0], sw);
      optimizerStep('adam', h, l2, [0], sl);
    }
    expect(w[0]).toBeCloseTo(2 * (1 - 0.01 * 0.1) ** 10, 12);
    // Adam normalises the L2 gradient λθ by its own RMS, so each step is about lr whatever λ is.
    expect(2 - l2[0]).toBeGreaterThan(0.09);
    expect(2 - l2[0]).toBeLessThan(0.11);
  });

  it('AdamW with λ = 0 is Adam exactly', () => {
    const gs = gradients(99);
    const a = ourTrajectory('adam', { lr: 0.01 }, theta0, gs);
    const b = ourTrajectory('adamw', { lr: 0.01, weightDecay: 0 }, theta0, gs);
    expect(b).toEqual(a);
  });

  it('PyTorch RMSProp adds ε outside the root: with s = 0 and g = 0 the step is 0, and g/(√s + ε) differs from tfjs for tiny s', () => {
    const a = Float64Array.of(0);
    const b = Float64Array.of(0);
    optimizerStep('rmsprop', { lr: 1, rho: 0.9, eps: 1e-8 }, a, [1e-6], optimizerState(1));
    optimizerStep('rmsprop', { lr: 1, rho: 0.9, eps: 1e-8, epsInsideRoot: true }, b, [1e-6], optimizerState(1));
    // s = 0.1·1e-12: PyTorch −1e-6/(√1e-13 + 1e-8) ≈ −3.07; tfjs −1e-6/√(1e-13 + 1e-8) ≈ −0.01.
    expect(a[0]).toBeCloseTo(-1e-6 / (Math.sqrt(1e-13) + 1e-8), 9);
    expect(b[0]).toBeCloseTo(-1e-6 / Math.sqrt(1e-13 + 1e-8), 9);
  });

  it('SGD weight decay is L2 on the gradient: θ −= lr·(g + λθ)', () => {
    const theta = Float64Array.of(3);
    optimizerStep('sgd', { lr: 0.1, weightDecay: 0.5 }, theta, [1], optimizerState(1));
    expect(theta[0]).toBeCloseTo(3 - 0.1 * (1 + 0.5 * 3), 12);
  });

  it('rejects mismatched lengths and a negative learning rate', () => {
    expect(() => optimizerStep('sgd', { lr: 0.1 }, new Float64Array(2), [1], optimizerState(2))).toThrow(/2 parameters but 1 gradients/);
    expect(() => optimizerStep('sgd', { lr: -1 }, new Float64Array(1), [1], optimizerState(1))).toThrow(/learning rate/);
  });
});
