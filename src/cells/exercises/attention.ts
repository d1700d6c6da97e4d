import { scaledDotProductAttention } from '../../kernels/attention';
import { tensor } from '../../kernels/tensor';
import source from '../../kernels/attention.ts?raw';
import { arrayWithin } from './compare';
import { casesRandom, flat, grid, nest, normal32, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

function expected(q: number[][], k: number[][], v: number[][]): unknown {
  const t = (m: number[][]) => tensor([m.length, m[0].length], flat(m));
  const out = scaledDotProductAttention(t(q), t(k), t(v)).output;
  return nest(out.data, out.shape);
}

const make = (name: string, q: number[][], k: number[][], v: number[][]): ExerciseCase => ({
  name,
  args: [q, k, v],
  expected: expected(q, k, v),
  input: `q ${q.length}×${q[0].length}, k ${k.length}×${k[0].length}, v ${v.length}×${v[0].length}; q[0] = [${q[0].slice(0, 4).join(', ')}${q[0].length > 4 ? ', …' : ''}]`,
});

export const exercise: ExerciseSpec = {
  id: 'attention',
  fn: 'attention',
  statement: [
    'Scaled dot-product attention for one head (Vaswani et al. 2017, Eq. 1): `q` is Tq × d, `k` is Tk × d, `v` is Tk × dv. Return Tq × dv: `softmax(q·kᵀ / √d)·v`, the softmax over each row (over the keys).',
    'Scores can be large: subtract each row’s maximum before `exp`, or a score of 1000 overflows to Infinity and the row becomes NaN.',
  ],
  starter: `/** softmax(q kᵀ / √d) v, row-wise softmax over the keys. */
function attention(q: number[][], k: number[][], v: number[][]): number[][] {
  const d = q[0].length;
  const out: number[][] = [];
  return out;
}
`,
  hints: [
    'For query i: scores[j] = Σ_c q[i][c]·k[j][c] / Math.sqrt(d) for every key j.',
    'm = max(scores); e[j] = exp(scores[j] − m); weights = e / Σe. The result does not change, only the overflow goes away.',
    'out[i][c] = Σ_j weights[j]·v[j][c].',
  ],
  reference: [{ file: 'src/kernels/attention.ts', source }],
  tolerance: 'each output within 1e-4 + 1e-4·|expected| of the kernel (its scores are float32)',
  cases(seed) {
    const rand = casesRandom(seed, 'attention');
    const m = (r: number, c: number, s = 1) => grid(r, c, () => normal32(rand, s));
    const random = Array.from({ length: 6 }, (_, i) => {
      const [tq, tk, d, dv] = [randInt(rand, 1, 5), randInt(rand, 1, 6), randInt(rand, 1, 8), randInt(rand, 1, 4)];
      return make(`random ${i + 1}`, m(tq, d), m(tk, d), m(tk, dv));
    });
    const big = [
      [40, 30],
      [-35, 45],
    ];
    return [
      ...random,
      make('huge scores (≈ 1000): needs the max subtraction', big, big, m(2, 3)),
      make('one key: the output is its value', m(3, 4), m(1, 4), m(1, 2)),
      make(
        'identical keys: uniform weights, the mean of v',
        m(2, 3),
        [
          [1, 2, 3],
          [1, 2, 3],
          [1, 2, 3],
        ],
        m(3, 2),
      ),
      make('cross-attention: 1 query, 5 keys', m(1, 4), m(5, 4), m(5, 3)),
    ];
  },
  compare: arrayWithin(1e-4, 1e-4),
};
