import type { DemoMeta } from '../types';
import { defineParams } from '../params';
import { PARAM_LIMITS } from '../../models/train/protocol';

export const trainingParams = defineParams({
  lr: { type: 'number', default: 0.01, min: PARAM_LIMITS.learningRate.min, max: 10, step: 0.1, scale: 'log', label: 'Learning rate (Adam)' },
  batch: { type: 'int', default: PARAM_LIMITS.batchSize.default, min: 1, max: 64, label: 'Batch size' },
  steps: { type: 'int', default: 300, min: 20, max: 2000, step: 10, label: 'Steps' },
  seed: { type: 'int', default: 1, min: 0, max: 999999, label: 'Seed' },
});

export const trainingMeta: DemoMeta<typeof trainingParams> = {
  id: 'training',
  title: 'Train a CNN live, in a Web Worker',
  claim: 'The learning rate decides whether gradient descent converges, crawls or diverges; you can watch all three happen in seconds.',
  questions: ['training/overfitting', 'training/optimizers-regularization'],
  params: trainingParams,
  steps: () => [
    { say: 'A sensible rate (1e-2 with Adam): press Train and watch the loss fall and the predictions turn green.', patch: { lr: 0.01 } },
    { say: 'Too small (1e-5): the loss barely moves in the same number of steps.', patch: { lr: 0.00001 } },
    { say: 'Far too large (10): the first updates overshoot, the loss explodes and the run is stopped as diverged.', patch: { lr: 10 } },
    { say: 'Back to 1e-2 with batch size 1: noisier gradients, a noisier curve.', patch: { lr: 0.01, batch: 1 } },
  ],
};
