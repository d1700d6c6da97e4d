import { describe, expect, it } from 'vitest';
import type { BorderMode } from '../../../src/kernels/border';
import { randomSeeded } from '../../../src/kernels/random';
import { sepFilter2d } from '../../../src/kernels/sepFilter2d';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { paddedConvModel, type OnnxPadMode } from '../../../src/models/onnx/reference/paddedConv';
import { runOnce } from '../../../src/models/runtime/ort';
import { asFeed, outer, randomImage } from './imageCases';

/** The OpenCV border each ONNX Pad mode equals (BORDER_REFLECT, which repeats the edge pixel, has no ONNX mode). */
const PAIRS: [BorderMode, OnnxPadMode, number][] = [
  ['BORDER_CONSTANT', 'constant', 0],
  ['BORDER_CONSTANT', 'constant', 0.7],
  ['BORDER_REPLICATE', 'edge', 0],
  ['BORDER_REFLECT_101', 'reflect', 0],
  ['BORDER_WRAP', 'wrap', 0],
];

describe('sepFilter2d', () => {
  it('has border pairs to check', () => expect(PAIRS.length).toBeGreaterThan(0));

  // Values in [0, 1), kernels in [−0.5, 0.5), ≤ 35 taps: float32 rounding in ORT ~1e-7 per tap; 1e-5 is ample.
  it.each(PAIRS)('equals onnxruntime Pad + Conv with the outer-product kernel under %s (ONNX %s, value %f) within 1e-5', async (border, mode, value) => {
    const img = randomImage(11, 9, 3);
    const rand = randomSeeded(11);
    const kx = Array.from({ length: 5 }, () => rand() - 0.5);
    const ky = Array.from({ length: 7 }, () => rand() - 0.5);
    const ours = sepFilter2d(img, kx, ky, { border, borderValue: value });
    const ref = await runOnce(paddedConvModel(11, 9, outer(ky, kx), 7, 5, mode, value), asFeed(img));
    expect(maxAbsDiff(ours.data, ref.y.data)).toBeLessThan(1e-5);
  });

  it('repeats the edge pixel under BORDER_REFLECT: [1, 2, 3] with kernel [1, 0, 0] reads 1 left of the first pixel', () => {
    // fedcba|abc…: position −1 reads a, so output[0] = a = 1, then output[1] = 1, output[2] = 2.
    const y = sepFilter2d(tensor([1, 3], [1, 2, 3]), [1, 0, 0], [1], { border: 'BORDER_REFLECT' });
    expect(Array.from(y.data)).toEqual([1, 1, 2]);
  });

  it('rejects an even kernel', () => {
    expect(() => sepFilter2d(randomImage(3, 3, 1), [1, 1], [1])).toThrow(/odd/);
  });
});
