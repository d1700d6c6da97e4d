import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '../../../src/kernels/attention';
import { multiHeadAttention, type MultiHeadWeights } from '../../../src/kernels/multiHeadAttention';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { randInt, randomSeeded, type Random } from '../../../src/kernels/random';
import { maskBias, multiHeadAttentionModel } from '../../../src/models/onnx/reference/attention';
import { runOnce } from '../../../src/models/runtime/ort';
import { causalMask, randomTensor, rowSumError } from './attentionFixtures';

// Float32 throughout on both sides. Projections sum D ≤ 64 products of values ≤ 1 in size and
// weights ≤ 1/√D (~1e-6 rounding each), attention adds the same again, and Wo sums D more:
// outputs of size ~1 carry a few 1e-7 (measured: at most 3.6e-7 over these shapes). 1e-5 leaves
// ~30× headroom; a head split in the wrong order or a missing bias moves outputs by > 1e-2.
const ORT_TOLERANCE = 1e-5;

function randomWeights(rand: Random, d: number, withBias = true): MultiHeadWeights {
  const s = 1 / Math.sqrt(d); // Glorot-like scale keeps activations near 1
  const m = () => randomTensor(rand, [d, d], -s, s);
  const b = () => (withBias ? randomTensor(rand, [d], -0.5, 0.5) : undefined);
  return { wq: m(), wk: m(), wv: m(), wo: m(), bq: b(), bk: b(), bv: b(), bo: b() };
}

const identity = (d: number) =>
  tensor(
    [d, d],
    Array.from({ length: d * d }, (_, i) => (i % (d + 1) === 0 ? 1 : 0)),
  );

describe('multiHeadAttention on hand cases', () => {
  it('with identity projections and one head it is scaledDotProductAttention(x, x, x)', () => {
    const x = tensor([3, 2], [1, 0, 0, 1, 1, 1]);
    const w = { wq: identity(2), wk: identity(2), wv: identity(2), wo: identity(2) };
    const mha = multiHeadAttention(x, w, 1);
    const sdpa = scaledDotProductAttention(x, x, x);
    expect(maxAbsDiff(mha.output.data, sdpa.output.data)).toBeLessThan(1e-7);
    expect(maxAbsDiff(mha.weights.data, sdpa.weights.data)).toBe(0);
  });

  it('with identity projections and two heads, head h attends on columns 2h, 2h+1 alone', () => {
    const x = tensor([2, 4], [1, 0, 0, 3, 0, 1, 2, 0]);
    const id4 = identity(4);
    const r = multiHeadAttention(x, { wq: id4, wk: id4, wv: id4, wo: id4 }, 2);
    const cols = (from: number) => tensor([2, 2], [x.data[from], x.data[from + 1], x.data[4 + from], x.data[4 + from + 1]]);
    const h0 = scaledDotProductAttention(cols(0), cols(0), cols(0));
    const h1 = scaledDotProductAttention(cols(2), cols(2), cols(2));
    expect(r.weights.shape).toEqual([2, 2, 2]);
    expect(maxAbsDiff(r.weights.data, [...h0.weights.data, ...h1.weights.data])).toBeLessThan(1e-7);
    const concat = [
      h0.output.data[0],
      h0.output.data[1],
      h1.output.data[0],
      h1.output.data[1],
      h0.output.data[2],
      h0.output.data[3],
      h1.output.data[2],
      h1.output.data[3],
    ];
    expect(maxAbsDiff(r.output.data, concat)).toBeLessThan(1e-6);
  });

  it('the output bias is added to every token: zero value projections leave exactly bo', () => {
    const x = tensor([2, 2], [1, 2, 3, 4]);
    const zero = tensor([2, 2]);
    const r = multiHeadAttention(x, { wq: identity(2), wk: identity(2), wv: zero, wo: identity(2), bo: tensor([2], [0.5, -2]) }, 2);
    expect(Array.from(r.output.data)).toEqual([0.5, -2, 0.5, -2]);
  });
});

