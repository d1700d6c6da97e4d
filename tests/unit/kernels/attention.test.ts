import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '../../../src/kernels/attention';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { randInt, randomSeeded, uniform } from '../../../src/kernels/random';
import { attentionModel, maskBias } from '../../../src/models/onnx/reference/attention';
import { runOnce } from '../../../src/models/runtime/ort';
import { causalMask, randomTensor, rowSumError } from './attentionFixtures';

// Both sides compute in float32. Scores are sums of d ≤ 64 products of values in [−1, 1], so each
// carries ~√d·2⁻²⁴·|score| ≈ 1e-6 of rounding at worst; softmax weights have derivative ≤ ¼ and
// outputs are convex combinations of V rows in [−1, 1] (measured: at most 5.4e-7, T up to 197).
// 1e-5 leaves ~20× headroom without hiding a wrong scale (1/d instead of 1/√d moves weights by > 1e-2).
const ORT_TOLERANCE = 1e-5;

describe('scaledDotProductAttention on hand cases', () => {
  it('one query [1,0] against keys [1,0], [0,1] weights them 1/(1+e^(−1/√2)) and the rest, and mixes V by those weights', () => {
    const r = scaledDotProductAttention(tensor([1, 2], [1, 0]), tensor([2, 2], [1, 0, 0, 1]), tensor([2, 1], [10, 20]));
    const w0 = 1 / (1 + Math.exp(-1 / Math.SQRT2)); // 0.66976…
    expect(r.weights.shape).toEqual([1, 2]);
    expect(maxAbsDiff(r.weights.data, [w0, 1 - w0])).toBeLessThan(1e-6);
    expect(r.output.data[0]).toBeCloseTo(10 * w0 + 20 * (1 - w0), 5); // 13.3024
  });

  it('identical keys give uniform weights, so the output is the mean of the V rows', () => {
    const k = tensor([3, 2], [0.5, -1, 0.5, -1, 0.5, -1]);
    const v = tensor([3, 2], [1, 2, 3, 4, 5, 9]);
    const r = scaledDotProductAttention(tensor([2, 2], [3, 1, -2, 7]), k, v);
    expect(maxAbsDiff(r.weights.data, new Array(6).fill(1 / 3))).toBeLessThan(1e-7);
    expect(maxAbsDiff(r.output.data, [3, 5, 3, 5])).toBeLessThan(1e-6);
  });

  it('scores of ±10⁴ do not overflow: the softmax subtracts the row maximum and puts all weight on the top key', () => {
    const r = scaledDotProductAttention(tensor([1, 1], [100]), tensor([3, 1], [100, 90, -100]), tensor([3, 1], [1, 2, 3]));
    // Scores 10⁴, 9·10³, −10⁴ (d = 1): exp(10⁴) is Infinity in float64; exp(0) = 1 and exp(−10³) = 0 are not.
    expect(Array.from(r.weights.data)).toEqual([1, 0, 0]);
    expect(r.output.data[0]).toBe(1);
  });

  it('a boolean mask gives forbidden keys weight exactly 0 and renormalises over the rest', () => {
    const k = tensor([3, 1], [0, 0, 0]);
    const r = scaledDotProductAttention(tensor([1, 1], [1]), k, tensor([3, 1], [1, 2, 4]), { allowed: [1, 0, 1] });
    expect(Array.from(r.weights.data)).toEqual([0.5, 0, 0.5]);
    expect(r.output.data[0]).toBe(2.5);
  });

  it('a query with every key forbidden gets an all-zero weight row and a zero output, not NaN', () => {
    const r = scaledDotProductAttention(tensor([2, 1], [1, 2]), tensor([2, 1], [1, 1]), tensor([2, 1], [5, 6]), { allowed: [1, 1, 0, 0] });
    expect(Array.from(r.weights.data)).toEqual([0.5, 0.5, 0, 0]);
    expect(Array.from(r.output.data)).toEqual([5.5, 0]);
  });
});

