import { mutate, type Solutions } from './types';

const solution = `function resize(img: number[][], outH: number, outW: number): number[][] {
  const h = img.length;
  const w = img[0].length;
  const tap = (i: number, inLen: number, outLen: number) => {
    const s = (i + 0.5) * (inLen / outLen) - 0.5;
    const x = Math.min(Math.max(s, 0), inLen - 1);
    const lo = Math.floor(x);
    return { lo, hi: Math.min(lo + 1, inLen - 1), t: x - lo };
  };
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const ty = tap(i, h, outH);
    const row: number[] = [];
    for (let j = 0; j < outW; j++) {
      const tx = tap(j, w, outW);
      const top = img[ty.lo][tx.lo] + (img[ty.lo][tx.hi] - img[ty.lo][tx.lo]) * tx.t;
      const bottom = img[ty.hi][tx.lo] + (img[ty.hi][tx.hi] - img[ty.hi][tx.lo]) * tx.t;
      row.push(top + (bottom - top) * ty.t);
    }
    out.push(row);
  }
  return out;
}
`;

export const bilinear: Solutions = {
  solution,
  wrong: [
    {
      what: 'align_corners coordinates instead of half_pixel',
      code: mutate(solution, 'const s = (i + 0.5) * (inLen / outLen) - 0.5;', 'const s = outLen > 1 ? (i * (inLen - 1)) / (outLen - 1) : 0;'),
      fails: 'halving: each output averages a 2×2 block',
    },
    {
      what: 'no clamp of the source coordinate (reads index −1)',
      code: mutate(solution, 'const x = Math.min(Math.max(s, 0), inLen - 1);', 'const x = s;'),
      fails: 'upsampling 2×2 → 5×5: the border clamps',
    },
  ],
};
