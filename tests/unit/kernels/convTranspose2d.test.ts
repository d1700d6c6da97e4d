import { describe, expect, it } from 'vitest';
import { convTranspose2d } from '../../../src/kernels/convTranspose2d';
import { tensor } from '../../../src/kernels/tensor';
import { convTransposeModel } from '../../../src/models/onnx/reference/conv';
import { runOnce } from '../../../src/models/runtime/ort';
import { convTransposeCases, relativeDiff, REL_TOLERANCE } from './convCases';

const ones = (shape: number[]) => tensor(shape, new Array(shape.reduce((a, b) => a * b, 1)).fill(1));
/** One row of an [1,1,h,w] output. */
const row = (y: { data: Float32Array; shape: number[] }, r: number) => Array.from(y.data.subarray(r * y.shape[3], (r + 1) * y.shape[3]));

// Hand cases compare exactly: the outputs are small integer counts, exact in floating point.
describe('convTranspose2d hand cases (Odena et al. 2016: overlap counts on a constant input)', () => {
  it('kernel 3, stride 2 on a 3×3 of ones overlaps unevenly: each axis counts 1,1,2,1,2,1,1 (a checkerboard)', () => {
    const y = convTranspose2d(ones([1, 1, 3, 3]), ones([1, 1, 3, 3]), null, { stride: [2, 2], padding: [0, 0, 0, 0] });
    expect(y.shape).toEqual([1, 1, 7, 7]); // 2·(3−1) + 3
    const axis = [1, 1, 2, 1, 2, 1, 1];
    for (let r = 0; r < 7; r++) expect(row(y, r)).toEqual(axis.map((v) => v * axis[r]));
  });

  it('kernel 4, stride 2, pads 1 overlaps evenly: each axis counts 1,2,2,2,2,1', () => {
    const y = convTranspose2d(ones([1, 1, 3, 3]), ones([1, 1, 4, 4]), null, { stride: [2, 2], padding: [1, 1, 1, 1] });
    expect(y.shape).toEqual([1, 1, 6, 6]); // 2·(3−1) + 4 − 2
    const axis = [1, 2, 2, 2, 2, 1];
    for (let r = 0; r < 6; r++) expect(row(y, r)).toEqual(axis.map((v) => v * axis[r]));
  });

  it('kernel 3, stride 2, pads 1, outputPadding 1 exactly doubles 3×3 to 6×6, and the restored last row is reached', () => {
    const y = convTranspose2d(ones([1, 1, 3, 3]), ones([1, 1, 3, 3]), null, { stride: [2, 2], padding: [1, 1, 1, 1], outputPadding: [1, 1] });
    expect(y.shape).toEqual([1, 1, 6, 6]);
    // Padded-frame axis counts 1,1,2,1,2,1,1 minus the first (top pad): 1,2,1,2,1,1.
    const axis = [1, 2, 1, 2, 1, 1];
    for (let r = 0; r < 6; r++) expect(row(y, r)).toEqual(axis.map((v) => v * axis[r]));
  });

  it('scatters channel c through w[c, m]: x = [1, 10] (2 channels), 1×1 weights [[2, 3], [4, 5]] give [42, 53] + bias [1, −1]', () => {
    const y = convTranspose2d(tensor([1, 2, 1, 1], [1, 10]), tensor([2, 2, 1, 1], [2, 3, 4, 5]), tensor([2], [1, -1]), {
      stride: [1, 1],
      padding: [0, 0, 0, 0],
    });
    expect(Array.from(y.data)).toEqual([43, 52]);
  });
});

describe('convTranspose2d matches onnxruntime-web ConvTranspose (opset 17)', () => {
  const cases = convTransposeCases(48);
  it('has cases with output padding and with stride 3', () => {
    expect(cases.filter((c) => (c.opts.outputPadding ?? [0, 0]).some((p) => p > 0)).length).toBeGreaterThan(10);
    expect(cases.filter((c) => c.opts.stride.includes(3)).length).toBeGreaterThan(10);
  });
  it.each(cases)(`case $id: $desc (relative ${REL_TOLERANCE})`, async ({ x, w, b, opts }) => {
    const ours = convTranspose2d(x, w, b, opts);
    const ref = (await runOnce(convTransposeModel(x.shape, w, b, opts), { x })).y;
    expect(ours.shape).toEqual(ref.shape);
    expect(relativeDiff(ours.data, ref.data)).toBeLessThan(REL_TOLERANCE);
  });
});

describe('convTranspose2d input checks', () => {
  const x = ones([1, 2, 3, 3]);
  const base = { stride: [2, 2] as [number, number], padding: [0, 0, 0, 0] as [number, number, number, number] };
  it.each([
    ['a weight whose first axis is not C', () => convTranspose2d(x, ones([3, 1, 3, 3]), null, base), /weight has 3 input channels, x has 2/],
    [
      'an output padding as large as the stride',
      () => convTranspose2d(x, ones([2, 1, 3, 3]), null, { ...base, outputPadding: [2, 0] }),
      /must be smaller than the stride/,
    ],
    ['pads that crop everything', () => convTranspose2d(x, ones([2, 1, 1, 1]), null, { stride: [1, 1], padding: [2, 0, 2, 0] }), /output would be -1×3/],
    ['a bias of the wrong length', () => convTranspose2d(x, ones([2, 1, 3, 3]), ones([2]), base), /bias must have shape \[1\]/],
  ])('rejects %s with a message naming it', (_what, call, message) => {
    expect(call).toThrow(message);
  });
});
