import { describe, expect, it } from 'vitest';
import { maxPool2d } from '../../../src/kernels/maxPool2d';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { maxPoolModel } from '../../../src/models/onnx/reference/conv';
import { runOnce } from '../../../src/models/runtime/ort';
import { maxPoolCases } from './convCases';

const arange16 = () =>
  tensor(
    [1, 1, 4, 4],
    Array.from({ length: 16 }, (_, i) => i),
  );

describe('maxPool2d hand cases on x = arange(16) [1,1,4,4]', () => {
  it('2×2, stride 2 keeps each block’s bottom-right: [5, 7, 13, 15]', () => {
    expect(Array.from(maxPool2d(arange16(), { kernel: [2, 2], stride: [2, 2], padding: [0, 0, 0, 0] }).data)).toEqual([5, 7, 13, 15]);
  });

  it('padding counts as −∞, not 0: on x = −(1 + arange(16)), 3×3 stride 1 pads 1 gives −1 at the corner, not 0', () => {
    const x = tensor(
      [1, 1, 4, 4],
      Array.from({ length: 16 }, (_, i) => -1 - i),
    );
    const y = maxPool2d(x, { kernel: [3, 3], stride: [1, 1], padding: [1, 1, 1, 1] });
    // Each window's largest value is its top-left real pixel: row max(r − 1, 0), column max(c − 1, 0).
    const expected = Array.from({ length: 16 }, (_, i) => -1 - 4 * Math.max(0, (i >> 2) - 1) - Math.max(0, (i % 4) - 1));
    expect(Array.from(y.data)).toEqual(expected);
  });

  it('asymmetric pads [0,1,1,0] with a 2×2 kernel, stride 2: oh = 2, ow = 2, [4, 6, 12, 14]', () => {
    // Columns shift left by one (left pad): windows cover cols {−1,0} and {1,2}; rows {0,1}, {2,3}.
    const y = maxPool2d(arange16(), { kernel: [2, 2], stride: [2, 2], padding: [0, 1, 1, 0] });
    expect(y.shape).toEqual([1, 1, 2, 2]);
    expect(Array.from(y.data)).toEqual([4, 6, 12, 14]);
  });
});

describe('maxPool2d matches onnxruntime-web MaxPool (opset 17)', () => {
  const cases = maxPoolCases(40);
  it('has cases with padding and with stride 3', () => {
    expect(cases.filter((c) => c.opts.padding.some((p) => p > 0)).length).toBeGreaterThan(10);
    expect(cases.filter((c) => c.opts.stride.includes(3)).length).toBeGreaterThan(10);
  });
  // A max picks one input value unchanged: the results must be identical.
  it.each(cases)('case $id: $desc, exactly', async ({ x, opts }) => {
    const ours = maxPool2d(x, opts);
    const ref = (await runOnce(maxPoolModel(x.shape, opts), { x })).y;
    expect(ours.shape).toEqual(ref.shape);
    expect(maxAbsDiff(ours.data, ref.data)).toBe(0);
  });
});

describe('maxPool2d input checks', () => {
  it('rejects a pad as large as the kernel, as onnxruntime does', () => {
    expect(() => maxPool2d(arange16(), { kernel: [2, 2], stride: [1, 1], padding: [2, 0, 0, 0] })).toThrow(/each pad must be smaller than the kernel/);
  });
  it('rejects a kernel larger than the padded input', () => {
    expect(() => maxPool2d(arange16(), { kernel: [5, 1], stride: [1, 1], padding: [0, 0, 0, 0] })).toThrow(/does not fit the padded 4×4 input/);
  });
});
