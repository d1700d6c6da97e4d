import { diceLoss } from '../../kernels/diceLoss';
import source from '../../kernels/diceLoss.ts?raw';
import { numberWithin } from './compare';
import { casesRandom, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const make = (name: string, pred: number[], target: number[], eps: number): ExerciseCase => ({
  name,
  args: [pred, target, eps],
  expected: diceLoss(pred, target, { epsilon: eps }),
  input: `${pred.length} pixels, ε = ${eps}, Σp = ${+pred.reduce((a, b) => a + b, 0).toFixed(3)}, Σg = ${target.reduce((a, b) => a + b, 0)}`,
});

export const exercise: ExerciseSpec = {
  id: 'dice-loss',
  fn: 'diceLoss',
  statement: [
    'The soft Dice loss of a segmentation: `pred` holds probabilities in [0, 1], `target` 0/1 labels, both flattened. Return `1 − (2·Σ p·g + ε) / (Σ p + Σ g + ε)`.',
    'This is the plain-sum form (MONAI `DiceLoss` with `smooth_nr = smooth_dr = ε`); V-Net squares the terms of the denominator, which is a different loss. ε is in both the numerator and the denominator, so two empty masks give a loss of 0, not 0/0.',
  ],
  starter: `/** Soft Dice loss: 1 − (2Σpg + eps) / (Σp + Σg + eps). */
function diceLoss(pred: number[], target: number[], eps: number): number {
  return 0;
}
`,
  hints: ['One pass: accumulate Σ p·g, Σ p and Σ g.', 'ε on both sides: an empty prediction of an empty mask is perfect (dice 1, loss 0).'],
  reference: [{ file: 'src/kernels/diceLoss.ts', source }],
  tolerance: 'within 1e-9 (float64 sums in any order)',
  cases(seed) {
    const rand = casesRandom(seed, 'dice-loss');
    const random = Array.from({ length: 6 }, (_, i) => {
      const n = randInt(rand, 4, 40);
      const target = Array.from({ length: n }, () => (rand() < 0.4 ? 1 : 0));
      const pred = target.map((t) => Math.min(1, Math.max(0, t * 0.7 + randInt(rand, 0, 40) / 100)));
      return make(`random ${i + 1}`, pred, target, [0, 1e-6, 1][randInt(rand, 0, 2)]);
    });
    return [
      ...random,
      make('both masks empty: loss 0', [0, 0, 0, 0], [0, 0, 0, 0], 1),
      make('a perfect prediction, ε = 0: loss 0', [1, 0, 1, 1], [1, 0, 1, 1], 0),
      make('disjoint masks, ε = 1: 1 − 1/5', [1, 1, 0, 0], [0, 0, 1, 1], 1),
      make('half overlap, ε = 0: ½', [1, 1, 0, 0], [1, 0, 1, 0], 0),
      make('soft predictions (not squared)', [0.5, 0.5, 0.25, 0], [1, 0, 1, 0], 0),
    ];
  },
  compare: numberWithin(1e-9),
};