describe('scaledDotProductAttention matches MatMul → Div → Softmax → MatMul in onnxruntime-web', () => {
  const rand = randomSeeded(2024);
  const shapes = [
    ...Array.from({ length: 10 }, () => ({ tq: randInt(rand, 1, 24), tk: randInt(rand, 1, 24), d: randInt(rand, 1, 32), dv: randInt(rand, 1, 16) })),
    { tq: 17, tk: 17, d: 64, dv: 64 }, // one ViT-tiny-sized head (4×4 patches + CLS)
    { tq: 1, tk: 50, d: 8, dv: 3 }, // one query (a CLS readout) over a long sequence
  ];
  const cases = shapes.map((s, i) => ({ id: i + 1, ...s, scale: Math.round(uniform(rand, 0.5, 3) * 10) / 10 }));
  expect(cases.length).toBeGreaterThan(0);

  it.each(cases)(`case $id: Tq $tq, Tk $tk, d $d, dv $dv, inputs in ±$scale, within ${ORT_TOLERANCE}`, async ({ tq, tk, d, dv, scale }) => {
    const q = randomTensor(rand, [tq, d], -scale, scale);
    const k = randomTensor(rand, [tk, d], -scale, scale);
    const v = randomTensor(rand, [tk, dv]);
    const ours = scaledDotProductAttention(q, k, v);
    const ref = await runOnce(attentionModel(tq, tk, d, dv), { q, k, v });
    expect(ours.weights.shape).toEqual(ref.weights.shape);
    expect(ours.output.shape).toEqual(ref.output.shape);
    expect(maxAbsDiff(ours.weights.data, ref.weights.data)).toBeLessThan(ORT_TOLERANCE);
    expect(maxAbsDiff(ours.output.data, ref.output.data)).toBeLessThan(ORT_TOLERANCE);
    expect(rowSumError(ours.weights)).toBeLessThan(1e-6); // float32 sum of ≤ 50 terms near 1
  });

  it(`an additive mask matches ORT's Add of the same bias, within ${ORT_TOLERANCE}`, async () => {
    const [tq, tk, d] = [9, 13, 16];
    const [q, k, v] = [randomTensor(rand, [tq, d], -2, 2), randomTensor(rand, [tk, d], -2, 2), randomTensor(rand, [tk, 5])];
    const bias = randomTensor(rand, [tq, tk], -3, 1);
    const ours = scaledDotProductAttention(q, k, v, { additive: bias });
    const ref = await runOnce(attentionModel(tq, tk, d, 5, 'add'), { q, k, v, bias });
    expect(maxAbsDiff(ours.weights.data, ref.weights.data)).toBeLessThan(ORT_TOLERANCE);
    expect(maxAbsDiff(ours.output.data, ref.output.data)).toBeLessThan(ORT_TOLERANCE);
  });

  it(`a causal boolean mask matches ORT's Where(mask, scores, −1e9) and its Add of 0 / −1e9, within ${ORT_TOLERANCE}`, async () => {
    const [t, d] = [12, 8];
    const [q, k, v] = [randomTensor(rand, [t, d], -2, 2), randomTensor(rand, [t, d], -2, 2), randomTensor(rand, [t, 4])];
    const allowed = causalMask(t);
    const ours = scaledDotProductAttention(q, k, v, { allowed });
    const viaWhere = await runOnce(attentionModel(t, t, d, 4, 'where'), { q, k, v, allowed: tensor([t, t], allowed) });
    const viaAdd = await runOnce(attentionModel(t, t, d, 4, 'add'), { q, k, v, bias: tensor([t, t], maskBias(allowed)) });
    for (const ref of [viaWhere, viaAdd]) {
      expect(maxAbsDiff(ours.weights.data, ref.weights.data)).toBeLessThan(ORT_TOLERANCE);
      expect(maxAbsDiff(ours.output.data, ref.output.data)).toBeLessThan(ORT_TOLERANCE);
    }
    expect(ours.weights.data[0 * t + 1]).toBe(0); // the first query sees only itself
    expect(ours.weights.data[0]).toBe(1);
  });
});

describe('scaledDotProductAttention input checks', () => {
  const q = tensor([2, 3]);
  it.each([
    ['q of the wrong rank', () => scaledDotProductAttention(tensor([3]), tensor([2, 3]), tensor([2, 1])), /attention q \[Tq,d\] must have rank 2/],
    ['k of another width', () => scaledDotProductAttention(q, tensor([2, 4]), tensor([2, 1])), /q has width 3 but k has width 4/],
    ['v with another row count', () => scaledDotProductAttention(q, tensor([2, 3]), tensor([3, 1])), /k has 2 rows but v has 3/],
    [
      'an additive mask of the wrong shape',
      () => scaledDotProductAttention(q, tensor([4, 3]), tensor([4, 1]), { additive: tensor([4, 2]) }),
      /additive mask must have shape \[2,4\]/,
    ],
    [
      'a boolean mask of the wrong length',
      () => scaledDotProductAttention(q, tensor([4, 3]), tensor([4, 1]), { allowed: [1, 1] }),
      /allowed mask needs 2·4 = 8 flags, got 2/,
    ],
  ])('rejects %s with a message naming it', (_what, call, message) => {
    expect(call).toThrow(message);
  });
});
