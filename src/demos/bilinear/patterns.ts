import { randomSeeded } from '../../kernels/random';
import { tensor, type Tensor } from '../../kernels/tensor';

export const PATTERNS = ['gradient', 'checker', 'impulse', 'random'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** Small greyscale test images [1,1,n,n] in [0,1], each chosen to expose a different effect. */
export function makePattern(pattern: Pattern, n: number): Tensor {
  const rand = randomSeeded(7);
  const centre = Math.floor((n - 1) / 2);
  const value = (r: number, c: number): number => {
    switch (pattern) {
      case 'gradient': // a ramp shows where each convention puts the first and last sample
        return n === 1 ? 0.5 : (r + c) / (2 * (n - 1));
      case 'checker': // hard edges show how far interpolation smears them
        return (r + c) % 2;
      case 'impulse': // one bright pixel: the output is the interpolation kernel itself
        return r === centre && c === centre ? 1 : 0;
      case 'random':
        return rand();
    }
  };
  const data: number[] = [];
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) data.push(value(r, c));
  return tensor([1, 1, n, n], data);
}
