import { describe, expect, it } from 'vitest';
import { laplacian, laplacianOfGaussian } from '../../../src/kernels/laplacianOfGaussian';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { paddedConvModel } from '../../../src/models/onnx/reference/paddedConv';
import { runOnce } from '../../../src/models/runtime/ort';
import { asFeed, randomImage } from './imageCases';

describe('laplacian', () => {
  // OpenCV's Laplacian documentation: ksize 1 is [[0,1,0],[1,−4,1],[0,1,0]]; ksize 3 is [[2,0,2],[0,−8,0],[2,0,2]].
  it.each([
    [1, [0, 1, 0, 1, -4, 1, 0, 1, 0]],
    [3, [2, 0, 2, 0, -8, 0, 2, 0, 2]],
  ])('with ksize %i equals onnxruntime Conv with the documented kernel (zero border) within 1e-5', async (ksize, kernel) => {
    const img = randomImage(8, 11, ksize);
    const ref = await runOnce(paddedConvModel(8, 11, kernel, 3, 3, 'constant'), asFeed(img));
    expect(maxAbsDiff(laplacian(img, ksize, { border: 'BORDER_CONSTANT' }).data, ref.y.data)).toBeLessThan(1e-5); // |taps| ≤ 8, float32
  });
});

describe('laplacianOfGaussian', () => {
  it('is 4 inside an image of x² + y² for any sigma (a symmetric unit-sum blur adds a constant; ∇² = 4)', () => {
    const n = 40;
    const img = tensor(
      [n, n],
      Array.from({ length: n * n }, (_, i) => ((i % n) - 20) ** 2 + (Math.floor(i / n) - 20) ** 2),
    );
    const y = laplacianOfGaussian(img, 1.5); // ksize 13: pixels ≥ 7 from the border see no border
    // Values up to ~800 in float32 (ulp 6e-5), second differences of them: 1e-2 covers the rounding.
    for (let i = 7; i < n - 7; i++) for (let j = 7; j < n - 7; j++) expect(Math.abs(y.data[i * n + j] - 4)).toBeLessThan(1e-2);
  });

  it('responds most negatively at the centre of a bright disc of radius ≈ σ√2', () => {
    const n = 31;
    const img = tensor(
      [n, n],
      Array.from({ length: n * n }, (_, i) => (Math.hypot((i % n) - 15, Math.floor(i / n) - 15) <= 2 * Math.SQRT2 ? 1 : 0)),
    );
    const y = laplacianOfGaussian(img, 2);
    const argmin = y.data.indexOf(Math.min(...y.data));
    expect([Math.floor(argmin / n), argmin % n]).toEqual([15, 15]);
  });
});
