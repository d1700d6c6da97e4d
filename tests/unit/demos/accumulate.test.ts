import { beforeAll, describe, expect, it } from 'vitest';
import { accumulate, sampleValues } from '../../../src/demos/roi-align/accumulate';
import { roiAlignGeometry } from '../../../src/kernels/roiAlignGeometry';
import { tensor } from '../../../src/kernels/tensor';
import { randomSeeded, uniform } from '../../../src/kernels/random';
import type { RoiAlignOptions } from '../../../src/kernels/roiAlign';
import { loadOrt } from '../../../src/models/runtime/ort';
import { ortRoiAlign } from '../kernels/roiAlignOrt';

// Float32 on both sides, outputs of size ≤ 1: 1e-6 is a few ulp for a different summation order.
const ORT_TOLERANCE = 1e-6;
// Hand cases are sums of a few exact binary fractions.
const HAND_TOLERANCE = 1e-7;

beforeAll(async () => {
  (await loadOrt()).env.logLevel = 'error';
});

/** x = arange(25) as a 5×5 map: value = 5·row + col. */
const arange25 = Float32Array.from({ length: 25 }, (_, i) => i);

describe('sampleValues', () => {
  it('a sample on a pixel centre reads that pixel; one half-way between four reads their mean', () => {
    // RoI (1,1,3,3) aligned at 1×1 with ratio 1: one sample at the box centre (2, 2) − ½ = (1.5, 1.5)
    // in pixel-centre coordinates, between pixels 6, 7, 11 and 12, mean 9.
    const g = roiAlignGeometry([1, 1, 3, 3], 5, 5, { outputHeight: 1, outputWidth: 1, samplingRatio: 1 });
    expect(Array.from(sampleValues(g, arange25, 5))).toEqual([9]);
    // Not aligned, the sample sits at (2, 2) exactly: pixel 12.
    const h = roiAlignGeometry([1, 1, 3, 3], 5, 5, { outputHeight: 1, outputWidth: 1, samplingRatio: 1, aligned: false });
    expect(Array.from(sampleValues(h, arange25, 5))).toEqual([12]);
  });
});

describe('accumulate', () => {
  // RoI (0,0,4,4) not aligned, 1 bin, ratio 2: samples at x, y ∈ {1, 3}, i.e. pixels 6, 8, 16, 18.
  const opts: RoiAlignOptions = { outputHeight: 1, outputWidth: 1, samplingRatio: 2, aligned: false };
  const g = roiAlignGeometry([0, 0, 4, 4], 5, 5, opts);
  const v = sampleValues(g, arange25, 5);

  it('walks one bin sample by sample: the running sum over the final count, then the mean', () => {
    expect(Array.from(v)).toEqual([6, 8, 16, 18]);
    const steps = [0, 1, 2, 3].map((k) => accumulate(g, v, 'avg', k)[0]);
    expect(steps).toEqual([6 / 4, 14 / 4, 30 / 4, 48 / 4]);
    expect(accumulate(g, v, 'avg', -1)[0]).toBeCloseTo(12, 7);
  });

  it('in max mode keeps the running maximum', () => {
    expect([0, 1, 2, 3].map((k) => accumulate(g, v, 'max', k)[0])).toEqual([6, 8, 16, 18]);
  });

  it('leaves bins not yet visited blank (NaN) and finished bins at their value', () => {
    // 2×2 bins, ratio 1: bin b holds sample b; after sample 1, bins 0 and 1 are done.
    const g2 = roiAlignGeometry([0, 0, 4, 4], 5, 5, { outputHeight: 2, outputWidth: 2, samplingRatio: 1, aligned: false });
    const out = accumulate(g2, sampleValues(g2, arange25, 5), 'avg', 1);
    expect(Number.isNaN(out[2]) && Number.isNaN(out[3])).toBe(true);
    expect(Array.from(out.subarray(0, 2))).toEqual([6, 8]);
  });

  it.each([
    ['aligned, adaptive ratio', { outputHeight: 3, outputWidth: 3, spatialScale: 1 / 8, samplingRatio: 0, aligned: true }, [51, 34, 91, 74]],
    ['not aligned, ratio 2', { outputHeight: 2, outputWidth: 3, spatialScale: 1 / 4, samplingRatio: 2, aligned: false }, [3.5, 10.25, 60, 41]],
    ['a box partly off the map', { outputHeight: 2, outputWidth: 2, spatialScale: 1 / 4, samplingRatio: 2, aligned: true }, [100, 100, 140, 150]],
  ] as [string, RoiAlignOptions, number[]][])('with every sample visited equals onnxruntime-web RoiAlign (avg): %s', async (_, o, roi) => {
    const side = 16;
    const rand = randomSeeded(4);
    const map = tensor(
      [1, 1, side, side],
      Array.from({ length: side * side }, () => uniform(rand, -1, 1)),
    );
    const geometry = roiAlignGeometry(roi, side, side, o);
    const ours = accumulate(geometry, sampleValues(geometry, map.data, side), 'avg', -1);
    const ref = await ortRoiAlign(map, tensor([1, 4], roi), [0], o);
    expect(ours.length).toBe(ref.data.length);
    for (let i = 0; i < ours.length; i++) expect(Math.abs(ours[i] - ref.data[i])).toBeLessThanOrEqual(ORT_TOLERANCE);
  });

  it('gives 0 for a bin with an empty sampling grid, as the kernel does', () => {
    // Aligned, zero-size RoI with adaptive ratio: gridH = gridW = ceil(0) = 0.
    const g0 = roiAlignGeometry([2, 2, 2, 2], 5, 5, { outputHeight: 1, outputWidth: 1, samplingRatio: 0 });
    expect(g0.samples.length).toBe(0);
    expect(Math.abs(accumulate(g0, new Float32Array(0), 'avg', -1)[0])).toBeLessThanOrEqual(HAND_TOLERANCE);
  });
});
