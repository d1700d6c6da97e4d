import type { DemoMeta } from '../types';
import { defineParams, type ParamValues } from '../params';

/** 300 single-object scenes of a stream neither model trained or validated on (both cards: stream 1). */
export const FUSION_STREAM = 5150;
export const FUSION_COUNT = 300;

export const multiModelParams = defineParams({
  w: { type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Weight on the ViT, w (1 − w on CLIP)' },
  rule: {
    type: 'enum',
    default: 'log-linear',
    options: { 'log-linear': 'product of experts: w·log p_ViT + (1 − w)·log p_CLIP', linear: 'mixture: w·p_ViT + (1 − w)·p_CLIP' },
    label: 'Fusion rule',
  },
  prompts: {
    type: 'enum',
    default: 'ensemble',
    options: { photo: '“a photo of a {shape}”', ensemble: 'ensemble of templates', label: 'the bare class name' },
    label: 'CLIP prompts',
  },
  corruption: {
    type: 'enum',
    default: 'none',
    options: { none: 'none', noise: 'Gaussian noise', occlusion: 'grey square over the object', blur: 'Gaussian blur' },
    label: 'Corruption of the input',
  },
  level: { type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Corruption strength' },
  missing: {
    type: 'enum',
    default: 'none',
    options: { none: 'none (all three named)', circle: 'no circle prompt', square: 'no square prompt', triangle: 'no triangle prompt' },
    label: 'Class missing from CLIP’s prompts',
  },
  tau: { type: 'number', default: 0.9, min: 0.34, max: 1, step: 0.01, label: 'Cascade: escalate when the first model’s top probability is below τ' },
  scene: { type: 'int', default: 0, min: 0, max: FUSION_COUNT - 1, label: `Selected scene (of ${FUSION_COUNT})` },
});

export type Corruption = ParamValues<typeof multiModelParams>['corruption'];

export const multiModelMeta: DemoMeta<typeof multiModelParams> = {
  id: 'multi-model',
  title: 'Two models, one answer: fusing a ViT and CLIP',
  claim:
    'Fusing two models helps only where their errors differ, and the fused system inherits the failures of how it was composed: a class one model cannot name, a corruption one model cannot read, a threshold that decides who is asked.',
  questions: ['innovation/multi-model-systems'],
  params: multiModelParams,
  steps: () => [
    {
      say: 'Two shipped models read the same 300 held-out scenes: vit-tiny, trained with labels, and CLIP zero-shot from prompts. The table gives each one’s accuracy and calibration error, measured now.',
      patch: { w: 1, rule: 'log-linear', prompts: 'ensemble', corruption: 'none', missing: 'none' },
      show: 'fusion',
    },
    {
      say: 'w = 0: CLIP alone, naming each scene by its nearest prompt. Compare its accuracy, per-class accuracy and ECE with the ViT’s in the table.',
      patch: { w: 0 },
      show: 'fusion',
    },
    {
      say: 'w = ½: the weighted product of the two. The curve shows fused accuracy for every w; the best w is marked in the table. Fusion can only change the scenes where the two disagree.',
      patch: { w: 0.5 },
      show: 'fusion',
    },
    { say: 'The scenes where the two models disagree: click one to see both opinions and the fused one.', show: 'scenes' },
    {
      say: 'Missing modality: drop the circle prompt. The product of experts now vetoes “circle” for every scene, whatever the ViT says; the mixture keeps it.',
      patch: { missing: 'circle' },
      show: 'failure',
    },
    { say: 'The same missing prompt under the mixture: the ViT’s circles survive, at a lower confidence.', patch: { rule: 'linear' }, show: 'failure' },
    {
      say: 'Corruption: noise degrades the two models by different amounts; the fused accuracy and the best w move with it.',
      patch: { missing: 'none', rule: 'log-linear', corruption: 'noise', level: 0.6 },
      show: 'failure',
    },
    {
      say: 'Cascade: the cheaper model (as measured in this page) answers alone when it is sure; below τ the scene also goes to the other model and the fused answer is taken. τ sets the share escalated and so the cost.',
      patch: { corruption: 'none', tau: 0.9 },
      show: 'cascade',
    },
  ],
};
