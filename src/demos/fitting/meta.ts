import type { DemoMeta } from '../types';
import { defineParams } from '../params';
import { LAB_LIMITS } from '../../models/train/labParams';
import { PARAM_LIMITS } from '../../models/train/protocol';

export const fittingParams = defineParams({
  width: { type: 'int', default: 16, min: LAB_LIMITS.width.min, max: 32, label: 'Capacity: filters in the first conv' },
  n: { type: 'int', default: 48, min: 12, max: 600, step: 12, label: 'Training images' },
  epochs: { type: 'int', default: 60, min: 5, max: 300, step: 5, label: 'Epochs' },
  dropout: { type: 'number', default: 0, min: 0, max: 0.8, step: 0.05, label: 'Dropout before the logits' },
  wd: { type: 'enum', default: 0, options: [0, 0.01, 0.1, 1, 10, 100], label: 'Weight decay λ (decoupled, AdamW-style)' },
  aug: { type: 'bool', default: false, label: 'Augment (flip, ±30° rotation, crop 60–100 %, colour jitter)' },
  early: { type: 'bool', default: false, label: 'Early stopping (stop the run)' },
  patience: { type: 'int', default: 8, min: LAB_LIMITS.patience.min, max: 40, unit: 'epochs', label: 'Patience' },
  lr: { type: 'number', default: 0.002, min: PARAM_LIMITS.learningRate.min, max: 10, step: 0.1, scale: 'log', label: 'Learning rate (Adam)' },
  seed: { type: 'int', default: 1, min: 0, max: 9999, label: 'Seed (data, weights, shuffles)' },
});

export const fittingMeta: DemoMeta<typeof fittingParams> = {
  id: 'fitting',
  title: 'Overfitting and underfitting, trained live',
  claim:
    'With 48 training images and a wide network, training loss falls to almost zero while validation loss turns upward after a few epochs: the gap between them is overfitting, and more data, augmentation or early stopping narrow it while a too-small model leaves both losses high.',
  questions: ['training/overfitting', 'training/optimizers-regularization', 'data/augmentation'],
  params: fittingParams,
  steps: () => [
    { say: 'Default: 48 images, 16 filters, no regularisation. Training loss heads to zero; validation loss bottoms out early, then climbs: overfitting.' },
    { say: 'Early stopping with a patience of 8 epochs: the run stops soon after the bottom of the validation curve.', patch: { early: true } },
    {
      say: 'Early stopping off, augmentation on: every epoch sees new versions of the 48 images; training loss falls more slowly and the gap is smaller.',
      patch: { early: false, aug: true },
    },
    { say: 'Augmentation off, dropout 0.5 before the logits: another way to make memorising harder.', patch: { aug: false, dropout: 0.5 } },
    {
      say: 'No dropout, 10× the data (480 images, 20 epochs): the validation curve follows the training curve much further down.',
      patch: { dropout: 0, n: 480, epochs: 20 },
    },
    {
      say: 'Underfitting: the same 480 images with one filter. Both losses stay high and close together; more data cannot help a model this small.',
      patch: { width: 1 },
    },
  ],
};
