import { describe, expect, it } from 'vitest';
import { boxFilter } from '../../../src/kernels/boxFilter';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { boxPoolModel } from '../../../src/models/onnx/reference/paddedConv';
import { runOnce } from '../../../src/models/runtime/ort';
import { asFeed, randomImage } from './imageCases';

describe('boxFilter', () => {
  // Means of ≤ 15 values in [0, 1): float32 rounding ~1e-7; 1e-6 is ample.
  it.each([
    [3, 3],
    [5, 3],
    [1, 5],
  ])('equals onnxruntime AveragePool (stride 1, count_include_pad) for a %i×%i window with a zero border within 1e-6', async (kw, kh) => {
    const img = randomImage(10, 12, kw * 10 + kh);
    const ref = await runOnce(boxPoolModel(10, 12, kh, kw), asFeed(img));
    expect(maxAbsDiff(boxFilter(img, kw, kh, { border: 'BORDER_CONSTANT' }).data, ref.y.data)).toBeLessThan(1e-6);
  });

  it('sums instead of averaging with normalize = false: 3×3 of ones is 9 inside and 4 at a corner with a zero border', () => {
    const y = boxFilter(tensor([4, 4], new Array(16).fill(1)), 3, 3, { normalize: false, border: 'BORDER_CONSTANT' });
    expect(y.data[5]).toBe(9);
    expect(y.data[0]).toBe(4);
  });
});
