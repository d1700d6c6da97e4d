import { describe, expect, it } from 'vitest';
import { gaussianBlur } from '../../../src/kernels/gaussianBlur';
import { getGaussianKernel } from '../../../src/kernels/gaussianKernel';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { paddedConvModel } from '../../../src/models/onnx/reference/paddedConv';
import { runOnce } from '../../../src/models/runtime/ort';
import { asFeed, outer, randomImage } from './imageCases';

describe('gaussianBlur', () => {
  // Positive weights summing to 1 over values in [0, 1): float32 rounding ~1e-7; 1e-6 is ample.
  it('equals onnxruntime Pad(reflect) + Conv with the 2-D Gaussian for sigma 1.2 (ksize 11) within 1e-6', async () => {
    const img = randomImage(16, 13, 5);
    const k = getGaussianKernel(11, 1.2);
    const ref = await runOnce(paddedConvModel(16, 13, outer(k, k), 11, 11, 'reflect'), asFeed(img));
    expect(maxAbsDiff(gaussianBlur(img, 1.2).data, ref.y.data)).toBeLessThan(1e-6);
  });

  it('turns a centred impulse into the outer product of the kernels (sigmaX 1, sigmaY 2, ksize [5, 9])', () => {
    const img = tensor([9, 9]);
    img.data[4 * 9 + 4] = 1;
    const y = gaussianBlur(img, 1, { sigmaY: 2, ksize: [5, 9], border: 'BORDER_CONSTANT' });
    const want = outer(getGaussianKernel(9, 2), [0, 0, ...getGaussianKernel(5, 1), 0, 0]);
    expect(maxAbsDiff(y.data, want)).toBeLessThan(1e-7); // float32 storage of values ≤ 1
  });

  it('keeps a constant image constant under every reflecting border (weights sum to 1, within 1e-6)', () => {
    const img = tensor([6, 7], new Array(42).fill(0.3));
    for (const border of ['BORDER_REPLICATE', 'BORDER_REFLECT', 'BORDER_REFLECT_101', 'BORDER_WRAP'] as const) {
      expect(maxAbsDiff(gaussianBlur(img, 2, { border }).data, img.data)).toBeLessThan(1e-6);
    }
  });

  it('conserves the total under BORDER_WRAP (a circular convolution with unit-sum kernel), within 1e-4 relative', () => {
    const img = randomImage(20, 20, 9);
    const sum = (a: Float32Array) => a.reduce((s, v) => s + v, 0);
    const y = gaussianBlur(img, 1.5, { border: 'BORDER_WRAP' });
    expect(Math.abs(sum(y.data) - sum(img.data)) / sum(img.data)).toBeLessThan(1e-4); // float32 sums of 400 values
  });
});
