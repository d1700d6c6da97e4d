import { mutate, type Solutions } from './types';

const solution = `function localAlignmentScore(a: string, b: string, match: number, mismatch: number, gap: number): number {
  let prev = new Array(b.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      const s = a[i - 1] === b[j - 1] ? match : mismatch;
      cur[j] = Math.max(0, prev[j - 1] + s, prev[j] - gap, cur[j - 1] - gap);
      best = Math.max(best, cur[j]);
    }
    prev = cur;
  }
  return best;
}
`;

export const smithWaterman: Solutions = {
  solution,
  wrong: [
    {
      what: 'the score of the last cell instead of the best cell',
      code: mutate(solution, 'return best;', 'return prev[b.length] ?? 0;'),
      fails: 'the best region is in the middle',
    },
    {
      what: 'no floor at 0 (not local)',
      code: mutate(solution, 'Math.max(0, prev[j - 1] + s', 'Math.max(prev[j - 1] + s'),
      fails: 'Wikipedia’s example: 13',
    },
  ],
};
