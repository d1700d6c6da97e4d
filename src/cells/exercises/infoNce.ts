import { infoNce } from '../../kernels/infoNce';
import { tensor } from '../../kernels/tensor';
import source from '../../kernels/infoNce.ts?raw';
import lseSource from '../../kernels/softmax.ts?raw';
import { numberWithin } from './compare';
import { casesRandom, flat, grid, normal32, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const t = (m: number[][]) => tensor([m.length, m[0].length], flat(m));

const make = (name: string, a: number[][], b: number[][], tau: number): ExerciseCase => ({
  name,
  args: [a, b, tau],
  expected: infoNce(t(a), t(b), tau).loss,
  input: `n = ${a.length}, d = ${a[0].length}, τ = ${tau}`,
});

export const exercise: ExerciseSpec = {
  id: 'info-nce',
  fn: 'infoNce',
  statement: [
    'The symmetric InfoNCE loss CLIP trains with. `a` and `b` are n × d embeddings, row i of `a` paired with row i of `b`. L2-normalise every row, form the logits `L[i][j] = â_i · b̂_j / τ`, and return',
    '`½·[ (1/n) Σ_i CE(row i of L, target i) + (1/n) Σ_j CE(column j of L, target j) ]`, with `CE(z, t) = log Σ_k exp(z_k) − z_t`. At τ = 0.01 a logit is up to 100: compute the log-sum-exp stably.',
  ],
  starter: `/** Symmetric InfoNCE (CLIP) of paired embeddings a, b [n][d] at temperature tau. */
function infoNce(a: number[][], b: number[][], tau: number): number {
  return 0;
}
`,
  hints: [
    'Normalise: each row divided by Math.hypot(...row). The scale of the inputs must not change the loss.',
    'logSumExp(z) = m + log Σ exp(z_k − m) with m = max(z).',
    'Symmetric: cross-entropy over the rows (a finds its b) and over the columns (b finds its a), averaged. With n = 1 both are 0.',
  ],
  reference: [
    { file: 'src/kernels/infoNce.ts', source },
    { file: 'src/kernels/softmax.ts', source: lseSource },
  ],
  tolerance: 'within 1e-6 + 1e-6·|expected| of the kernel (float64)',
  cases(seed) {
    const rand = casesRandom(seed, 'info-nce');
    const m = (r: number, c: number, s = 1) => grid(r, c, () => normal32(rand, s));
    const random = Array.from({ length: 6 }, (_, i) => {
      const [n, d] = [randInt(rand, 2, 6), randInt(rand, 2, 5)];
      return make(`random ${i + 1}`, m(n, d), m(n, d), [0.07, 0.1, 0.5, 1][randInt(rand, 0, 3)]);
    });
    const x = m(3, 4);
    return [
      ...random,
      make('one pair: the loss is 0', m(1, 3), m(1, 3), 0.1),
      make(
        'identical rows everywhere: ln n',
        [
          [1, 1],
          [1, 1],
          [1, 1],
        ],
        [
          [2, 2],
          [2, 2],
          [2, 2],
        ],
        0.5,
      ),
      make(
        'τ = 0.01: logits near 100 (stable log-sum-exp)',
        x,
        x.map((r) => r.map((v) => -v)),
        0.01,
      ),
      make(
        'unnormalised inputs: scale does not matter',
        x.map((r) => r.map((v) => 50 * v)),
        m(3, 4, 0.01),
        0.2,
      ),
      make(
        'rows differ from columns (asymmetric logits)',
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0.6, 0.8],
        ],
        0.2,
      ),
    ];
  },
  compare: numberWithin(1e-6, 1e-6),
};
