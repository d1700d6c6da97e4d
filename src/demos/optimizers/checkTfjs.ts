import { optimizerState, optimizerStep, type OptimizerHyper, type OptimizerKind } from '../../kernels/optimizerStep';
import { surface } from '../../kernels/lossSurfaces';
import { randomSeeded } from '../../kernels/random';
import { START, type RaceSettings } from './race';

/**
 * The in-page check: our update rules against tfjs's own optimisers (loaded on click) on the
 * current surface and settings. tfjs is fed exactly the gradients our run saw, so the comparison
 * is of the rules alone. tfjs's conventions are used on both sides (ε = 1e-7, RMSProp's ε inside
 * the root); tfjs has no AdamW and no weight decay, so λ is left out and AdamW is not compared.
 */
export async function checkAgainstTfjs(s: RaceSettings): Promise<{ maxAbsDiff: number; note: string }> {
  const tf = await import('@tensorflow/tfjs');
  await tf.setBackend('cpu');
  const f = surface(s.surface, s.normalized ? 1 : undefined);
  const h: OptimizerHyper = { lr: s.lr, momentum: s.momentum, beta1: s.beta1, beta2: s.beta2, rho: 0.9, eps: 1e-7, epsInsideRoot: true };
  const make: Record<Exclude<OptimizerKind, 'adamw'>, () => import('@tensorflow/tfjs').Optimizer> = {
    sgd: () => tf.train.sgd(s.lr),
    momentum: () => tf.train.momentum(s.lr, s.momentum, false),
    nesterov: () => tf.train.momentum(s.lr, s.momentum, true),
    rmsprop: () => tf.train.rmsprop(s.lr, 0.9, 0, 1e-7),
    adam: () => tf.train.adam(s.lr, s.beta1, s.beta2, 1e-7),
  };
  let worst = 0;
  let compared = 0;
  for (const [kind, build] of Object.entries(make) as [Exclude<OptimizerKind, 'adamw'>, () => import('@tensorflow/tfjs').Optimizer][]) {
    const ours = Float64Array.from(START[s.surface]);
    const state = optimizerState(2);
    const rand = randomSeeded(s.seed);
    const theta = tf.variable(tf.tensor1d(Float32Array.from(ours)), true, `theta_${kind}`);
    const opt = build();
    for (let t = 0; t < s.steps; t++) {
      const g = f.gradient(ours[0], ours[1], rand);
      if (!g.every(Number.isFinite)) break;
      optimizerStep(kind, h, ours, g, state);
      if (!(Math.abs(ours[0]) < 1e4 && Math.abs(ours[1]) < 1e4)) break; // diverged: nothing left to compare
      tf.tidy(() => opt.applyGradients({ [`theta_${kind}`]: tf.tensor1d(g) }));
      const v = theta.dataSync();
      // Relative to |θ|: float32 rounding grows with the magnitude of the parameters.
      worst = Math.max(worst, Math.abs(v[0] - ours[0]) / Math.max(1, Math.abs(ours[0])), Math.abs(v[1] - ours[1]) / Math.max(1, Math.abs(ours[1])));
      compared++;
    }
    opt.dispose();
    theta.dispose();
  }
  return { maxAbsDiff: worst, note: `SGD, momentum, Nesterov, RMSProp and Adam, ${compared} steps in all, relative to max(1, |θ|)` };
}
