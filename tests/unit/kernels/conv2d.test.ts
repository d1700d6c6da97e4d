import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2d } from '../../../src/kernels/conv2d';
import { gemm } from '../../../src/kernels/gemm';
import { tensor } from '../../../src/kernels/tensor';
import { randInt, randomSeeded } from '../../../src/kernels/random';
import { convModel } from '../../../src/models/onnx/reference/conv';
import { runOnce } from '../../../src/models/runtime/ort';
import { convCases, randomTensor, relativeDiff, REL_TOLERANCE, winogradCases } from './convCases';

/** x = arange(16) as [1,1,4,4]: value = 4·row + col. */
const arange16 = () =>
  tensor(
    [1, 1, 4, 4],
    Array.from({ length: 16 }, (_, i) => i),
  );
const ones = (shape: number[]) => tensor(shape, new Array(shape.reduce((a, b) => a * b, 1)).fill(1));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// Hand cases compare exactly: sums of small integers (and halves) are exact in float32 and float64.
describe('conv2d hand cases on x = arange(16) [1,1,4,4]', () => {
  it('a 3×3 box of ones with pads 1 gives the 3×3 neighbourhood sums (corner 0+1+4+5 = 10, centre 45)', () => {
    const y = conv2d(arange16(), ones([1, 1, 3, 3]), null, { padding: [1, 1, 1, 1] });
    expect(y.shape).toEqual([1, 1, 4, 4]);
    expect(Array.from(y.data)).toEqual([10, 18, 24, 18, 27, 45, 54, 39, 51, 81, 90, 63, 42, 66, 72, 50]);
  });

  it('the Winograd path (3×3, stride 1, 4 output channels) gives the same neighbourhood sums', () => {
    const y = conv2d(arange16(), ones([4, 1, 3, 3]), null, { padding: [1, 1, 1, 1] });
    const sums = [10, 18, 24, 18, 27, 45, 54, 39, 51, 81, 90, 63, 42, 66, 72, 50];
    // Its transforms scale by ½ and add: on small integers every step is exact in float32.
    expect(Array.from(y.data)).toEqual([...sums, ...sums, ...sums, ...sums]);
  });

  it('correlates without flipping: kernel [[1,0],[0,0]] picks the top-left of each window', () => {
    const y = conv2d(arange16(), tensor([1, 1, 2, 2], [1, 0, 0, 0]), null, {});
    expect(Array.from(y.data)).toEqual([0, 1, 2, 4, 5, 6, 8, 9, 10]);
  });

  it('stride 2, dilation 2, pads [0,0,1,1]: a 2×2 kernel of ones reads x at even offsets, [20,12,18,10]', () => {
    // (0,0): x00+x02+x20+x22 = 0+2+8+10; (0,1): x02+x22 (+ two taps in the padding); (1,0): x20+x22; (1,1): x22.
    const y = conv2d(arange16(), ones([1, 1, 2, 2]), null, { stride: [2, 2], dilation: [2, 2], padding: [0, 0, 1, 1] });
    expect(y.shape).toEqual([1, 1, 2, 2]);
    expect(Array.from(y.data)).toEqual([20, 12, 18, 10]);
  });

  it('asymmetric pads [1,0,0,2] give oh = 4+1+0−3+1 = 3 and ow = 4+0+2−3+1 = 4', () => {
    expect(conv2d(arange16(), ones([1, 1, 3, 3]), null, { padding: [1, 0, 0, 2] }).shape).toEqual([1, 1, 3, 4]);
  });
});

describe('conv2d channel mixing on x = [3, 5] as [1,2,1,1]', () => {
  const x = tensor([1, 2, 1, 1], [3, 5]);
  it('groups 1 with w [[1,1],[1,−1]] gives [3+5, 3−5] = [8, −2]', () => {
    expect(Array.from(conv2d(x, tensor([2, 2, 1, 1], [1, 1, 1, -1]), null, {}).data)).toEqual([8, -2]);
  });
  it('groups 2 (depthwise) with w [2, 10] scales each channel alone: [6, 50]', () => {
    expect(Array.from(conv2d(x, tensor([2, 1, 1, 1], [2, 10]), null, { groups: 2 }).data)).toEqual([6, 50]);
  });
  it('depthwise with multiplier 2 (M = 4) maps input channel c to outputs 2c, 2c+1: [3, 6, 15, 20]', () => {
    expect(Array.from(conv2d(x, tensor([4, 1, 1, 1], [1, 2, 3, 4]), null, { groups: 2 }).data)).toEqual([3, 6, 15, 20]);
  });
  it('adds the bias to every output pixel', () => {
    expect(Array.from(conv2d(x, tensor([2, 2, 1, 1], [0, 0, 0, 0]), tensor([2], [0.5, -2]), {}).data)).toEqual([0.5, -2]);
  });
});

