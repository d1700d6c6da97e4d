import { mutate, type Solutions } from './types';

const solution = `function attention(q: number[][], k: number[][], v: number[][]): number[][] {
  const d = q[0].length;
  return q.map((qi) => {
    const s = k.map((kj) => kj.reduce((acc, x, c) => acc + x * qi[c], 0) / Math.sqrt(d));
    const m = Math.max(...s);
    const e = s.map((x) => Math.exp(x - m));
    const z = e.reduce((a, b) => a + b, 0);
    return v[0].map((_, c) => e.reduce((acc, ej, j) => acc + (ej / z) * v[j][c], 0));
  });
}
`;

export const attention: Solutions = {
  solution,
  wrong: [
    {
      what: 'missing max-subtraction',
      code: mutate(solution, 'const m = Math.max(...s);', 'const m = 0;'),
      fails: 'huge scores (≈ 1000): needs the max subtraction',
    },
    { what: 'no 1/√d scaling', code: mutate(solution, ' / Math.sqrt(d));', ');'), fails: 'cross-attention: 1 query, 5 keys' },
  ],
};
