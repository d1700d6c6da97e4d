import { describe, expect, it } from 'vitest';
import { FILTER_SCHARR, getDerivKernels } from '../../../src/kernels/derivKernels';
import { scharr, sobel } from '../../../src/kernels/sobel';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { paddedConvModel } from '../../../src/models/onnx/reference/paddedConv';
import { runOnce } from '../../../src/models/runtime/ort';
import { asFeed, outer, randomImage } from './imageCases';

// The kernels printed in OpenCV's Sobel/Scharr documentation (imgproc filter docs, "Sobel Derivatives" tutorial).
const SOBEL_X_3 = [-1, 0, 1, -2, 0, 2, -1, 0, 1];
const SOBEL_Y_3 = [-1, -2, -1, 0, 0, 0, 1, 2, 1];
const SCHARR_X = [-3, 0, 3, -10, 0, 10, -3, 0, 3];
const SCHARR_Y = [-3, -10, -3, 0, 0, 0, 3, 10, 3];

describe('getDerivKernels', () => {
  it('builds the documented 3×3 Sobel and Scharr kernels as outer products ky ⊗ kx', () => {
    const k = (dx: number, dy: number, ksize: number) => {
      const [kx, ky] = getDerivKernels(dx, dy, ksize);
      return outer(ky, kx);
    };
    expect(k(1, 0, 3)).toEqual(SOBEL_X_3);
    expect(k(0, 1, 3)).toEqual(SOBEL_Y_3);
    expect(k(1, 0, FILTER_SCHARR)).toEqual(SCHARR_X);
    expect(k(0, 1, FILTER_SCHARR)).toEqual(SCHARR_Y);
  });

  it('gives the 5-tap binomial [1,4,6,4,1], first derivative [−1,−2,0,2,1] and second [1,0,−2,0,1]', () => {
    expect(getDerivKernels(1, 0, 5)).toEqual([
      [-1, -2, 0, 2, 1],
      [1, 4, 6, 4, 1],
    ]);
    expect(getDerivKernels(2, 0, 5)[0]).toEqual([1, 0, -2, 0, 1]);
  });

  it('uses a 3-tap derivative and no smoothing for ksize 1', () => {
    expect(getDerivKernels(1, 0, 1)).toEqual([[-1, 0, 1], [1]]);
  });
});

describe('sobel and scharr', () => {
  // Integer kernels (|taps| ≤ 10) over values in [0, 1): float32 rounding ~1e-6; 1e-5 is ample.
  it.each([
    ['Sobel x', SOBEL_X_3, (img: Parameters<typeof sobel>[0]) => sobel(img, 1, 0, { border: 'BORDER_CONSTANT' })],
    ['Sobel y', SOBEL_Y_3, (img: Parameters<typeof sobel>[0]) => sobel(img, 0, 1, { border: 'BORDER_CONSTANT' })],
    ['Scharr x', SCHARR_X, (img: Parameters<typeof sobel>[0]) => scharr(img, 1, 0, { border: 'BORDER_CONSTANT' })],
    ['Scharr y', SCHARR_Y, (img: Parameters<typeof sobel>[0]) => scharr(img, 0, 1, { border: 'BORDER_CONSTANT' })],
  ])('%s equals onnxruntime Conv with the documented kernel (zero border) within 1e-5', async (_name, kernel, op) => {
    const img = randomImage(9, 10, 21);
    const ref = await runOnce(paddedConvModel(9, 10, kernel, 3, 3, 'constant'), asFeed(img));
    expect(maxAbsDiff(op(img).data, ref.y.data)).toBeLessThan(1e-5);
  });

  it('gives 8 on the ramp x (1 + 2 + 1 times a slope of 2) inside, and 0 at the edge column under REFLECT_101', () => {
    const img = tensor(
      [4, 5],
      Array.from({ length: 20 }, (_, i) => i % 5),
    );
    const y = sobel(img, 1, 0);
    expect(y.data[1 * 5 + 2]).toBe(8);
    expect(y.data[1 * 5 + 0]).toBe(0); // gfedcb|abc: column −1 reads column 1
  });

  it('applies scale and delta after filtering', () => {
    const img = tensor(
      [3, 3],
      Array.from({ length: 9 }, (_, i) => i % 3),
    );
    expect(sobel(img, 1, 0, { scale: 0.5, delta: 1 }).data[4]).toBe(5);
  });

  it('refuses a Scharr second derivative', () => {
    expect(() => scharr(randomImage(3, 3, 1), 1, 1)).toThrow(/dx \+ dy = 1/);
  });
});