describe('conv2d matches onnxruntime-web Conv (opset 17)', () => {
  const cases = convCases(64);
  it('has cases on both paths (≤ 2 and ≥ 3 output channels per group)', () => {
    const perGroup = cases.map((c) => c.w.shape[0] / (c.opts.groups ?? 1));
    expect(perGroup.filter((m) => m <= 2).length).toBeGreaterThan(20);
    expect(perGroup.filter((m) => m >= 3).length).toBeGreaterThan(20);
  });
  it.each(cases)(`case $id: $desc (relative ${REL_TOLERANCE})`, async ({ x, w, b, opts }) => {
    const ours = conv2d(x, w, b, opts);
    const ref = (await runOnce(convModel(x.shape, w, b, opts), { x })).y;
    expect(ours.shape).toEqual(ref.shape);
    expect(relativeDiff(ours.data, ref.data)).toBeLessThan(REL_TOLERANCE);
  });

  const winograd = winogradCases(32);
  it('has Winograd cases with partial tiles (an odd output size)', () => {
    expect(winograd.filter((c) => (c.x.shape[2] + c.opts.padding![0] + c.opts.padding![2] - 2) % 2 === 1).length).toBeGreaterThan(5);
  });
  it.each(winograd)(`Winograd path, case $id: $desc (relative ${REL_TOLERANCE})`, async ({ x, w, b, opts }) => {
    const ours = conv2d(x, w, b, opts);
    const ref = (await runOnce(convModel(x.shape, w, b, opts), { x })).y;
    expect(ours.shape).toEqual(ref.shape);
    expect(relativeDiff(ours.data, ref.data)).toBeLessThan(REL_TOLERANCE);
  });

  const rand = randomSeeded(23);
  it.each([
    { desc: 'U-Net level 1: [1,16,32,32] → 16, 3×3, pads 1', x: [1, 16, 32, 32], w: [16, 16, 3, 3], opts: { padding: [1, 1, 1, 1] as const } },
    { desc: 'U-Net bottleneck: [1,64,8,8] → 64, 3×3, pads 1', x: [1, 64, 8, 8], w: [64, 64, 3, 3], opts: { padding: [1, 1, 1, 1] as const } },
    { desc: 'pointwise 1×1 (no unfolding): [2,24,7,9] → 40', x: [2, 24, 7, 9], w: [40, 24, 1, 1], opts: {} },
    {
      desc: 'depthwise 5×5 stride 2, TF-same pads [1,1,2,2]: [1,32,14,14]',
      x: [1, 32, 14, 14],
      w: [32, 1, 5, 5],
      opts: { stride: [2, 2] as const, padding: [1, 1, 2, 2] as const, groups: 32 },
    },
  ])(`$desc (relative ${REL_TOLERANCE})`, async ({ x: xs, w: ws, opts }) => {
    const x = randomTensor(rand, xs);
    const w = randomTensor(rand, ws);
    const b = randomTensor(rand, [ws[0]]);
    const o = opts as Parameters<typeof conv2d>[3];
    const ref = (await runOnce(convModel(xs, w, b, o), { x })).y;
    const ours = conv2d(x, w, b, o);
    expect(ours.shape).toEqual(ref.shape);
    expect(relativeDiff(ours.data, ref.data)).toBeLessThan(REL_TOLERANCE);
  });
});

describe('gemm', () => {
  it('[[1,2,3],[4,5,6]] · [[7,8],[9,10],[11,12]] = [[58,64],[139,154]], plus bias [1, −1] per row', () => {
    const out = new Float32Array(4);
    gemm(Float32Array.from([1, 2, 3, 4, 5, 6]), Float32Array.from([7, 8, 9, 10, 11, 12]), out, 2, 3, 2, Float32Array.from([1, -1]));
    expect(Array.from(out)).toEqual([59, 65, 138, 153]);
  });

  const rand = randomSeeded(29);
  const shapes = Array.from({ length: 12 }, () => [randInt(rand, 1, 13), randInt(rand, 1, 40), randInt(rand, 1, 13)]);
  it('has shapes whose m or n is not a multiple of 4', () => expect(shapes.filter(([m, , n]) => m % 4 || n % 4).length).toBeGreaterThan(5));
  it.each(shapes)(`matches tf.matMul for [%i,%i]·[%i,·] incl. partial 4×4 tiles (relative ${REL_TOLERANCE})`, (m, k, n) => {
    const a = randomTensor(rand, [m, k]);
    const b = randomTensor(rand, [k, n]);
    const out = new Float32Array(m * n);
    gemm(a.data, b.data, out, m, k, n);
    const ref = tf.tidy(() => tf.matMul(tf.tensor2d(a.data, [m, k]), tf.tensor2d(b.data, [k, n])).dataSync());
    expect(relativeDiff(out, ref)).toBeLessThan(REL_TOLERANCE);
  });
});

describe('conv2d input checks', () => {
  const x = ones([1, 4, 5, 5]);
  it.each([
    ['groups that do not divide C', () => conv2d(x, ones([3, 2, 3, 3]), null, { groups: 3 }), /groups = 3 must be a positive integer dividing C = 4/],
    [
      'a weight with the wrong channels per group',
      () => conv2d(x, ones([4, 4, 3, 3]), null, { groups: 2 }),
      /weight has 4 input channels per group, but C\/groups = 4\/2 = 2/,
    ],
    ['a bias of the wrong length', () => conv2d(x, ones([2, 4, 3, 3]), ones([3]), {}), /bias must have shape \[2\]/],
    ['a window larger than the padded input', () => conv2d(x, ones([2, 4, 7, 7]), null, { padding: [0, 0, 1, 0] }), /does not fit the padded 5×5 input/],
    ['a zero stride', () => conv2d(x, ones([2, 4, 3, 3]), null, { stride: [0, 1] }), /stride must be 2 integers ≥ 1/],
    ['a negative pad', () => conv2d(x, ones([2, 4, 3, 3]), null, { padding: [1, 1, -1, 1] }), /padding \[top, left, bottom, right\] must be 4 integers ≥ 0/],
    ['an input of rank 3', () => conv2d(ones([4, 5, 5]), ones([2, 4, 3, 3]), null, {}), /conv2d input x \[N,C,H,W\] must have rank 4/],
  ])('rejects %s with a message naming it', (_what, call, message) => {
    expect(call).toThrow(message);
  });
});
