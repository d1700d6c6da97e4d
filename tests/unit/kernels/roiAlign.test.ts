import { beforeAll, describe, expect, it } from 'vitest';
import { roiAlign, roiAlignOnnxMax, type RoiAlignOptions } from '../../../src/kernels/roiAlign';
import { roiAlignGeometry } from '../../../src/kernels/roiAlignGeometry';
import { maxAbsDiff, tensor, type Tensor } from '../../../src/kernels/tensor';
import { randInt, randomSeeded, uniform } from '../../../src/kernels/random';
import { loadOrt } from '../../../src/models/runtime/ort';
import { ortRoiAlign } from './roiAlignOrt';
import { roiCases } from './roiAlignCases';

// Float32 on both sides: outputs are at most ~5 in size, so 1e-5 leaves ~20 ulp of slack for
// our different summation order (we add per axis, the C++ per sample).
const ORT_TOLERANCE = 1e-5;
const HAND_TOLERANCE = 1e-6;

beforeAll(async () => {
  // ORT logs "max mode … is incorrect" (ORT #14265) for every max-mode session; the tests below
  // show exactly that behaviour, so the warning only buries the report.
  (await loadOrt()).env.logLevel = 'error';
});

/** x = arange(25) as [1,1,5,5]: value = 5·row + col, so answers can be checked by eye. */
const arange25 = () =>
  tensor(
    [1, 1, 5, 5],
    Array.from({ length: 25 }, (_, i) => i),
  );

type Impl = (x: Tensor, rois: Tensor, batch: number[], opts: RoiAlignOptions) => Promise<Tensor> | Tensor;
const IMPLEMENTATIONS: [string, Impl][] = [
  ['pure-TS roiAlign', roiAlign],
  ['onnxruntime-web RoiAlign (opset 16)', ortRoiAlign],
];

const HAND_CASES: { name: string; roi: number[]; opts: RoiAlignOptions; expected: number[] }[] = [
  {
    name: 'A: RoI (1,1,3,3) aligned at 2×2 is the identity slice [[6,7],[11,12]]',
    roi: [1, 1, 3, 3],
    opts: { outputHeight: 2, outputWidth: 2 },
    expected: [6, 7, 11, 12],
  },
  {
    name: 'B: the same RoI not aligned shifts by half a pixel to [[9,10],[14,15]]',
    roi: [1, 1, 3, 3],
    opts: { outputHeight: 2, outputWidth: 2, aligned: false },
    expected: [9, 10, 14, 15],
  },
  {
    name: 'C: RoI (0,0,4,4), sr 2, not aligned averages to [[6,8],[16,18]]',
    roi: [0, 0, 4, 4],
    opts: { outputHeight: 2, outputWidth: 2, samplingRatio: 2, aligned: false },
    expected: [6, 8, 16, 18],
  },
  {
    name: 'D: the same RoI aligned gives [[3,5],[13,15]]',
    roi: [0, 0, 4, 4],
    opts: { outputHeight: 2, outputWidth: 2, samplingRatio: 2 },
    expected: [3, 5, 13, 15],
  },
  { name: 'E: a RoI (10,10,12,12) off the map gives zeros', roi: [10, 10, 12, 12], opts: { outputHeight: 2, outputWidth: 2 }, expected: [0, 0, 0, 0] },
  {
    name: 'F: a zero-size RoI (2,2,2,2) not aligned grows to 1×1 and reads 15',
    roi: [2, 2, 2, 2],
    opts: { outputHeight: 1, outputWidth: 1, aligned: false },
    expected: [15],
  },
  { name: 'G: the same zero-size RoI aligned has an empty grid and gives 0', roi: [2, 2, 2, 2], opts: { outputHeight: 1, outputWidth: 1 }, expected: [0] },
  {
    name: 'H: RoI (3,3,5,5), sr 1, not aligned clamps at the border to [[21,21.5],[23.5,24]]',
    roi: [3, 3, 5, 5],
    opts: { outputHeight: 2, outputWidth: 2, samplingRatio: 1, aligned: false },
    expected: [21, 21.5, 23.5, 24],
  },
  // Where torchvision's Python reference differs from its kernel (REFERENCE.md §1 ⚠):
  {
    name: 'a sample exactly at y = −1 still counts, clamped to row 0: (2+3)/2',
    roi: [2, -2, 2, 0],
    opts: { outputHeight: 1, outputWidth: 1, samplingRatio: 1, aligned: false },
    expected: [2.5],
  },
  {
    name: 'a sample at y = −1.5 is beyond the border and gives 0',
    roi: [2, -2.5, 2, -0.5],
    opts: { outputHeight: 1, outputWidth: 1, samplingRatio: 1, aligned: false },
    expected: [0],
  },
  {
    name: 'a sample exactly at y = H snaps to the last row: (22+23)/2',
    roi: [2, 4, 2, 6],
    opts: { outputHeight: 1, outputWidth: 1, samplingRatio: 1, aligned: false },
    expected: [22.5],
  },
  // Float32 arithmetic matters: 1.1f − 0.1f is exactly 1 in float but 1.00000002 in double, whose
  // ceil would make the adaptive grid 2×2 (giving 1.05) instead of one sample at (0.1, 0.1).
  {
    name: 'RoI (0.1,0.1,1.1,1.1) aligned has size exactly 1 in float32: one sample, 5·0.1 + 0.1 = 0.6',
    roi: [0.1, 0.1, 1.1, 1.1],
    opts: { outputHeight: 1, outputWidth: 1 },
    expected: [0.6],
  },
];

