import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const normalizationParams = defineParams({
  momentum: { type: 'number', default: 0.1, min: 0.001, max: 1, step: 0.05, scale: 'log', label: 'Batch-norm momentum m (PyTorch; Keras 1 − m)' },
  steps: { type: 'int', default: 10, min: 1, max: 300, label: 'Training batches seen' },
  batch: { type: 'int', default: 16, min: 1, max: 64, label: 'Batch size N' },
  kind: {
    type: 'enum',
    default: 'batch',
    options: { batch: 'batch norm', layer: 'layer norm', instance: 'instance norm', group: 'group norm' },
    label: 'Statistics shared by',
  },
  groups: { type: 'enum', default: 2, options: [1, 2, 3, 6], label: 'Groups G (of 6 channels)' },
  seed: { type: 'int', default: 1, min: 0, max: 9999, label: 'Seed' },
});

export const normalizationMeta: DemoMeta<typeof normalizationParams> = {
  id: 'normalization',
  title: 'Batch norm has two modes; layer and group norm have one',
  claim:
    'Batch norm normalises with the batch’s statistics in training and with running averages in evaluation, and the two agree only after about 1/m batches (m = 0.1: some 20–30) and for batches large enough to represent the data; layer, instance and group norm take their statistics inside one sample, so they have no modes.',
  questions: ['data/normalization', 'training/optimizers-regularization'],
  params: normalizationParams,
  steps: () => [
    {
      say: 'After 10 batches at momentum 0.1 the running mean has covered 1 − 0.9¹⁰ = 65 % of the way to the true mean 3: eval mode shifts every output (largest gap about 1).',
      patch: { steps: 10, momentum: 0.1, batch: 16 },
      show: 'running',
    },
    {
      say: 'After 100 batches the running statistics have converged: train and eval outputs nearly agree; what is left is the new batch’s own noise.',
      patch: { steps: 100 },
      show: 'modes',
    },
    {
      say: 'A batch of one: train mode normalises a single image by its own 16 values, so it differs from eval mode although the running statistics are good.',
      patch: { batch: 1 },
      show: 'modes',
    },
    { say: 'A batch of 64 represents the data better: the train/eval gap shrinks.', patch: { batch: 64 }, show: 'modes' },
    {
      say: 'Momentum 0.9 (Keras would write 0.1): the running mean follows the last batch or two, as noisy as the batch means.',
      patch: { momentum: 0.9, batch: 4 },
      show: 'running',
    },
    {
      say: 'The [N, C, H, W] block: batch norm shares one mean per channel across the batch (a column).',
      patch: { momentum: 0.1, batch: 16, kind: 'batch' },
      show: 'grid',
    },
    {
      say: 'Layer norm shares one mean per sample (a row): it removes each sample’s scale and keeps the channel offsets.',
      patch: { kind: 'layer' },
      show: 'grid',
    },
    {
      say: 'Group norm with G = 2: one sample, three channels at a time. G = 1 is layer norm, G = 6 instance norm.',
      patch: { kind: 'group', groups: 2 },
      show: 'grid',
    },
    { say: 'The shipped classifier with the wrong input pipeline: how much (or how little) its accuracy drops.', show: 'input' },
  ],
};
