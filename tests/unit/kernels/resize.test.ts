import { describe, expect, it } from 'vitest';
import { COORDINATE_MODES, resizeBilinear, sourceCoordinate, type CoordinateMode } from '../../../src/kernels/resize';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { randInt, randomSeeded } from '../../../src/kernels/random';
import { resizeModel } from '../../../src/models/onnx/referenceModels';
import { runOnce } from '../../../src/models/runtime/ort';

async function ortResize(x: ReturnType<typeof tensor>, outH: number, outW: number, mode: CoordinateMode) {
  return (await runOnce(resizeModel(x.shape, outH, outW, mode), { x })).y;
}

const DOCS_INPUT = () => tensor([1, 1, 2, 2], [1, 2, 3, 4]);

describe('resizeBilinear', () => {
  it('reproduces the PyTorch docs example for align_corners=False (half-pixel)', () => {
    const y = resizeBilinear(DOCS_INPUT(), 4, 4, 'pytorch_half_pixel');
    const expected = [1, 1.25, 1.75, 2, 1.5, 1.75, 2.25, 2.5, 2.5, 2.75, 3.25, 3.5, 3, 3.25, 3.75, 4];
    expect(maxAbsDiff(y.data, expected)).toBeLessThan(1e-6);
  });

  it('reproduces the PyTorch docs example for align_corners=True', () => {
    const y = resizeBilinear(DOCS_INPUT(), 4, 4, 'align_corners');
    expect(maxAbsDiff(y.data.slice(0, 4), [1, 4 / 3, 5 / 3, 2])).toBeLessThan(1e-6);
    expect(maxAbsDiff(y.data.slice(12), [3, 10 / 3, 11 / 3, 4])).toBeLessThan(1e-6);
  });

  it('gives the asymmetric rows of REFERENCE.md §2', () => {
    const y = resizeBilinear(DOCS_INPUT(), 4, 4, 'asymmetric');
    const expected = [1, 1.5, 2, 2, 2, 2.5, 3, 3, 3, 3.5, 4, 4, 3, 3.5, 4, 4];
    expect(maxAbsDiff(y.data, expected)).toBeLessThan(1e-6);
  });

  it('1×1 output of [1,2,3,4] under half_pixel is the mean 2.5', () => {
    expect(resizeBilinear(DOCS_INPUT(), 1, 1, 'half_pixel').data[0]).toBeCloseTo(2.5, 6);
  });

  it('pytorch_half_pixel maps a length-1 output to source 0, half_pixel does not', () => {
    expect(sourceCoordinate(0, 4, 1, 'pytorch_half_pixel')).toBe(0);
    expect(sourceCoordinate(0, 4, 1, 'half_pixel')).toBe(1.5);
  });

  it('rejects a bad rank and a non-positive output size with a named error', () => {
    expect(() => resizeBilinear(tensor([2, 2], [1, 2, 3, 4]), 2, 2, 'half_pixel')).toThrow(/rank 4/);
    expect(() => resizeBilinear(DOCS_INPUT(), 0, 2, 'half_pixel')).toThrow(/positive/);
  });

  describe.each(COORDINATE_MODES)('matches onnxruntime-web Resize in %s mode', (mode) => {
    const rand = randomSeeded(mode.length * 7919);
    const cases = Array.from({ length: 12 }, () => {
      const h = randInt(rand, 1, 9);
      const w = randInt(rand, 1, 9);
      return { n: randInt(rand, 1, 2), c: randInt(rand, 1, 3), h, w, outH: randInt(rand, 1, 17), outW: randInt(rand, 1, 17) };
    });
    it.each(cases)('[$n,$c,$h,$w] → $outH×$outW within 1e-5', async ({ n, c, h, w, outH, outW }) => {
      const data = Array.from({ length: n * c * h * w }, () => rand() * 10 - 5);
      const x = tensor([n, c, h, w], data);
      const ours = resizeBilinear(x, outH, outW, mode);
      const ref = await ortResize(x, outH, outW, mode);
      expect(ours.shape).toEqual(ref.shape);
      expect(maxAbsDiff(ours.data, ref.data)).toBeLessThan(1e-5);
    });
  });
});
