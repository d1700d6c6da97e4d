import { minimizers } from '../../kernels/minimizers';
import source from '../../kernels/minimizers.ts?raw';
import { sameIntegers } from './compare';
import { casesRandom, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const make = (name: string, seq: string, w: number, k: number): ExerciseCase => ({
  name,
  args: [seq, w, k],
  expected: minimizers(seq, w, k, { canonical: false, order: 'lexicographic' }).map((m) => m.position),
  input: `"${seq}", w = ${w}, k = ${k}`,
});

export const exercise: ExerciseSpec = {
  id: 'minimizers',
  fn: 'minimizerPositions',
  statement: [
    'The (w, k)-minimizer sketch of a DNA sequence (Roberts et al. 2004): in every window of `w` consecutive k-mers, keep the k-mer that is smallest in lexicographic order (A < C < G < T), the leftmost one on a tie. Return the start positions of the kept k-mers in order, each once: consecutive windows that keep the same k-mer record it once.',
    'Only whole windows count (a sequence shorter than w + k − 1 has none). A k-mer containing a letter other than A, C, G, T is never chosen; a window made only of such k-mers keeps nothing. Forward strand only, letters already upper case.',
  ],
  starter: `/** Positions of the (w, k)-minimizers, lexicographic order, leftmost tie. */
function minimizerPositions(seq: string, w: number, k: number): number[] {
  return [];
}
`,
  hints: [
    'Windows start at p = 0 … n − k − w + 1; window p holds the k-mers starting at p … p + w − 1.',
    'String comparison (<) is already lexicographic; use a strict < so the leftmost of equal k-mers wins.',
    'Push a position only when it differs from the last one pushed. A faster version keeps a monotone deque (see the reference).',
  ],
  reference: [{ file: 'src/kernels/minimizers.ts', source }],
  tolerance: 'exact: the same positions in the same order',
  cases(seed) {
    const rand = casesRandom(seed, 'minimizers');
    const dna = (n: number) => Array.from({ length: n }, () => 'ACGT'[randInt(rand, 0, 3)]).join('');
    const random = Array.from({ length: 8 }, (_, i) => make(`random ${i + 1}`, dna(randInt(rand, 5, 30)), randInt(rand, 1, 5), randInt(rand, 1, 4)));
    return [
      ...random,
      make('shorter than k: nothing', 'ACG', 2, 4),
      make('shorter than one window: nothing', 'ACGTA', 4, 3),
      make('a homopolymer: ties go left', 'AAAAAAAA', 3, 2),
      make('w = 1: every k-mer', 'GATTACA', 1, 3),
      make('a k-mer kept by several windows is recorded once', 'TTTATTT', 3, 1),
      make('an N blocks the k-mers that hold it', 'ACGTNNNACGTTGCA', 2, 3),
      make('one window', 'TGCA', 2, 3),
    ];
  },
  compare: sameIntegers,
};
