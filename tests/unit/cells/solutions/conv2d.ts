import { mutate, type Solutions } from './types';

const solution = `function conv2d(x: number[][][], w: number[][][][], b: number[], stride: number[], padding: number[]): number[][][] {
  const [c, h, wd] = [x.length, x[0].length, x[0][0].length];
  const [kh, kw] = [w[0][0].length, w[0][0][0].length];
  const [sh, sw] = stride;
  const [top, left, bottom, right] = padding;
  const oh = Math.floor((h + top + bottom - kh) / sh) + 1;
  const ow = Math.floor((wd + left + right - kw) / sw) + 1;
  return w.map((wm, m) =>
    Array.from({ length: oh }, (_, oy) =>
      Array.from({ length: ow }, (_, ox) => {
        let s = b[m];
        for (let ci = 0; ci < c; ci++)
          for (let ky = 0; ky < kh; ky++)
            for (let kx = 0; kx < kw; kx++) {
              const iy = oy * sh - top + ky;
              const ix = ox * sw - left + kx;
              if (iy >= 0 && iy < h && ix >= 0 && ix < wd) s += wm[ci][ky][kx] * x[ci][iy][ix];
            }
        return s;
      }),
    ),
  );
}
`;

export const conv2d: Solutions = {
  solution,
  wrong: [
    {
      what: 'flipped kernel (true convolution)',
      code: mutate(solution, 's += wm[ci][ky][kx] * x[ci][iy][ix];', 's += wm[ci][kh - 1 - ky][kw - 1 - kx] * x[ci][iy][ix];'),
      fails: 'an asymmetric kernel shows a flip',
    },
    {
      what: 'ceil in the output size',
      code: mutate(solution, 'const oh = Math.floor(', 'const oh = Math.ceil('),
      fails: 'stride 2 on a 5×6 input: floor in the output size',
    },
  ],
};
