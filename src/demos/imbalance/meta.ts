import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const imbalanceParams = defineParams({
  circle: { type: 'int', default: 100, min: 0, max: 100, label: 'Circles (ratio)' },
  square: { type: 'int', default: 10, min: 0, max: 100, label: 'Squares (ratio)' },
  triangle: { type: 'int', default: 1, min: 0, max: 100, label: 'Triangles (ratio)' },
  gamma: { type: 'number', default: 2, min: 0, max: 10, step: 0.5, label: 'Focal γ' },
  seed: { type: 'int', default: 1, min: 0, max: 9999, label: 'Data seed' },
  compare: {
    type: 'enum',
    default: 'weighted',
    options: { weighted: 'class weights', resampled: 'resampling', focal: 'focal loss', threshold: 'threshold moving' },
    label: 'Decision regions beside plain cross-entropy',
  },
});

export const imbalanceMeta: DemoMeta<typeof imbalanceParams> = {
  id: 'imbalance',
  title: 'A 1 : 10 : 100 class mix: accuracy lies, recall tells',
  claim:
    'On a 1 : 10 : 100 mix, plain cross-entropy is about 97 % accurate and finds none of the rare triangles, while always answering “circle” is already 90 %; class weights, resampling and focal loss give up a little accuracy or precision for most of the triangles, and moving the threshold to the training prior overshoots.',
  questions: ['data/imbalanced'],
  params: imbalanceParams,
  steps: () => [
    {
      say: 'Triangles 1, squares 10, circles 100 (6 training objects per unit). “Always circle” is 90 % accurate; plain cross-entropy is 97 % and finds no triangle.',
      patch: { circle: 100, square: 10, triangle: 1, gamma: 2 },
      show: 'paradox',
    },
    { say: 'Read the triangle column: class weights and resampling find most triangles; macro-F1 rises although accuracy falls.', show: 'table' },
    {
      say: 'The feature plane: plain cross-entropy gives the triangles almost no region; class weights push the boundaries out into the circles and squares.',
      patch: { compare: 'weighted' },
      show: 'regions',
    },
    {
      say: 'The PR curves of the triangle class: threshold moving shares the plain model’s curve (same ranking) and only moves its operating point.',
      show: 'curves',
    },
    { say: 'Focal γ = 5 (the top of the range RetinaNet found robust): easy circles count less, and more triangles are found.', patch: { gamma: 5 } },
    {
      say: 'Balance the mix (10 : 10 : 10): the five methods nearly agree. Imbalance, not the model, made them differ.',
      patch: { circle: 10, square: 10, triangle: 10, gamma: 2 },
    },
    { say: 'No triangles at all (ratio 0): no loss or sampler can learn a class that is not in the data.', patch: { circle: 100, square: 10, triangle: 0 } },
  ],
};
