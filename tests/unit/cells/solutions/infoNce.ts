import { mutate, type Solutions } from './types';

const solution = `function infoNce(a: number[][], b: number[][], tau: number): number {
  const unit = (r: number[]) => { const n = Math.hypot(...r) || 1; return r.map((x) => x / n); };
  const A = a.map(unit), B = b.map(unit);
  const n = A.length;
  const L = A.map((ai) => B.map((bj) => ai.reduce((s, x, k) => s + x * bj[k], 0) / tau));
  const lse = (z: number[]) => { const m = Math.max(...z); return m + Math.log(z.reduce((s, x) => s + Math.exp(x - m), 0)); };
  let rows = 0, cols = 0;
  for (let i = 0; i < n; i++) {
    rows += lse(L[i]) - L[i][i];
    cols += lse(L.map((r) => r[i])) - L[i][i];
  }
  return (rows / n + cols / n) / 2;
}
`;

export const infoNce: Solutions = {
  solution,
  wrong: [
    {
      what: 'one direction only (rows)',
      code: mutate(solution, 'return (rows / n + cols / n) / 2;', 'return rows / n;'),
      fails: 'rows differ from columns (asymmetric logits)',
    },
    {
      what: 'embeddings not normalised',
      code: mutate(solution, 'return r.map((x) => x / n);', 'return r;'),
      fails: 'unnormalised inputs: scale does not matter',
    },
  ],
};
