import { describe, expect, it } from 'vitest';
import { roiPool, roiPoolGeometry, type RoiPoolOptions } from '../../../src/kernels/roiPool';
import { maxAbsDiff, tensor, type Tensor } from '../../../src/kernels/tensor';
import { encodeModel } from '../../../src/models/onnx/onnxModel';
import { runOnce } from '../../../src/models/runtime/ort';
import { roiCases } from './roiAlignCases';

/** onnxruntime-web's MaxRoiPool (opset 1; rois carry the batch index as column 0). */
async function ortRoiPool(x: Tensor, rois: Tensor, batch: number[], opts: RoiPoolOptions): Promise<Tensor> {
  const k = rois.shape[0];
  const rois5 = tensor(
    [k, 5],
    batch.flatMap((b, i) => [b, ...rois.data.subarray(4 * i, 4 * i + 4)]),
  );
  const bytes = encodeModel({
    opset: 16,
    nodes: [
      {
        op: 'MaxRoiPool',
        inputs: ['x', 'rois'],
        outputs: ['y'],
        attrs: { pooled_shape: { ints: [opts.outputHeight, opts.outputWidth] }, spatial_scale: { float: opts.spatialScale ?? 1 } },
      },
    ],
    inputs: [
      { name: 'x', type: 'float', shape: x.shape },
      { name: 'rois', type: 'float', shape: [k, 5] },
    ],
    outputs: [{ name: 'y', type: 'float', shape: [k, x.shape[1], opts.outputHeight, opts.outputWidth] }],
  });
  return (await runOnce(bytes, { x, rois: rois5 })).y;
}

/** x = arange(25) as [1,1,5,5]: value = 5·row + col. */
const arange25 = () =>
  tensor(
    [1, 1, 5, 5],
    Array.from({ length: 25 }, (_, i) => i),
  );

// Worked by hand (rows/cols are clipped pixel ranges, end exclusive):
const HAND_CASES: { name: string; roi: number[]; opts: RoiPoolOptions; expected: number[]; x?: () => Tensor }[] = [
  // Box 0..4 is 5 px (end inclusive), bin 2.5: bin 0 = rows floor(0)…ceil(2.5) = [0,3), bin 1 = [2,5).
  // Bins overlap on row/col 2. Maxes sit at the bottom-right of each: (2,2)=12, (2,4)=14, (4,2)=22, (4,4)=24.
  {
    name: 'RoI (0,0,4,4) at 2×2 has overlapping 3-px bins with maxes [[12,14],[22,24]]',
    roi: [0, 0, 4, 4],
    opts: { outputHeight: 2, outputWidth: 2 },
    expected: [12, 14, 22, 24],
  },
  // Scale ½: 7·½ = 3.5 rounds to 4, so (0,0,7,7) quantises to the same box as above.
  {
    name: 'spatialScale ½ maps (0,0,7,7) to (0,0,3.5,3.5), and 3.5 rounds up to the box above',
    roi: [0, 0, 7, 7],
    opts: { outputHeight: 2, outputWidth: 2, spatialScale: 0.5 },
    expected: [12, 14, 22, 24],
  },
  // x: round(0.6)=1, round(2.5)=3 (half away from zero); y: round(0.4)=0, round(2.5)=3. One bin,
  // rows [0,4), cols [1,4): max at (3,3) = 18. Banker's rounding (2.5 → 2) would give (2,2) = 12.
  {
    name: 'corners round half away from zero: (0.6,0.4,2.5,2.5) covers rows 0–3, cols 1–3, max 18',
    roi: [0.6, 0.4, 2.5, 2.5],
    opts: { outputHeight: 1, outputWidth: 1 },
    expected: [18],
  },
  // x: round(−0.5) = −1, end 1: 3 px, bins of 1 px starting at −1: [−1,0) clips to empty → 0,
  // then col 0 → x(1,0) = 5, col 1 → 6. (JS Math.round(−0.5) = −0 would give [5, 6, 6].)
  {
    name: 'round(−0.5) is −1, so the first of three bins falls off the map and is empty: [0, 5, 6]',
    roi: [-0.5, 1, 1, 1],
    opts: { outputHeight: 1, outputWidth: 3 },
    expected: [0, 5, 6],
  },
  { name: 'a RoI off the map gives all-empty bins, so zeros', roi: [10, 10, 12, 12], opts: { outputHeight: 2, outputWidth: 2 }, expected: [0, 0, 0, 0] },
  // x2 < x1: width max(1 − 3 + 1, 1) = 1, so the box is the single pixel (3,3).
  { name: 'an inverted RoI (3,3,1,1) becomes the 1-px box at (3,3) = 18', roi: [3, 3, 1, 1], opts: { outputHeight: 1, outputWidth: 1 }, expected: [18] },
  // Only empty bins give 0: a bin of negatives keeps its negative max, −(0+1) = −1.
  {
    name: 'a bin of negative values returns its max −1, not 0',
    roi: [0, 0, 1, 1],
    opts: { outputHeight: 1, outputWidth: 1 },
    expected: [-1],
    x: () =>
      tensor(
        [1, 1, 5, 5],
        Array.from({ length: 25 }, (_, i) => -(i + 1)),
      ),
  },
];

