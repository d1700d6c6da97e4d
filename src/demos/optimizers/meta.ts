import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const optimizersParams = defineParams({
  surface: {
    type: 'enum',
    default: 'ill-conditioned',
    options: { 'ill-conditioned': 'ill-conditioned bowl (κ = 25)', rosenbrock: 'Rosenbrock valley', saddle: 'saddle', noisy: 'noisy minibatch bowl' },
    label: 'Loss surface',
  },
  lr: { type: 'number', default: 0.05, min: 0.0001, max: 1, step: 0.05, scale: 'log', label: 'Learning rate' },
  steps: { type: 'int', default: 40, min: 5, max: 500, step: 5, label: 'Steps' },
  momentum: { type: 'number', default: 0.6, min: 0, max: 0.99, step: 0.01, label: 'Momentum μ' },
  beta1: { type: 'number', default: 0.9, min: 0, max: 0.999, step: 0.001, label: 'Adam β₁' },
  beta2: { type: 'number', default: 0.999, min: 0.9, max: 0.9999, step: 0.0001, label: 'Adam β₂' },
  wd: { type: 'number', default: 0, min: 0, max: 0.5, step: 0.01, label: 'Weight decay λ' },
  norm: { type: 'bool', default: false, label: 'Normalise the features (κ → 1)' },
  seed: { type: 'int', default: 1, min: 0, max: 9999, label: 'Noise seed' },
});

export const optimizersMeta: DemoMeta<typeof optimizersParams> = {
  id: 'optimizers',
  title: 'Six optimisers race on the same loss surface',
  claim:
    'With one learning rate, plain SGD zig-zags across a steep direction and crawls along a flat one; momentum and adaptive steps (RMSProp, Adam) fix different halves of that, and normalising the features fixes it at the source.',
  questions: ['training/optimizers-regularization', 'data/normalization'],
  params: optimizersParams,
  steps: () => [
    {
      say: 'An ill-conditioned bowl (one direction 25× steeper): SGD zig-zags in y and crawls in x.',
      patch: { surface: 'ill-conditioned', lr: 0.03, steps: 80, norm: false },
    },
    { say: 'Normalise the features: the bowl becomes round, the paths straighten, and a 25× larger rate (0.5) is stable.', patch: { norm: true, lr: 0.5 } },
    {
      say: 'Back to κ = 25 with a larger rate (0.08): SGD is at the edge of stability (2/κ), momentum overshoots and rings.',
      patch: { norm: false, lr: 0.08 },
    },
    {
      say: 'Rosenbrock’s curved valley at 1e-3: SGD follows the valley floor slowly; Adam’s per-coordinate steps move faster.',
      patch: { surface: 'rosenbrock', lr: 0.001, steps: 500 },
    },
    {
      say: 'The saddle: gradient descent lingers near the ridge where the gradient is tiny; momentum escapes sooner.',
      patch: { surface: 'saddle', lr: 0.05, steps: 120 },
    },
    {
      say: 'Minibatch noise: the paths jitter, and Adam’s steps stay about lr in size even near the minimum.',
      patch: { surface: 'noisy', lr: 0.05, steps: 150 },
    },
    {
      say: 'Weight decay 0.2: Adam + L2 and AdamW end in different places; AdamW’s decay is not divided by √v.',
      patch: { surface: 'noisy', lr: 0.05, steps: 150, wd: 0.2 },
    },
  ],
};
