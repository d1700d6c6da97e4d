import { conv2d } from '../../kernels/conv2d';
import { convTranspose2d } from '../../kernels/convTranspose2d';
import { normal, randomSeeded } from '../../kernels/random';
import { tensor } from '../../kernels/tensor';

/**
 * Three ways to double a one-channel H×W map, with the pure-TS kernels:
 *  - convT3: transposed conv, kernel 3, stride 2, pads 1, output padding 1 (3 is not divisible
 *    by 2: output pixels alternately receive 1 and 2 taps per axis, the checkerboard);
 *  - convT4: kernel 4, stride 2, pads 1 (divisible: every interior output receives 2 taps per axis);
 *  - resizeConv: nearest ×2 (itself a transposed conv with a 2×2 kernel of ones, stride 2: every
 *    input pixel copied into a 2×2 block), then a 3×3 conv, pads 1 — what the shipped U-Net does.
 * `uniform` weights are all ones (the output of a constant is then the tap count); `random` are
 * seeded N(0, 1), the same for every call.
 */
export type Upsampler = 'convT3' | 'convT4' | 'resizeConv';
export const UPSAMPLERS: readonly Upsampler[] = ['convT3', 'convT4', 'resizeConv'];

function weights(k: number, kind: 'uniform' | 'random', seed: number): Float32Array {
  if (kind === 'uniform') return new Float32Array(k * k).fill(1);
  const r = randomSeeded(seed);
  return Float32Array.from({ length: k * k }, () => normal(r));
}

export function upsample(x: Float32Array, H: number, W: number, kind: Upsampler, w: 'uniform' | 'random', seed = 7): Float32Array {
  const input = tensor([1, 1, H, W], x);
  switch (kind) {
    case 'convT3':
      return convTranspose2d(input, tensor([1, 1, 3, 3], weights(3, w, seed)), null, { stride: [2, 2], padding: [1, 1, 1, 1], outputPadding: [1, 1] }).data;
    case 'convT4':
      return convTranspose2d(input, tensor([1, 1, 4, 4], weights(4, w, seed + 1)), null, { stride: [2, 2], padding: [1, 1, 1, 1] }).data;
    case 'resizeConv': {
      const up = convTranspose2d(input, tensor([1, 1, 2, 2], new Float32Array(4).fill(1)), null, { stride: [2, 2], padding: [0, 0, 0, 0] });
      return conv2d(up, tensor([1, 1, 3, 3], weights(3, w, seed + 2)), null, { padding: [1, 1, 1, 1] }).data;
    }
  }
}

/**
 * How uneven an upsampled map is away from its one-pixel border: (max − min) / |mean| over the
 * interior. 0 for a perfectly flat output of a constant input.
 */
export function interiorUnevenness(y: Float32Array, H: number, W: number): number {
  let [lo, hi, sum, n] = [Infinity, -Infinity, 0, 0];
  for (let i = 1; i < H - 1; i++)
    for (let j = 1; j < W - 1; j++) {
      const v = y[i * W + j];
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
      n++;
    }
  return n === 0 ? 0 : (hi - lo) / Math.abs(sum / n);
}