describe.each(IMPLEMENTATIONS)('%s on x = arange(25) [1,1,5,5]', (_name, impl) => {
  it.each(HAND_CASES)(`$name (within ${HAND_TOLERANCE})`, async ({ roi, opts, expected }) => {
    const y = await impl(arange25(), tensor([1, 4], roi), [0], opts);
    expect(y.shape).toEqual([1, 1, opts.outputHeight, opts.outputWidth]);
    expect(maxAbsDiff(y.data, expected)).toBeLessThan(HAND_TOLERANCE);
  });
});

describe.each(IMPLEMENTATIONS)('%s on an input linear in (y, x)', (_name, impl) => {
  // Bilinear interpolation of a plane is exact and the grid is symmetric about each bin centre,
  // so every output is f(bin centre) as long as no sample is clamped.
  const rand = randomSeeded(11);
  const cases = Array.from({ length: 16 }, (_, i) => {
    const [h, w] = [randInt(rand, 3, 12), randInt(rand, 3, 12)];
    const aligned = i % 2 === 0;
    const minSize = aligned ? 0.2 : 1; // not aligned clamps smaller boxes to 1, which could leave the map
    const [y1, x1] = [uniform(rand, 0, h - 1 - minSize), uniform(rand, 0, w - 1 - minSize)];
    const box = [x1, y1, uniform(rand, x1 + minSize, w - 1), uniform(rand, y1 + minSize, h - 1)]; // feature units
    const spatialScale = [1, 1 / 4, 1 / 16][i % 3];
    const opts = { outputHeight: randInt(rand, 1, 4), outputWidth: randInt(rand, 1, 4), spatialScale, samplingRatio: i % 5, aligned };
    return { h, w, box, opts, coef: [uniform(rand, -2, 2), uniform(rand, -1, 1), uniform(rand, -1, 1)] };
  });
  it.each(cases)(
    'gives f(bin centre) for $opts.outputHeight×$opts.outputWidth, sr $opts.samplingRatio, aligned $opts.aligned (within 2e-5)',
    async ({ h, w, box, opts, coef }) => {
      const [a, by, bx] = coef;
      const f = (y: number, x: number) => a + by * y + bx * x;
      const x = tensor(
        [1, 1, h, w],
        Array.from({ length: h * w }, (_, i) => f(Math.floor(i / w), i % w)),
      );
      const off = opts.aligned ? 0.5 : 0;
      const roi = box.map((v) => (v + off) / opts.spatialScale);
      const y = await impl(x, tensor([1, 4], roi), [0], opts);
      const [binH, binW] = [(box[3] - box[1]) / opts.outputHeight, (box[2] - box[0]) / opts.outputWidth];
      const expected = Array.from({ length: opts.outputHeight * opts.outputWidth }, (_, b) =>
        f(box[1] + (Math.floor(b / opts.outputWidth) + 0.5) * binH, box[0] + ((b % opts.outputWidth) + 0.5) * binW),
      );
      expect(maxAbsDiff(y.data, expected)).toBeLessThan(2e-5);
    },
  );
});

