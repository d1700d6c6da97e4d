import { describe, expect, it } from 'vitest';
import { gaussianKsize, getGaussianKernel } from '../../../src/kernels/gaussianKernel';

describe('getGaussianKernel', () => {
  // OpenCV returns these fixed tables (smooth.dispatch.cpp, small_gaussian_tab) when sigma ≤ 0 and n ≤ 7.
  it.each([
    [1, [1]],
    [3, [0.25, 0.5, 0.25]],
    [5, [0.0625, 0.25, 0.375, 0.25, 0.0625]],
    [7, [0.03125, 0.109375, 0.21875, 0.28125, 0.21875, 0.109375, 0.03125]],
  ])("returns OpenCV's fixed table for n = %i and sigma ≤ 0", (n, table) => {
    expect(Array.from(getGaussianKernel(n, 0))).toEqual(table);
  });

  // Hand values: e^{-2} = 0.1353353, e^{-1/2} = 0.6065307, sum 2.4837320; the familiar
  // cv2.getGaussianKernel(5, 1) = [0.05448868, 0.24420134, 0.40261995, ...] to the 8 digits printed.
  it('gives [0.05448868, 0.24420134, 0.40261995, 0.24420134, 0.05448868] for n = 5, sigma = 1 (to 1e-8)', () => {
    const k = getGaussianKernel(5, 1);
    [0.05448868, 0.24420134, 0.40261995, 0.24420134, 0.05448868].forEach((v, i) => expect(Math.abs(k[i] - v)).toBeLessThan(1e-8));
  });

  it('derives sigma = 0.3·((n−1)/2 − 1) + 0.8 for n = 9 and sigma ≤ 0 (sigma 1.7)', () => {
    const k = getGaussianKernel(9, 0);
    // Ratio of neighbours e^{-(x²−(x−1)²)/(2σ²)}: between the centre and the next, e^{−1/(2·1.7²)}.
    expect(k[5] / k[4]).toBeCloseTo(Math.exp(-1 / (2 * 1.7 * 1.7)), 12);
  });
});

describe('gaussianKsize', () => {
  // OpenCV: cvRound(sigma·(depth == CV_8U ? 3 : 4)·2 + 1) | 1, worked by hand.
  it.each([
    [1, false, 9],
    [1, true, 7],
    [1.5, false, 13],
    [1.5, true, 11],
    [0.5, false, 5],
    [0.3, true, 3],
    [2.2, false, 19], // 18.6 → 19
  ])('sigma %f (8-bit rule %s) gives ksize %i', (sigma, depth8, k) => expect(gaussianKsize(sigma, depth8)).toBe(k));
});