describe('roiPool', () => {
  it.each(HAND_CASES)('$name', ({ roi, opts, expected, x }) => {
    const y = roiPool((x ?? arange25)(), tensor([1, 4], roi), [0], opts);
    expect(y.shape).toEqual([1, 1, opts.outputHeight, opts.outputWidth]);
    expect(maxAbsDiff(y.data, expected)).toBe(0);
  });

  it.each(HAND_CASES)('onnxruntime MaxRoiPool agrees: $name', async ({ roi, opts, expected, x }) => {
    const y = await ortRoiPool((x ?? arange25)(), tensor([1, 4], roi), [0], opts);
    expect(maxAbsDiff(y.data, expected)).toBe(0);
  });

  it('roiPoolGeometry reports the quantised box and the clipped bins', () => {
    const g = roiPoolGeometry([-0.5, 1, 1, 1], 5, 5, { outputHeight: 1, outputWidth: 3 });
    expect(g.box).toEqual({ x1: -1, y1: 1, x2: 1, y2: 1 });
    expect([g.roiWidth, g.roiHeight, g.binWidth, g.binHeight]).toEqual([3, 1, 1, 1]);
    expect(g.bins.map((b) => [b.x1, b.x2, b.empty])).toEqual([
      [0, 0, true],
      [0, 1, false],
      [1, 2, false],
    ]);
  });

  // Max is exact, so the two must agree to the bit. One case list with roiAlign's tests.
  it.each(roiCases(120, 7))('matches onnxruntime MaxRoiPool exactly, case $id: $desc', async ({ x, rois, batch, opts }) => {
    const o = { outputHeight: opts.outputHeight, outputWidth: opts.outputWidth, spatialScale: opts.spatialScale };
    expect(maxAbsDiff(roiPool(x, rois, batch, o).data, (await ortRoiPool(x, rois, batch, o)).data)).toBe(0);
  });

  describe('input checks', () => {
    const x = arange25();
    const one = tensor([1, 4], [0, 0, 2, 2]);
    const opts = { outputHeight: 2, outputWidth: 2 };
    it.each([
      ['x of the wrong rank', () => roiPool(tensor([1, 5, 5]), one, [0], opts), /roiPool: input x \[N,C,H,W\] must have rank 4/],
      ['rois not [K,4]', () => roiPool(x, tensor([1, 5]), [0], opts), /roiPool: rois must have shape \[K,4\]/],
      ['batchIndices of the wrong length', () => roiPool(x, one, [], opts), /batchIndices has length 0, but there are 1 rois/],
      ['a batch index out of range', () => roiPool(x, one, [-1], opts), /batchIndices\[0\] = -1/],
      ['a non-positive output size', () => roiPool(x, one, [0], { ...opts, outputWidth: -2 }), /outputWidth must be a positive integer, got -2/],
      ['a NaN coordinate', () => roiPool(x, tensor([1, 4], [NaN, 0, 2, 2]), [0], opts), /roi 0 has NaN coordinate/],
      ['a negative spatial scale', () => roiPool(x, one, [0], { ...opts, spatialScale: -1 }), /spatialScale must be a positive finite number/],
    ])('rejects %s with a message naming it', (_what, call, message) => {
      expect(call).toThrow(message);
    });
  });
});
