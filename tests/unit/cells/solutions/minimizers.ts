import { mutate, type Solutions } from './types';

const solution = `function minimizerPositions(seq: string, w: number, k: number): number[] {
  const out: number[] = [];
  const valid = (p: number) => /^[ACGT]*$/.test(seq.slice(p, p + k));
  for (let start = 0; start + w + k - 1 <= seq.length; start++) {
    let best = -1;
    for (let p = start; p < start + w; p++) {
      if (!valid(p)) continue;
      if (best < 0 || seq.slice(p, p + k) < seq.slice(best, best + k)) best = p;
    }
    if (best >= 0 && out[out.length - 1] !== best) out.push(best);
  }
  return out;
}
`;

export const minimizers: Solutions = {
  solution,
  wrong: [
    {
      what: 'ties go to the rightmost k-mer',
      code: mutate(solution, 'seq.slice(p, p + k) < seq.slice(best, best + k)', 'seq.slice(p, p + k) <= seq.slice(best, best + k)'),
      fails: 'a homopolymer: ties go left',
    },
    {
      what: 'every window recorded (duplicates)',
      code: mutate(solution, '&& out[out.length - 1] !== best', ''),
      fails: 'a k-mer kept by several windows is recorded once',
    },
    { what: 'k-mers with N not skipped', code: mutate(solution, 'if (!valid(p)) continue;', ''), fails: 'an N blocks the k-mers that hold it' },
  ],
};
