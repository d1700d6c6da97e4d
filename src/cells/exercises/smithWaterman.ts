import { smithWaterman } from '../../kernels/pairwiseAlign';
import source from '../../kernels/pairwiseAlign.ts?raw';
import { numberWithin } from './compare';
import { casesRandom, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const make = (name: string, a: string, b: string, match: number, mismatch: number, gap: number): ExerciseCase => ({
  name,
  args: [a, b, match, mismatch, gap],
  expected: smithWaterman(a, b, { scoring: { match, mismatch }, gapExtend: gap }).score,
  input: `"${a}" vs "${b}", match ${match}, mismatch ${mismatch}, gap −${gap}`,
});

export const exercise: ExerciseSpec = {
  id: 'smith-waterman',
  fn: 'localAlignmentScore',
  statement: [
    'The score of the best local alignment of two sequences (Smith & Waterman 1981) with a linear gap penalty. `match` is the score of two equal letters, `mismatch` of two different ones (a negative number), `gap` the cost of each gap position (a positive number).',
    '`H[i][j] = max(0, H[i−1][j−1] + s(a_i, b_j), H[i−1][j] − gap, H[i][j−1] − gap)` with H = 0 on the borders; the answer is the largest H anywhere (0 when nothing scores above 0).',
  ],
  starter: `/** Best local alignment score, linear gaps. mismatch < 0, gap > 0 (a cost). */
function localAlignmentScore(a: string, b: string, match: number, mismatch: number, gap: number): number {
  return 0;
}
`,
  hints: [
    'Two rows of H are enough: the previous one and the current one.',
    'The max with 0 is what makes it local: an alignment may start anywhere. Without it you get a global-style score.',
    'Return the maximum over all cells, not H[m][n]: a local alignment may end anywhere.',
  ],
  reference: [{ file: 'src/kernels/pairwiseAlign.ts', source }],
  tolerance: 'exact (integer scores)',
  cases(seed) {
    const rand = casesRandom(seed, 'smith-waterman');
    const dna = (n: number) => Array.from({ length: n }, () => 'ACGT'[randInt(rand, 0, 3)]).join('');
    const random = Array.from({ length: 8 }, (_, i) =>
      make(`random ${i + 1}`, dna(randInt(rand, 1, 12)), dna(randInt(rand, 1, 12)), randInt(rand, 1, 3), -randInt(rand, 1, 3), randInt(rand, 1, 3)),
    );
    return [
      ...random,
      make('Wikipedia’s example: 13', 'TGTTACGG', 'GGTTGACTA', 3, -3, 2),
      make('an empty sequence: 0', '', 'ACGT', 2, -1, 1),
      make('no letter in common: 0', 'AAAA', 'CCCC', 1, -1, 1),
      make('identical sequences: match × length', 'GATTACA', 'GATTACA', 2, -1, 2),
      make('the best region is in the middle', 'TTTTGATTACATTTT', 'CCGATTACACC', 2, -3, 3),
      make('a gap inside pays off', 'ACGTACGT', 'ACGTTACGT', 3, -3, 1),
    ];
  },
  compare: numberWithin(0),
};
