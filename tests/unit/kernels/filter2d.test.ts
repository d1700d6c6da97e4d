import { describe, expect, it } from 'vitest';
import { avgPool, filter2d } from '../../../src/kernels/filter2d';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';
import { avgPoolModel, depthwiseConvModel } from '../../../src/models/onnx/referenceModels';
import { runOnce } from '../../../src/models/runtime/ort';

const SOBEL_X = [-1, 0, 1, -2, 0, 2, -1, 0, 1];

describe('filter2d', () => {
  it('correlates without flipping: Sobel-x of a left-to-right ramp is 8 inside the image', () => {
    const ramp = tensor(
      [1, 1, 4, 4],
      Array.from({ length: 16 }, (_, i) => i % 4),
    );
    const y = filter2d(ramp, SOBEL_X, 3);
    expect(y.data[1 * 4 + 1]).toBe(8);
    expect(y.data[2 * 4 + 2]).toBe(8);
  });

  it.each([3, 5])('matches onnxruntime-web depthwise Conv with a random k=%i square kernel within 1e-5', async (k) => {
    const rand = randomSeeded(k);
    const x = tensor(
      [2, 3, 9, 7],
      Array.from({ length: 2 * 3 * 9 * 7 }, () => rand() * 2 - 1),
    );
    const kernel = Array.from({ length: k * k }, () => rand() - 0.5);
    const ref = await runOnce(depthwiseConvModel(x.shape, kernel, k), { x });
    expect(maxAbsDiff(filter2d(x, kernel, k).data, ref.y.data)).toBeLessThan(1e-5);
  });

  it('rejects an even kernel size', () => {
    expect(() => filter2d(tensor([1, 1, 2, 2]), [1, 1, 1, 1], 2)).toThrow(/k odd/);
  });
});

describe('avgPool', () => {
  it('averages 2×2 blocks of [1..16] into [3.5, 5.5, 11.5, 13.5]', () => {
    const x = tensor(
      [1, 1, 4, 4],
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(Array.from(avgPool(x, 2).data)).toEqual([3.5, 5.5, 11.5, 13.5]);
  });

  it.each([2, 4, 8])('matches onnxruntime-web AveragePool with stride %i within 1e-6', async (s) => {
    const rand = randomSeeded(s);
    const x = tensor(
      [1, 2, 16, 8],
      Array.from({ length: 256 }, () => rand()),
    );
    const ref = await runOnce(avgPoolModel(x.shape, s), { x });
    expect(maxAbsDiff(avgPool(x, s).data, ref.y.data)).toBeLessThan(1e-6);
  });

  it('refuses a stride that does not divide the map', () => {
    expect(() => avgPool(tensor([1, 1, 6, 6]), 4)).toThrow(/must divide/);
  });
});
