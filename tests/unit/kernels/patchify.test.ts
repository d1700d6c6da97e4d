import { describe, expect, it } from 'vitest';
import { interpolatePositionEmbeddings, patchEmbed, patchGrid, patchify, sequenceLength } from '../../../src/kernels/patchify';
import { resizeBilinear, type CoordinateMode } from '../../../src/kernels/resize';
import { maxAbsDiff, tensor, type Tensor } from '../../../src/kernels/tensor';
import { normal, randInt, randomSeeded, type Random } from '../../../src/kernels/random';
import { patchEmbedModel, resizeModel } from '../../../src/models/onnx/referenceModels';
import { runOnce } from '../../../src/models/runtime/ort';

const randomTensor = (rand: Random, shape: number[]) => {
  const n = shape.reduce((a, b) => a * b, 1);
  return tensor(
    shape,
    Array.from({ length: n }, () => rand() * 2 - 1),
  );
};

/** [1,1,4,4] holding 0..15 row by row: every value names its own pixel. */
const RAMP_4x4 = () =>
  tensor(
    [1, 1, 4, 4],
    Array.from({ length: 16 }, (_, i) => i),
  );

describe('patchify', () => {
  it('cuts 0..15 (4×4) with P = 2 into four tokens in raster order, each row-major inside', () => {
    const y = patchify(RAMP_4x4(), 2);
    expect(y.shape).toEqual([1, 4, 4]);
    expect(Array.from(y.data)).toEqual([0, 1, 4, 5, 2, 3, 6, 7, 8, 9, 12, 13, 10, 11, 14, 15]);
  });

  it('puts channels first inside a token: feature c·P·P + i·P + j', () => {
    // Two channels of a 2×2 image, P = 2: one token, channel 0 then channel 1.
    const x = tensor([1, 2, 2, 2], [1, 2, 3, 4, 10, 20, 30, 40]);
    expect(Array.from(patchify(x, 2).data)).toEqual([1, 2, 3, 4, 10, 20, 30, 40]);
  });

  it('keeps the batch axis: image b only feeds tokens of row b', () => {
    const x = tensor([2, 1, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    const y = patchify(x, 1);
    expect(y.shape).toEqual([2, 4, 1]);
    expect(Array.from(y.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('with P = H = W makes one token, the whole image flattened', () => {
    const x = randomTensor(randomSeeded(3), [1, 3, 4, 4]);
    const y = patchify(x, 4);
    expect(y.shape).toEqual([1, 1, 48]);
    expect(Array.from(y.data)).toEqual(Array.from(x.data));
  });

  it('handles a non-square image: 4×6 with P = 2 is a 2×3 grid', () => {
    const x = tensor(
      [1, 1, 4, 6],
      Array.from({ length: 24 }, (_, i) => i),
    );
    const y = patchify(x, 2);
    expect(y.shape).toEqual([1, 6, 4]);
    // Token 2 is row 0, column 2 of the grid: pixels (0,4), (0,5), (1,4), (1,5).
    expect(Array.from(y.data.slice(8, 12))).toEqual([4, 5, 10, 11]);
  });
});

describe('token count', () => {
  it.each([
    [224, 16, 196],
    [224, 14, 256],
    [384, 16, 576],
    [224, 32, 49],
    [64, 8, 64],
  ])('an image of %i² with P = %i has N = HW/P² = %i patches, N + 1 tokens with CLS', (s, p, n) => {
    expect(patchGrid(s, s, p).count).toBe(n);
    expect((s * s) / (p * p)).toBe(n);
    expect(sequenceLength(s, s, p)).toBe(n + 1);
    expect(sequenceLength(s, s, p, false)).toBe(n);
  });

  it('patchify of a 224×224 RGB image at P = 16 returns 196 tokens of 768 values (ViT-B/16)', () => {
    const y = patchify(tensor([1, 3, 224, 224]), 16);
    expect(y.shape).toEqual([1, 196, 768]);
  });

  it('patchify at P = 14 returns 256 tokens of 588 values (ViT-H/14)', () => {
    expect(patchify(tensor([1, 3, 224, 224]), 14).shape).toEqual([1, 256, 588]);
  });
});

describe('patchEmbed', () => {
  it('is patchify when the weight is the identity on the flattened patch (D = C·P·P, no bias)', () => {
    const rand = randomSeeded(11);
    const [c, p] = [3, 2];
    const f = c * p * p;
    const eye = tensor(
      [f, c, p, p],
      Array.from({ length: f * f }, (_, i) => (Math.floor(i / f) === i % f ? 1 : 0)),
    );
    const x = randomTensor(rand, [2, c, 4, 6]);
    const y = patchEmbed(x, eye, null, p);
    expect(y.shape).toEqual([2, 6, f]);
    expect(maxAbsDiff(y.data, patchify(x, p).data)).toBe(0);
  });

  it('sums a patch when the weight is all ones, and adds the bias', () => {
    const w = tensor([1, 1, 2, 2], [1, 1, 1, 1]);
    const y = patchEmbed(RAMP_4x4(), w, tensor([1], [100]), 2);
    expect(Array.from(y.data)).toEqual([110, 118, 142, 150]);
  });

  const rand = randomSeeded(2021);
  const cases = Array.from({ length: 10 }, (_, k) => {
    const p = [1, 2, 3, 4, 8][randInt(rand, 0, 4)];
    return {
      n: randInt(rand, 1, 2),
      c: randInt(rand, 1, 3),
      gh: randInt(rand, 1, 4),
      gw: randInt(rand, 1, 4),
      p,
      d: randInt(rand, 1, 12),
      bias: k % 2 === 0,
    };
  });
  it.each(cases)(
    'matches onnxruntime-web Conv(kernel = stride = $p) → Reshape → Transpose on [$n,$c,$gh·P,$gw·P], D = $d, bias $bias, within 1e-5',
    async ({ n, c, gh, gw, p, d, bias }) => {
      const r = randomSeeded(n * 1000 + c * 100 + gh * 10 + gw + p * 7 + d);
      const x = randomTensor(r, [n, c, gh * p, gw * p]);
      const weight = tensor(
        [d, c, p, p],
        Array.from({ length: d * c * p * p }, () => 0.2 * normal(r)),
      );
      const b = bias ? randomTensor(r, [d]) : null;
      const ours = patchEmbed(x, weight, b, p);
      const ref = (await runOnce(patchEmbedModel(x.shape, weight, b, p), { x })).y;
      expect(ref.shape).toEqual([n, gh * gw, d]);
      expect(ours.shape).toEqual(ref.shape);
      expect(maxAbsDiff(ours.data, ref.data)).toBeLessThan(1e-5);
    },
  );

  it('matches onnxruntime-web at the ViT-B/16 shape in miniature: 3×64×64, P = 16, D = 32, within 1e-5', async () => {
    const r = randomSeeded(16);
    const x = randomTensor(r, [1, 3, 64, 64]);
    const weight = tensor(
      [32, 3, 16, 16],
      Array.from({ length: 32 * 768 }, () => 0.05 * normal(r)),
    );
    const ref = (await runOnce(patchEmbedModel(x.shape, weight, null, 16), { x })).y;
    expect(maxAbsDiff(patchEmbed(x, weight, null, 16).data, ref.data)).toBeLessThan(1e-5);
  });
});

describe('interpolatePositionEmbeddings', () => {
  const grid = (rand: Random, gh: number, gw: number, d: number): Tensor => randomTensor(rand, [gh * gw, d]);

  it.each(['half_pixel', 'align_corners'] as CoordinateMode[])('is the identity when the grid size is unchanged (%s)', (mode) => {
    const pos = grid(randomSeeded(5), 3, 4, 6);
    const y = interpolatePositionEmbeddings(pos, 3, 4, 3, 4, mode);
    expect(y.shape).toEqual([12, 6]);
    expect(maxAbsDiff(y.data, pos.data)).toBeLessThan(1e-7);
  });

  it('interpolates each dimension as its own 2-D image: 2×2 → 4×4 of [1,2,3,4] is the PyTorch docs example', () => {
    // Dimension 0 holds [1,2,3,4]; dimension 1 holds ten times that.
    const pos = tensor([4, 2], [1, 10, 2, 20, 3, 30, 4, 40]);
    const y = interpolatePositionEmbeddings(pos, 2, 2, 4, 4);
    const dim = (k: number) => Array.from({ length: 16 }, (_, i) => y.data[i * 2 + k]);
    const expected = [1, 1.25, 1.75, 2, 1.5, 1.75, 2.25, 2.5, 2.5, 2.75, 3.25, 3.5, 3, 3.25, 3.75, 4];
    expect(maxAbsDiff(dim(0), expected)).toBeLessThan(1e-6);
    expect(
      maxAbsDiff(
        dim(1),
        expected.map((v) => 10 * v),
      ),
    ).toBeLessThan(1e-5);
  });

  it('with align_corners keeps the four corner embeddings exactly (scipy.ndimage.zoom order 1)', () => {
    const pos = grid(randomSeeded(8), 3, 3, 4);
    const y = interpolatePositionEmbeddings(pos, 3, 3, 7, 7, 'align_corners');
    for (const [from, to] of [
      [0, 0],
      [2, 6],
      [6, 42],
      [8, 48],
    ]) {
      expect(Array.from(y.data.slice(to * 4, to * 4 + 4))).toEqual(Array.from(pos.data.slice(from * 4, from * 4 + 4)));
    }
  });

  it('equals resizeBilinear on the [1, D, gh, gw] view of the grid', () => {
    const pos = grid(randomSeeded(9), 2, 3, 5);
    const planes = tensor(
      [1, 5, 2, 3],
      Array.from({ length: 30 }, (_, i) => pos.data[(i % 6) * 5 + Math.floor(i / 6)]),
    );
    const ref = resizeBilinear(planes, 5, 4, 'half_pixel');
    const y = interpolatePositionEmbeddings(pos, 2, 3, 5, 4);
    const back = Array.from({ length: 20 * 5 }, (_, i) => ref.data[(i % 5) * 20 + Math.floor(i / 5)]);
    expect(maxAbsDiff(y.data, back)).toBe(0);
  });

  it.each([
    [14, 14, 24, 24, 'half_pixel'], // ViT-B/16: 224 → 384
    [4, 4, 6, 6, 'half_pixel'],
    [6, 6, 4, 4, 'half_pixel'],
    [3, 5, 7, 2, 'align_corners'],
  ] as const)('matches onnxruntime-web Resize from %i×%i to %i×%i (%s) within 1e-5', async (gh, gw, nh, nw, mode) => {
    const rand = randomSeeded(gh * 31 + nh);
    const d = 8;
    const pos = grid(rand, gh, gw, d);
    const planes = tensor(
      [1, d, gh, gw],
      Array.from({ length: d * gh * gw }, (_, i) => pos.data[(i % (gh * gw)) * d + Math.floor(i / (gh * gw))]),
    );
    const ref = (await runOnce(resizeModel(planes.shape, nh, nw, mode), { x: planes })).y;
    const y = interpolatePositionEmbeddings(pos, gh, gw, nh, nw, mode);
    const m = nh * nw;
    const ours = Array.from({ length: d * m }, (_, i) => y.data[(i % m) * d + Math.floor(i / m)]);
    expect(maxAbsDiff(ours, ref.data)).toBeLessThan(1e-5);
  });
});

describe('bad input', () => {
  it('refuses a patch size that does not divide the image, naming both', () => {
    expect(() => patchify(tensor([1, 3, 30, 32]), 4)).toThrow(/patch size 4 must divide the image size 30×32/);
    expect(() => patchGrid(224, 224, 15)).toThrow(/must divide/);
  });

  it('refuses a non-positive or fractional patch size', () => {
    expect(() => patchify(tensor([1, 1, 4, 4]), 0)).toThrow(/positive integer/);
    expect(() => patchify(tensor([1, 1, 4, 4]), 1.5)).toThrow(/positive integer/);
  });

  it('refuses an input that is not [N, C, H, W]', () => {
    expect(() => patchify(tensor([4, 4]), 2)).toThrow(/rank 4/);
  });

  it('refuses a weight whose shape does not fit C and P, and a bias of the wrong length', () => {
    const x = tensor([1, 3, 4, 4]);
    expect(() => patchEmbed(x, tensor([8, 1, 2, 2]), null, 2)).toThrow(/\[D, 3, 2, 2\]/);
    expect(() => patchEmbed(x, tensor([8, 3, 4, 4]), null, 2)).toThrow(/\[D, 3, 2, 2\]/);
    expect(() => patchEmbed(x, tensor([8, 3, 2, 2]), tensor([7]), 2)).toThrow(/bias must be \[8\]/);
  });

  it('refuses position embeddings that do not fill the grid (e.g. the CLS row left in)', () => {
    expect(() => interpolatePositionEmbeddings(tensor([17, 4]), 4, 4, 6, 6)).toThrow(/17 rows but the grid is 4×4 = 16/);
    expect(() => interpolatePositionEmbeddings(tensor([16]), 4, 4, 6, 6)).toThrow(/rank 2/);
    expect(() => interpolatePositionEmbeddings(tensor([16, 4]), 4, 4, 0, 6)).toThrow(/positive/);
  });
});