describe('roiAlign matches onnxruntime-web RoiAlign (opset 16, avg, int64 batch_indices)', () => {
  it.each(roiCases(240))(`case $id: $desc within ${ORT_TOLERANCE}`, async ({ x, rois, batch, opts }) => {
    const ours = roiAlign(x, rois, batch, opts);
    const ref = await ortRoiAlign(x, rois, batch, opts);
    expect(ours.shape).toEqual(ref.shape);
    expect(maxAbsDiff(ours.data, ref.data)).toBeLessThan(ORT_TOLERANCE);
  });
});

describe('max mode: interpolate-then-max (ours) versus ONNX max of weighted corners', () => {
  // RoI (1,1,2,2) not aligned, sr 1: one sample at (1.5, 1.5), between pixels 6, 7, 11, 12.
  const x = arange25();
  const rois = tensor([1, 4], [1, 1, 2, 2]);
  const opts: RoiAlignOptions = { outputHeight: 1, outputWidth: 1, samplingRatio: 1, aligned: false, mode: 'max' };

  it('ours returns the interpolated value (6+7+11+12)/4 = 9', () => {
    expect(roiAlign(x, rois, [0], opts).data[0]).toBeCloseTo(9, 6);
  });

  it('onnxruntime returns max(¼·6, ¼·7, ¼·11, ¼·12) = 3, a third of it (onnx/onnx#4764)', async () => {
    expect((await ortRoiAlign(x, rois, [0], opts, 'max')).data[0]).toBeCloseTo(3, 6);
    expect(roiAlignOnnxMax(x, rois, [0], opts).data[0]).toBeCloseTo(3, 6);
  });

  it('with one sample per bin on whole pixels, both maxes and avg agree', async () => {
    const o: RoiAlignOptions = { outputHeight: 2, outputWidth: 2, samplingRatio: 1 };
    const r = tensor([1, 4], [1, 1, 3, 3]); // aligned: samples on pixel centres, weights (1,0,0,0)
    const avg = roiAlign(x, r, [0], o).data;
    expect(maxAbsDiff(roiAlign(x, r, [0], { ...o, mode: 'max' }).data, avg)).toBe(0);
    expect(maxAbsDiff((await ortRoiAlign(x, r, [0], o, 'max')).data, avg)).toBe(0);
  });

  it.each(roiCases(240).filter((c) => c.id % 2 === 0))(
    `roiAlignOnnxMax reproduces onnxruntime max mode, case $id: $desc within ${ORT_TOLERANCE}`,
    async ({ x, rois, batch, opts }) => {
      const ours = roiAlignOnnxMax(x, rois, batch, opts);
      const ref = await ortRoiAlign(x, rois, batch, opts, 'max');
      expect(maxAbsDiff(ours.data, ref.data)).toBeLessThan(ORT_TOLERANCE);
    },
  );
});

