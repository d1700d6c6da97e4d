import { mutate, type Solutions } from './types';

const solution = `function patchify(img: number[][][], p: number): number[][] {
  const c = img.length;
  const h = img[0].length;
  const w = img[0][0].length;
  const tokens: number[][] = [];
  for (let gy = 0; gy < h / p; gy++) {
    for (let gx = 0; gx < w / p; gx++) {
      const t: number[] = [];
      for (let ch = 0; ch < c; ch++) for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) t.push(img[ch][gy * p + i][gx * p + j]);
      tokens.push(t);
    }
  }
  return tokens;
}
`;

export const patchify: Solutions = {
  solution,
  wrong: [
    {
      what: 'channels-last features (i, j, c)',
      code: mutate(
        solution,
        'for (let ch = 0; ch < c; ch++) for (let i = 0; i < p; i++) for (let j = 0; j < p; j++)',
        'for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) for (let ch = 0; ch < c; ch++)',
      ),
      fails: 'three channels: features are channel-major',
    },
    {
      what: 'tokens in column-major grid order',
      code: mutate(
        solution,
        'for (let gy = 0; gy < h / p; gy++) {\n    for (let gx = 0; gx < w / p; gx++) {',
        'for (let gx = 0; gx < w / p; gx++) {\n    for (let gy = 0; gy < h / p; gy++) {',
      ),
      fails: 'p = 1: every pixel is a token',
    },
  ],
};
