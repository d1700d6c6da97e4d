import type { Conv2dOptions } from '../../../src/kernels/conv2d';
import type { ConvTranspose2dOptions } from '../../../src/kernels/convTranspose2d';
import type { MaxPool2dOptions } from '../../../src/kernels/maxPool2d';
import { tensor, type Tensor } from '../../../src/kernels/tensor';
import { randInt, randomSeeded, uniform, type Random } from '../../../src/kernels/random';

/**
 * Seeded random shapes for conv2d, convTranspose2d and maxPool2d, each run through our kernel and
 * onnxruntime's operator. Conv cases cycle through four group layouts (groups 1; grouped with
 * ≥ 3 output channels per group, the GEMM path; depthwise, M = C; depthwise with multiplier 2,
 * the direct path), with strides 1–3, dilations 1–2, non-square kernels up to 5 and every pad
 * drawn on its own (so most are asymmetric). Sizes are redrawn until the window fits.
 */
export const randomTensor = (rand: Random, shape: number[]): Tensor =>
  tensor(
    shape,
    Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => uniform(rand, -1, 1)),
  );

const pads = (rand: Random, kh: number, kw: number, max = 2): [number, number, number, number] => [
  randInt(rand, 0, Math.min(max, kh - 1)),
  randInt(rand, 0, Math.min(max, kw - 1)),
  randInt(rand, 0, Math.min(max, kh - 1)),
  randInt(rand, 0, Math.min(max, kw - 1)),
];

/** Whether a window of k taps, dilation d, fits the padded axis. */
const fits = (size: number, k: number, d: number, p0: number, p1: number) => size + p0 + p1 >= (k - 1) * d + 1;

export interface ConvCase {
  id: number;
  desc: string;
  x: Tensor;
  w: Tensor;
  b: Tensor | null;
  opts: Conv2dOptions;
}

const LAYOUTS = ['groups 1', 'grouped', 'depthwise', 'depthwise ×2'] as const;

export function convCases(count: number, seed = 13): ConvCase[] {
  const rand = randomSeeded(seed);
  const cases: ConvCase[] = [];
  while (cases.length < count) {
    const layout = LAYOUTS[cases.length % LAYOUTS.length];
    const groups = layout === 'groups 1' ? 1 : layout === 'grouped' ? randInt(rand, 2, 3) : randInt(rand, 1, 6);
    const cg = layout === 'groups 1' || layout === 'grouped' ? randInt(rand, 1, 5) : 1;
    const mg = layout === 'depthwise' ? 1 : layout === 'depthwise ×2' ? 2 : randInt(rand, 3, 9);
    const [kh, kw] = [randInt(rand, 1, 5), randInt(rand, 1, 5)];
    const stride: [number, number] = [randInt(rand, 1, 3), randInt(rand, 1, 3)];
    const dilation: [number, number] = [randInt(rand, 1, 2), randInt(rand, 1, 2)];
    const padding = pads(rand, kh, kw);
    const [n, h, w] = [randInt(rand, 1, 2), randInt(rand, 1, 13), randInt(rand, 1, 13)];
    if (!fits(h, kh, dilation[0], padding[0], padding[2]) || !fits(w, kw, dilation[1], padding[1], padding[3])) continue;
    const c = cg * groups;
    const m = mg * groups;
    const bias = rand() < 0.7;
    cases.push({
      id: cases.length,
      desc: `${layout}: x [${n},${c},${h},${w}], w [${m},${cg},${kh},${kw}], groups ${groups}, stride ${stride}, dilation ${dilation}, pads ${padding}${bias ? ', bias' : ''}`,
      x: randomTensor(rand, [n, c, h, w]),
      w: randomTensor(rand, [m, cg, kh, kw]),
      b: bias ? randomTensor(rand, [m]) : null,
      opts: { stride, padding, dilation, groups },
    });
  }
  return cases;
}

/**
 * 3×3, stride-1, undilated convs with ≥ 3 output channels per group: the Winograd path. Sizes
 * from 1×1 (one partial tile) up, odd and even, every pad 0–2 drawn on its own.
 */
