import { mutate, type Solutions } from './types';

const solution = `function maxPool(x: number[][], kernel: number[], stride: number[], padding: number[]): number[][] {
  const [h, w] = [x.length, x[0].length];
  const [kh, kw] = kernel;
  const [sh, sw] = stride;
  const [top, left, bottom, right] = padding;
  const oh = Math.floor((h + top + bottom - kh) / sh) + 1;
  const ow = Math.floor((w + left + right - kw) / sw) + 1;
  const pad = -Infinity;
  return Array.from({ length: oh }, (_, oy) =>
    Array.from({ length: ow }, (_, ox) => {
      let best = -Infinity;
      for (let ky = 0; ky < kh; ky++)
        for (let kx = 0; kx < kw; kx++) {
          const iy = oy * sh - top + ky;
          const ix = ox * sw - left + kx;
          const v = iy >= 0 && iy < h && ix >= 0 && ix < w ? x[iy][ix] : pad;
          if (v > best) best = v;
        }
      return best;
    }),
  );
}
`;

export const maxPool: Solutions = {
  solution,
  wrong: [
    { what: 'zero padding', code: mutate(solution, 'const pad = -Infinity;', 'const pad = 0;'), fails: 'all negative with padding: padding is −∞, not 0' },
    {
      what: 'stride ignored (windows at every pixel)',
      code: mutate(solution, 'const [sh, sw] = stride;', 'const [sh, sw] = [1, 1];'),
      fails: 'stride larger than the kernel: gaps',
    },
  ],
};
