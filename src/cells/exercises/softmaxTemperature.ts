import { softmax } from '../../kernels/softmax';
import source from '../../kernels/softmax.ts?raw';
import { arrayWithin } from './compare';
import { casesRandom, normal32, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const make = (name: string, logits: number[], t: number): ExerciseCase => ({
  name,
  args: [logits, t],
  expected: Array.from(softmax(logits, t)),
  input: `τ = ${t}, logits [${logits.slice(0, 6).join(', ')}${logits.length > 6 ? ', …' : ''}] (${logits.length})`,
});

export const exercise: ExerciseSpec = {
  id: 'softmax-temperature',
  fn: 'softmax',
  statement: [
    'Softmax with a temperature: `p_i = exp(z_i/τ) / Σ_j exp(z_j/τ)`. A small τ sharpens towards the argmax (CLIP’s τ ≈ 0.01 makes logits of 100), a large τ flattens towards uniform.',
    'It must stay finite for any logits: `exp(1000)` is Infinity in float64. An empty input gives an empty output.',
  ],
  starter: `/** Softmax of logits / temperature. */
function softmax(logits: number[], temperature: number): number[] {
  return [];
}
`,
  hints: [
    'Divide by the temperature first, then subtract the maximum of the scaled logits: exp(z/τ − max) ≤ 1, and at least one term is exactly 1, so the sum is never 0.',
    'Math.max(...[]) is −Infinity: handle the empty input before it turns into NaN.',
  ],
  reference: [{ file: 'src/kernels/softmax.ts', source }],
  tolerance: 'each probability within 1e-6 of the kernel (float32 output)',
  cases(seed) {
    const rand = casesRandom(seed, 'softmax');
    const random = Array.from({ length: 6 }, (_, i) => {
      const z = Array.from({ length: randInt(rand, 1, 10) }, () => normal32(rand, 3));
      return make(`random ${i + 1}`, z, [0.05, 0.5, 1, 2, 10][randInt(rand, 0, 4)]);
    });
    return [
      ...random,
      make('empty input', [], 1),
      make('logits near 1000: needs the max subtraction', [1000, 999, 1001], 1),
      make('τ = 0.01: almost one-hot', [1, 2, 3], 0.01),
      make('ties: equal probabilities', [2, 2, 2, 2], 0.7),
      make('all −1000: still uniform, not NaN', [-1000, -1000], 1),
    ];
  },
  compare: arrayWithin(1e-6),
};