export function winogradCases(count: number, seed = 37): ConvCase[] {
  const rand = randomSeeded(seed);
  const cases: ConvCase[] = [];
  while (cases.length < count) {
    const [groups, cg, mg] = [randInt(rand, 1, 2), randInt(rand, 1, 8), randInt(rand, 3, 9)];
    const padding = pads(rand, 3, 3);
    const [n, h, w] = [randInt(rand, 1, 2), randInt(rand, 1, 11), randInt(rand, 1, 11)];
    if (!fits(h, 3, 1, padding[0], padding[2]) || !fits(w, 3, 1, padding[1], padding[3])) continue;
    const [c, m] = [cg * groups, mg * groups];
    cases.push({
      id: cases.length,
      desc: `x [${n},${c},${h},${w}], w [${m},${cg},3,3], groups ${groups}, pads ${padding}`,
      x: randomTensor(rand, [n, c, h, w]),
      w: randomTensor(rand, [m, cg, 3, 3]),
      b: rand() < 0.7 ? randomTensor(rand, [m]) : null,
      opts: { padding, groups },
    });
  }
  return cases;
}

export interface ConvTransposeCase {
  id: number;
  desc: string;
  x: Tensor;
  w: Tensor;
  b: Tensor | null;
  opts: ConvTranspose2dOptions;
}

export function convTransposeCases(count: number, seed = 17): ConvTransposeCase[] {
  const rand = randomSeeded(seed);
  const cases: ConvTransposeCase[] = [];
  while (cases.length < count) {
    const [n, c, m] = [randInt(rand, 1, 2), randInt(rand, 1, 5), randInt(rand, 1, 5)];
    const [kh, kw] = [randInt(rand, 1, 5), randInt(rand, 1, 5)];
    const stride: [number, number] = [randInt(rand, 1, 3), randInt(rand, 1, 3)];
    const outputPadding: [number, number] = [randInt(rand, 0, stride[0] - 1), randInt(rand, 0, stride[1] - 1)];
    const padding = pads(rand, kh, kw);
    const [h, w] = [randInt(rand, 1, 7), randInt(rand, 1, 7)];
    const oh = stride[0] * (h - 1) + outputPadding[0] + kh - padding[0] - padding[2];
    const ow = stride[1] * (w - 1) + outputPadding[1] + kw - padding[1] - padding[3];
    if (oh < 1 || ow < 1) continue;
    const bias = rand() < 0.7;
    cases.push({
      id: cases.length,
      desc: `x [${n},${c},${h},${w}], w [${c},${m},${kh},${kw}], stride ${stride}, pads ${padding}, output padding ${outputPadding}${bias ? ', bias' : ''}`,
      x: randomTensor(rand, [n, c, h, w]),
      w: randomTensor(rand, [c, m, kh, kw]),
      b: bias ? randomTensor(rand, [m]) : null,
      opts: { stride, padding, outputPadding },
    });
  }
  return cases;
}

export interface PoolCase {
  id: number;
  desc: string;
  x: Tensor;
  opts: MaxPool2dOptions;
}

export function maxPoolCases(count: number, seed = 19): PoolCase[] {
  const rand = randomSeeded(seed);
  const cases: PoolCase[] = [];
  while (cases.length < count) {
    const kernel: [number, number] = [randInt(rand, 1, 4), randInt(rand, 1, 4)];
    const stride: [number, number] = [randInt(rand, 1, 3), randInt(rand, 1, 3)];
    const padding = pads(rand, kernel[0], kernel[1], 3);
    const [n, c, h, w] = [randInt(rand, 1, 2), randInt(rand, 1, 4), randInt(rand, 1, 11), randInt(rand, 1, 11)];
    if (!fits(h, kernel[0], 1, padding[0], padding[2]) || !fits(w, kernel[1], 1, padding[1], padding[3])) continue;
    cases.push({
      id: cases.length,
      desc: `x [${n},${c},${h},${w}], kernel ${kernel}, stride ${stride}, pads ${padding}`,
      x: randomTensor(rand, [n, c, h, w]),
      opts: { kernel, stride, padding },
    });
  }
  return cases;
}

/**
 * max |a − ref| / max(1, max |ref|). Both sides sum float32 products; ORT rounds every partial
 * sum to float32 (and sums in another order), we round once at the end, so they differ by a few
 * float32 ulps of the largest partial sums, which are of the size of the outputs. Relative 1e-5
 * (≈ 80 ulp) covers sums of up to a few hundred terms; a wrong tap is off by ~0.1 or more.
 */
export function relativeDiff(a: ArrayLike<number>, ref: ArrayLike<number>): number {
  let scale = 1;
  for (let i = 0; i < ref.length; i++) scale = Math.max(scale, Math.abs(ref[i]));
  let d = a.length === ref.length ? 0 : Infinity;
  for (let i = 0; i < ref.length && d < Infinity; i++) d = Math.max(d, Math.abs(a[i] - ref[i]));
  return d / scale;
}
export const REL_TOLERANCE = 1e-5;
