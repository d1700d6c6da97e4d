import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const augmentationParams = defineParams({
  op: {
    type: 'enum',
    default: 'crop',
    options: {
      flip: 'horizontal flip',
      rotate: 'rotation',
      crop: 'random resized crop',
      jitter: 'colour jitter',
      cutout: 'cutout',
      mixup: 'mixup',
      cutmix: 'CutMix',
      mosaic: 'mosaic',
    },
    label: 'Transform',
  },
  seed: { type: 'int', default: 0, min: 0, max: 9999, label: 'Scene and gallery seed' },
  breaking: { type: 'bool', default: false, label: 'Show label-breaking parameters' },
  angle: { type: 'number', default: 30, min: 0, max: 180, step: 5, unit: '°', label: 'Largest rotation' },
  alpha: { type: 'number', default: 0.4, min: 0.1, max: 4, step: 0.1, label: 'Mixup α' },
  masks: { type: 'bool', default: true, label: 'Tint the masks' },
});

export const augmentationMeta: DemoMeta<typeof augmentationParams> = {
  id: 'augmentation',
  title: 'Boxes and masks follow every augmentation, until they cannot',
  claim:
    'A geometric augmentation must move the boxes and masks with the pixels; most keep the labels true, but a small random crop can cut the object away, a rotation loosens an axis-aligned box, and a hue shift changes a colour label.',
  questions: ['data/augmentation'],
  params: augmentationParams,
  steps: () => [
    {
      say: 'A random resized crop with torchvision’s defaults: area 8–100 %, aspect 3/4–4/3, resized back to 64 px. Boxes and masks move with it.',
      patch: { op: 'crop', breaking: false },
    },
    {
      say: 'Crops near 8 % of the area: objects are cut to slivers or away, and their boxes are dropped. These are label-breaking samples.',
      patch: { breaking: true },
    },
    {
      say: 'Rotation by 45°: the box from the four rotated corners (dashed) is much looser than the rotated mask’s tight box (solid).',
      patch: { op: 'rotate', breaking: true },
    },
    {
      say: 'Colour jitter is label-safe for shape, but a hue shift of a third to half a turn makes the yellow triangle look blue: its colour label is now wrong.',
      patch: { op: 'jitter', breaking: true },
    },
    { say: 'Cutout over the object: its label stays while almost nothing of it is visible.', patch: { op: 'cutout', breaking: true } },
    { say: 'Mixup blends two scenes; each label keeps weight λ or 1 − λ.', patch: { op: 'mixup', breaking: false } },
    { say: 'Mosaic tiles four scenes around a random centre: many small, partly cut objects per image.', patch: { op: 'mosaic', breaking: false } },
  ],
};
