import type { DemoMeta } from '../types';
import { defineParams } from '../params';
import { UNET_FEATURE_TAPS } from '../../models/unet/featureTaps';

export const LESSON_STREAM = 2025; // the unet demo's held-out stream: scenes the model never saw

export const unetLessonsParams = defineParams({
  scene: { type: 'int', default: 39, min: 0, max: 9999, label: `Scene (held-out stream ${LESSON_STREAM})` },
  tap: { type: 'enum', default: 'enc3_b', options: UNET_FEATURE_TAPS, label: 'Feature maps of block' },
  upInput: {
    type: 'enum',
    default: 'constant',
    options: { constant: 'a constant 8×8 map', feature: 'a real feature map (enc3, this scene)' },
    label: 'Upsample',
  },
  channel: { type: 'int', default: 0, min: 0, max: 31, label: 'Feature channel (enc3)' },
  upWeights: { type: 'enum', default: 'uniform', options: { uniform: 'all ones', random: 'random (seeded)' }, label: 'Kernel weights' },
  row: { type: 'int', default: 16, min: 0, max: 31, label: 'Output pixel row' },
  col: { type: 'int', default: 16, min: 0, max: 31, label: 'Output pixel column' },
  rare: { type: 'int', default: 20, min: 1, max: 512, label: 'Rare-class pixels (of 1,024)' },
  q: { type: 'number', default: 0.1, min: 0.01, max: 0.99, step: 0.01, label: 'Predicted probability on the rare pixels' },
  lr: { type: 'number', default: 0.003, min: 1e-5, max: 10, step: 0.1, scale: 'log', label: 'Learning rate (Adam)' },
  batch: { type: 'int', default: 8, min: 1, max: 32, label: 'Batch size' },
  steps: { type: 'int', default: 300, min: 10, max: 3000, step: 10, label: 'Steps' },
});

export const unetLessonsMeta: DemoMeta<typeof unetLessonsParams> = {
  id: 'unet-lessons',
  title: 'U-Net: encoder features, upsampling, receptive field and loss',
  claim:
    'What a U-Net is made of, measured on the shipped one: features that coarsen as they deepen, an upsampling that must not checkerboard, a receptive field larger than it acts, and a loss that must not ignore rare classes.',
  questions: ['model-architecture/u-net', 'segmentation-detection/segmentation-challenges'],
  params: unetLessonsParams,
  steps: () => [
    { say: 'Encoder block 1 at full resolution: 8 channels, mostly edge and colour detectors on this scene.', patch: { tap: 'enc1_b' }, show: 'features' },
    { say: 'The bottleneck (mid, 4×4×64): coarse blobs that say what is there, not exactly where.', patch: { tap: 'mid_b' }, show: 'features' },
    {
      say: 'A constant map through a 3×3 stride-2 transposed convolution: the output alternates 1, 2 and 4 taps, a checkerboard from uneven overlap alone.',
      patch: { upInput: 'constant', upWeights: 'uniform' },
      show: 'upsampling',
    },
    {
      say: 'Random weights do not remove it; kernel 4 (divisible by the stride) and resize-then-convolve do.',
      patch: { upWeights: 'random' },
      show: 'upsampling',
    },
    {
      say: 'On a real feature map of this scene the same pattern appears over the content.',
      patch: { upInput: 'feature', upWeights: 'random' },
      show: 'upsampling',
    },
    {
      say: 'The centre pixel can see a large input region (theoretical); its gradient lands on a much smaller blob (effective).',
      patch: { row: 16, col: 16 },
      show: 'receptive',
    },
    {
      say: 'A 20-pixel rare object predicted at 0.1: cross-entropy is nearly as low as for a perfect prediction, Dice is near its maximum.',
      patch: { rare: 20, q: 0.1 },
      show: 'loss',
    },
    { say: 'Find the object (q = 0.9): Dice falls by most of its range, cross-entropy by a few hundredths.', patch: { q: 0.9 }, show: 'loss' },
  ],
};