describe('multiHeadAttention matches the Reshape/Transpose multi-head graph in onnxruntime-web', () => {
  const rand = randomSeeded(77);
  const cases = [
    ...Array.from({ length: 6 }, () => {
      const heads = [1, 2, 4][randInt(rand, 0, 2)];
      return { t: randInt(rand, 1, 20), d: heads * randInt(rand, 1, 8), heads, bias: true };
    }),
    { t: 17, d: 64, heads: 4, bias: true }, // the vit-tiny block: 16 patches + CLS, width 64, 4 heads
    { t: 5, d: 12, heads: 3, bias: false },
  ].map((c, i) => ({ id: i + 1, ...c }));
  expect(cases.length).toBeGreaterThan(0);

  it.each(cases)(`case $id: T $t, D $d, $heads heads, biases $bias, within ${ORT_TOLERANCE}`, async ({ t, d, heads, bias }) => {
    const x = randomTensor(rand, [t, d]);
    const w = randomWeights(rand, d, bias);
    const ours = multiHeadAttention(x, w, heads);
    const ref = await runOnce(multiHeadAttentionModel(t, d, heads, w), { x });
    expect(ours.output.shape).toEqual(ref.output.shape);
    expect(ours.weights.shape).toEqual(ref.weights.shape);
    expect(maxAbsDiff(ours.weights.data, ref.weights.data)).toBeLessThan(ORT_TOLERANCE);
    expect(maxAbsDiff(ours.output.data, ref.output.data)).toBeLessThan(ORT_TOLERANCE);
    expect(rowSumError(ours.weights)).toBeLessThan(1e-6);
  });

  it(`a causal mask matches ORT's Add of 0 / −1e9 on the [H,T,T] scores, within ${ORT_TOLERANCE}`, async () => {
    const [t, d, heads] = [10, 16, 4];
    const x = randomTensor(rand, [t, d]);
    const w = randomWeights(rand, d);
    const allowed = causalMask(t);
    const ours = multiHeadAttention(x, w, heads, { allowed });
    const ref = await runOnce(multiHeadAttentionModel(t, d, heads, w, { bias: true }), { x, bias: tensor([t, t], maskBias(allowed)) });
    expect(maxAbsDiff(ours.weights.data, ref.weights.data)).toBeLessThan(ORT_TOLERANCE);
    expect(maxAbsDiff(ours.output.data, ref.output.data)).toBeLessThan(ORT_TOLERANCE);
  });

  it(`key padding matches ORT's Where(padding, −1e9, scores), alone and with a causal mask, within ${ORT_TOLERANCE}`, async () => {
    const [t, d, heads] = [9, 8, 2];
    const x = randomTensor(rand, [t, d]);
    const w = randomWeights(rand, d);
    const keyPadding = [0, 0, 0, 0, 0, 0, 1, 1, 1]; // a 6-token caption padded to 9
    const padding = tensor([1, t], keyPadding);
    const alone = multiHeadAttention(x, w, heads, { keyPadding });
    const ref = await runOnce(multiHeadAttentionModel(t, d, heads, w, { padding: true }), { x, padding });
    expect(maxAbsDiff(alone.weights.data, ref.weights.data)).toBeLessThan(ORT_TOLERANCE);
    expect(maxAbsDiff(alone.output.data, ref.output.data)).toBeLessThan(ORT_TOLERANCE);
    for (let r = 0; r < heads * t; r++) expect(Array.from(alone.weights.data.subarray(r * t + 6, r * t + 9))).toEqual([0, 0, 0]);

    const allowed = causalMask(t);
    const both = multiHeadAttention(x, w, heads, { allowed, keyPadding });
    const ref2 = await runOnce(multiHeadAttentionModel(t, d, heads, w, { bias: true, padding: true }), { x, padding, bias: tensor([t, t], maskBias(allowed)) });
    expect(maxAbsDiff(both.weights.data, ref2.weights.data)).toBeLessThan(ORT_TOLERANCE);
    expect(maxAbsDiff(both.output.data, ref2.output.data)).toBeLessThan(ORT_TOLERANCE);
  });
});

describe('multiHeadAttention input checks', () => {
  const x = tensor([3, 4]);
  const id4 = identity(4);
  const w = { wq: id4, wk: id4, wv: id4, wo: id4 };
  it.each([
    ['x of the wrong rank', () => multiHeadAttention(tensor([4]), w, 1), /x \[T,D\] must have rank 2/],
    ['heads that do not divide D', () => multiHeadAttention(x, w, 3), /heads must be a positive integer dividing D = 4, got 3/],
    ['a projection of the wrong shape', () => multiHeadAttention(x, { ...w, wk: tensor([3, 4]) }, 2), /wk must have shape \[4,E\]/],
    ['a bias of the wrong length', () => multiHeadAttention(x, { ...w, bv: tensor([3]) }, 2), /bias of wv must have 4 values, got 3/],
    ['a mask of the wrong length', () => multiHeadAttention(x, w, 2, { allowed: [1, 1, 1] }), /allowed mask needs 9 flags, got 3/],
    ['key padding of the wrong length', () => multiHeadAttention(x, w, 2, { keyPadding: [0, 1] }), /keyPadding needs 3 flags, got 2/],
  ])('rejects %s with a message naming it', (_what, call, message) => {
    expect(call).toThrow(message);
  });
});