describe('roiAlignGeometry', () => {
  it('case C has 2×2 bins of 2 px, each with a 2×2 grid of samples at .5 offsets', () => {
    const g = roiAlignGeometry([0, 0, 4, 4], 5, 5, { outputHeight: 2, outputWidth: 2, samplingRatio: 2, aligned: false });
    expect(g.bins.map((b) => [b.x1, b.y1, b.x2, b.y2])).toEqual([
      [0, 0, 2, 2],
      [2, 0, 4, 2],
      [0, 2, 2, 4],
      [2, 2, 4, 4],
    ]);
    expect([g.gridH, g.gridW, g.count, g.samples.length]).toEqual([2, 2, 4, 16]);
    expect(g.samples.filter((s) => s.bin === 0).map((s) => [s.x, s.y])).toEqual([
      [0.5, 0.5],
      [1.5, 0.5],
      [0.5, 1.5],
      [1.5, 1.5],
    ]);
    expect(g.samples[0].taps).toEqual([
      { row: 0, col: 0, weight: 0.25 },
      { row: 0, col: 1, weight: 0.25 },
      { row: 1, col: 0, weight: 0.25 },
      { row: 1, col: 1, weight: 0.25 },
    ]);
  });

  it('marks a sample beyond the border as outside, with zero weights', () => {
    const g = roiAlignGeometry([2, -2.5, 2, -0.5], 5, 5, { outputHeight: 1, outputWidth: 1, samplingRatio: 1, aligned: false });
    expect(g.samples).toHaveLength(1);
    expect(g.samples[0].inside).toBe(false);
    expect(g.samples[0].taps.every((t) => t.weight === 0)).toBe(true);
  });

  it('its taps, summed and divided by count, reproduce roiAlign on the random cases (within 1e-5)', () => {
    for (const { x, rois, batch, opts } of roiCases(60, 99)) {
      const [, c, h, w] = x.shape;
      const ours = roiAlign(x, rois, batch, opts).data;
      const bins = opts.outputHeight * opts.outputWidth;
      for (let r = 0; r < rois.shape[0]; r++) {
        const g = roiAlignGeometry(rois.data.subarray(4 * r, 4 * r + 4), h, w, opts);
        for (let ch = 0; ch < c; ch++) {
          const plane = x.data.subarray((batch[r] * c + ch) * h * w);
          const sums = new Array<number>(bins).fill(0);
          for (const s of g.samples) for (const t of s.taps) sums[s.bin] += t.weight * plane[t.row * w + t.col];
          const got = ours.subarray((r * c + ch) * bins, (r * c + ch + 1) * bins);
          expect(
            maxAbsDiff(
              got,
              sums.map((v) => v / g.count),
            ),
          ).toBeLessThan(1e-5);
        }
      }
    }
  });
});

describe('roiAlign input checks', () => {
  const x = arange25();
  const one = tensor([1, 4], [0, 0, 2, 2]);
  const opts: RoiAlignOptions = { outputHeight: 2, outputWidth: 2 };
  it.each([
    ['x of the wrong rank', () => roiAlign(tensor([5, 5]), one, [0], opts), /input x \[N,C,H,W\] must have rank 4/],
    ['rois of the wrong rank', () => roiAlign(x, tensor([4], [0, 0, 2, 2]), [0], opts), /rois \[K,4\] must have rank 2/],
    ['rois not [K,4]', () => roiAlign(x, tensor([1, 5], [0, 0, 0, 2, 2]), [0], opts), /rois must have shape \[K,4\]/],
    ['batchIndices of the wrong length', () => roiAlign(x, one, [0, 0], opts), /batchIndices has length 2, but there are 1 rois/],
    ['a batch index out of range', () => roiAlign(x, one, [1], opts), /batchIndices\[0\] = 1 is not an integer batch index in \[0, 0\]/],
    ['a non-integer batch index', () => roiAlign(x, one, [0.5], opts), /batchIndices\[0\] = 0.5/],
    ['a zero output height', () => roiAlign(x, one, [0], { ...opts, outputHeight: 0 }), /outputHeight must be a positive integer, got 0/],
    ['a fractional output width', () => roiAlign(x, one, [0], { ...opts, outputWidth: 1.5 }), /outputWidth must be a positive integer/],
    ['a negative sampling ratio', () => roiAlign(x, one, [0], { ...opts, samplingRatio: -1 }), /samplingRatio must be a non-negative integer/],
    ['a NaN coordinate', () => roiAlign(x, tensor([1, 4], [0, NaN, 2, 2]), [0], opts), /roi 0 has NaN coordinate/],
    ['an infinite coordinate', () => roiAlign(x, tensor([1, 4], [0, 0, Infinity, 2]), [0], opts), /roi 0 has an infinite coordinate/],
    ['a zero spatial scale', () => roiAlign(x, one, [0], { ...opts, spatialScale: 0 }), /spatialScale must be a positive finite number/],
    ['an unknown mode', () => roiAlign(x, one, [0], { ...opts, mode: 'sum' as 'avg' }), /mode must be 'avg' or 'max'/],
    ['an empty spatial axis', () => roiAlign(tensor([1, 1, 0, 5]), one, [0], opts), /empty spatial axis/],
  ])('rejects %s with a message naming it', (_what, call, message) => {
    expect(call).toThrow(message);
  });

  it('accepts zero RoIs and returns [0,C,outH,outW]', () => {
    expect(roiAlign(x, tensor([0, 4]), [], opts).shape).toEqual([0, 1, 2, 2]);
  });
});
