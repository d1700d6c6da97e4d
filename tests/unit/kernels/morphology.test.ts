import { describe, expect, it } from 'vitest';
import { dilate, erode, morphology } from '../../../src/kernels/morphology';
import { getStructuringElement } from '../../../src/kernels/structuringElement';
import { maxAbsDiff, tensor, type Tensor } from '../../../src/kernels/tensor';
import { maxPoolModel } from '../../../src/models/onnx/reference/maxPool';
import { runOnce } from '../../../src/models/runtime/ort';
import { asFeed, randomImage } from './imageCases';

const pool = async (img: Tensor, kh: number, kw: number, ay?: number, ax?: number) =>
  (await runOnce(maxPoolModel(img.shape[0], img.shape[1], kh, kw, ay, ax), asFeed(img))).y.data;
const neg = (img: Tensor): Tensor => ({ data: img.data.map((v) => -v), shape: img.shape });
const max = (a: Float32Array, b: Float32Array) => a.map((v, i) => Math.max(v, b[i]));
const grid = (rows: string[]) =>
  tensor(
    [rows.length, rows[0].length],
    rows.flatMap((r) => [...r].map(Number)),
  );

// Max and min select input values, so every comparison below is exact.
describe('erode and dilate', () => {
  it.each([
    [3, 3],
    [5, 3],
    [4, 6],
  ])("dilation by a %i×%i rectangle equals onnxruntime MaxPool (padding ignored, as OpenCV's default border)", async (w, h) => {
    const img = randomImage(9, 11, w * h);
    expect(maxAbsDiff(dilate(img, getStructuringElement('rect', w, h)).data, await pool(img, h, w))).toBe(0);
  });

  it('honours an off-centre anchor like MaxPool with asymmetric pads', async () => {
    const img = randomImage(8, 8, 4);
    const se = getStructuringElement('rect', 3, 3, [0, 2]);
    expect(maxAbsDiff(dilate(img, se).data, await pool(img, 3, 3, 2, 0))).toBe(0);
  });

  it('dilation by a cross or an ellipse equals the max of MaxPools over the rectangles they are unions of', async () => {
    const img = randomImage(10, 12, 8);
    // 3×3 cross = 3×1 ∪ 1×3. 5×5 ellipse (rows 00100/11111×3/00100) = 3 rows × 5 ∪ 5 rows × 1.
    expect(maxAbsDiff(dilate(img, getStructuringElement('cross', 3, 3)).data, max(await pool(img, 3, 1), await pool(img, 1, 3)))).toBe(0);
    expect(maxAbsDiff(dilate(img, getStructuringElement('ellipse', 5, 5)).data, max(await pool(img, 3, 5), await pool(img, 5, 1)))).toBe(0);
  });

  it('erosion is minus the dilation of minus the image (duality), for an ellipse', () => {
    const img = randomImage(9, 9, 2);
    const se = getStructuringElement('ellipse', 7, 5);
    expect(maxAbsDiff(erode(img, se).data, neg(dilate(neg(img), se)).data)).toBe(0);
  });

  it('erodes a 3×3 square to its centre with a 3×3 rect, and a BORDER_CONSTANT 0 border erodes from the image edge', () => {
    const img = grid(['00000', '01110', '01110', '01110', '00000']);
    expect(Array.from(erode(img, getStructuringElement('rect', 3, 3)).data)).toEqual(Array.from(grid(['00000', '00000', '00100', '00000', '00000']).data));
    const ones = tensor([3, 3], new Array(9).fill(1));
    const se = getStructuringElement('rect', 3, 3);
    expect(Array.from(erode(ones, se).data)).toEqual(new Array(9).fill(1)); // default: outside ignored
    expect(Array.from(erode(ones, se, { border: 'BORDER_CONSTANT', borderValue: 0 }).data)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
  });
});

describe('morphology', () => {
  const se = getStructuringElement('rect', 3, 3);

  it('opening removes a one-pixel speck and keeps a 3×3 block whole (by hand)', () => {
    const img = grid(['1000000', '0000000', '0001110', '0001110', '0001110', '0000000']);
    expect(Array.from(morphology('open', img, se).data)).toEqual(Array.from(grid(['0000000', '0000000', '0001110', '0001110', '0001110', '0000000']).data));
  });

  it('closing fills a one-pixel hole (by hand)', () => {
    const img = grid(['11111', '11111', '11011', '11111', '11111']);
    expect(Array.from(morphology('close', img, se).data)).toEqual(new Array(25).fill(1));
  });

  it('white top-hat keeps exactly the speck the opening removed; black top-hat exactly the hole the closing filled', () => {
    const speck = grid(['00000', '00000', '00100', '00000', '00000']);
    expect(Array.from(morphology('tophat', speck, se).data)).toEqual(Array.from(speck.data));
    const hole = grid(['11111', '11111', '11011', '11111', '11111']);
    expect(Array.from(morphology('blackhat', hole, se).data)).toEqual(Array.from(speck.data));
  });

  it('opening is idempotent, anti-extensive and below closing (lattice laws), on a random grey image', () => {
    const img = randomImage(12, 12, 31);
    const e = getStructuringElement('ellipse', 5, 5);
    const open = morphology('open', img, e);
    expect(maxAbsDiff(morphology('open', open, e).data, open.data)).toBe(0);
    expect(open.data.every((v, i) => v <= img.data[i])).toBe(true);
    const close = morphology('close', img, e);
    expect(close.data.every((v, i) => v >= img.data[i])).toBe(true);
    expect(morphology('gradient', img, e).data.every((v) => v >= 0)).toBe(true);
  });
});
