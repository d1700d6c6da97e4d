import { beforeAll, describe, expect, it } from 'vitest';
import { batchedNms } from '../../../src/kernels/batchedNms';
import { nms } from '../../../src/kernels/nms';
import { randInt, randomSeeded, uniform } from '../../../src/kernels/random';
import { tensor } from '../../../src/kernels/tensor';
import { loadOrt } from '../../../src/models/runtime/ort';
import { clusteredBoxes, distinctScores } from './detectionCases';
import { ortNonMaxSuppression } from './nmsOrt';

beforeAll(async () => {
  await loadOrt();
});

describe('nms on hand cases', () => {
  // [0,0,10,10] and [0,0,10,5]: intersection 50, union 100, IoU exactly 0.5.
  const half = tensor([2, 4], [0, 0, 10, 10, 0, 0, 10, 5]);

  it('keeps a box whose IoU equals the threshold (suppression is strictly greater than)', () => {
    expect(Array.from(nms(half, [0.9, 0.8], 0.5))).toEqual([0, 1]);
  });

  it('drops it once the threshold is just below its IoU', () => {
    expect(Array.from(nms(half, [0.9, 0.8], 0.49))).toEqual([0]);
  });

  it('keeps the higher-scored of the two, whichever index it has', () => {
    expect(Array.from(nms(half, [0.3, 0.8], 0.3))).toEqual([1]);
  });

  it('returns disjoint boxes all kept, in decreasing score order', () => {
    const boxes = tensor([3, 4], [0, 0, 1, 1, 5, 5, 6, 6, 10, 10, 11, 11]);
    expect(Array.from(nms(boxes, [0.1, 0.9, 0.5], 0.5))).toEqual([1, 2, 0]);
  });

  it('breaks a score tie by input order (lower index first)', () => {
    const boxes = tensor([2, 4], [0, 0, 10, 10, 1, 1, 10, 10]);
    expect(Array.from(nms(boxes, [0.5, 0.5], 0.5))).toEqual([0]);
  });

  it('does not chain: a box suppressed by a kept box cannot suppress a third one', () => {
    // A [0,10], B [6,16], C [12,22] on x (height 1): IoU(A,B) = IoU(B,C) = 4/16, IoU(A,C) = 0.
    const boxes = tensor([3, 4], [0, 0, 10, 1, 6, 0, 16, 1, 12, 0, 22, 1]);
    expect(Array.from(nms(boxes, [0.9, 0.8, 0.7], 0.2))).toEqual([0, 2]);
  });

  it('never lets a zero-area box suppress or be suppressed', () => {
    const boxes = tensor([2, 4], [0, 0, 10, 10, 2, 2, 2, 8]);
    expect(Array.from(nms(boxes, [0.9, 0.8], 0))).toEqual([0, 1]);
  });

  it('returns an empty Int32Array for no boxes', () => {
    const keep = nms(tensor([0, 4]), [], 0.5);
    expect(keep).toBeInstanceOf(Int32Array);
    expect(keep.length).toBe(0);
  });

  it.each([
    ['boxes that are not [N,4]', () => nms(tensor([2, 3]), [1, 2], 0.5), /must have shape \[K,4\]/],
    ['a score count that differs', () => nms(tensor([2, 4]), [1], 0.5), /2 boxes but 1 scores/],
    ['a NaN score', () => nms(tensor([1, 4]), [NaN], 0.5), /score 0 is NaN/],
    ['a negative threshold', () => nms(tensor([1, 4]), [1], -0.1), /iouThreshold must be ≥ 0/],
    ['an infinite coordinate', () => nms(tensor([1, 4], [0, 0, Infinity, 1]), [1], 0.5), /box 0 has a non-finite coordinate/],
  ])('rejects %s', (_what, call, message) => {
    expect(call).toThrow(message);
  });
});

// Same float32 boxes and scores on both sides; the IoU test is one comparison, so the only
// possible disagreement is an IoU within float32 rounding (~1e-7) of the threshold, which these
// seeded cases do not contain. The comparison is therefore exact.
const ORT_CASES = [1, 2, 5, 20, 60, 150, 400].flatMap((n, k) => [0, 0.3, 0.5, 0.7, 1].map((t, j) => ({ id: 5 * k + j, n, t, seed: 100 + 5 * k + j })));

describe('nms matches onnxruntime-web NonMaxSuppression (one class, center_point_box 0)', () => {
  it('has cases to run', () => expect(ORT_CASES.length).toBeGreaterThan(0));

  it.each(ORT_CASES)('case $id: $n clustered boxes, IoU threshold $t, exactly', async ({ n, t, seed }) => {
    const rand = randomSeeded(seed);
    const boxes = clusteredBoxes(rand, n);
    const scores = distinctScores(rand, n);
    const ref = await ortNonMaxSuppression(boxes, scores, t, 0);
    expect(Array.from(nms(boxes, scores, t))).toEqual(ref.map((p) => p.box));
  });

  // Geometries that stress the cell grid: sizes over three decades, a long thin strip, and one
  // box covering everything, so boxes span from one cell to all of them.
  const odd = (seed: number, kind: 'scales' | 'strip' | 'cover') => {
    const rand = randomSeeded(seed);
    const n = 300;
    const data: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = kind === 'scales' ? Math.exp(uniform(rand, 0, Math.log(500))) : uniform(rand, 2, 30);
      const [x, y] = kind === 'strip' ? [uniform(rand, 0, 20000), uniform(rand, 0, 5)] : [uniform(rand, 0, 400), uniform(rand, 0, 400)];
      data.push(x, y, x + s * uniform(rand, 0.8, 1.2), y + s * uniform(rand, 0.8, 1.2));
    }
    if (kind === 'cover') data.splice(0, 4, -10, -10, 500, 500);
    return { boxes: tensor([n, 4], data), scores: distinctScores(rand, n) };
  };
  it.each([
    ['scales', 0.3],
    ['scales', 0],
    ['strip', 0.1],
    ['cover', 0],
    ['cover', 0.5],
  ] as const)('boxes of kind %s at IoU threshold %f match exactly', async (kind, t) => {
    const { boxes, scores } = odd(kind.length, kind);
    const ref = await ortNonMaxSuppression(boxes, scores, t, 0);
    expect(Array.from(nms(boxes, scores, t))).toEqual(ref.map((p) => p.box));
  });

  it('the cases exercise suppression: at 0.5 ORT keeps between 10% and 70% of 200 boxes', async () => {
    const rand = randomSeeded(7);
    const boxes = clusteredBoxes(rand, 200);
    const ref = await ortNonMaxSuppression(boxes, distinctScores(rand, 200), 0.5, 0);
    expect(ref.length).toBeGreaterThan(20);
    expect(ref.length).toBeLessThan(140);
  });
});

describe('batchedNms matches onnxruntime-web NonMaxSuppression with several classes', () => {
  // ORT scores each box for every class; a box of class c gets its score in row c and 0 elsewhere,
  // and score_threshold 0 (ORT keeps score > threshold) removes the zeros.
  const cases = [
    { n: 30, classes: 2, t: 0.5, seed: 1 },
    { n: 120, classes: 3, t: 0.3, seed: 2 },
    { n: 300, classes: 5, t: 0.6, seed: 3 },
    { n: 300, classes: 4, t: 0, seed: 4 },
  ];
  it.each(cases)('$n boxes, $classes classes, IoU threshold $t: same boxes per class, in ORT order', async ({ n, classes, t, seed }) => {
    const rand = randomSeeded(seed);
    const boxes = clusteredBoxes(rand, n, 6);
    const scores = distinctScores(rand, n);
    const cls = Array.from({ length: n }, () => randInt(rand, 0, classes - 1));
    const perClass = new Float32Array(classes * n);
    for (let i = 0; i < n; i++) perClass[cls[i] * n + i] = scores[i];
    const ref = await ortNonMaxSuppression(boxes, perClass, t, 0);
    const ours = Array.from(batchedNms(boxes, scores, cls, t));
    for (let c = 0; c < classes; c++) {
      expect(ours.filter((i) => cls[i] === c)).toEqual(ref.filter((p) => p.cls === c).map((p) => p.box));
    }
    // torchvision's batched_nms returns all classes merged by decreasing score.
    for (let r = 1; r < ours.length; r++) expect(scores[ours[r]]).toBeLessThan(scores[ours[r - 1]]);
  });

  it('lets boxes of different classes overlap completely', () => {
    const boxes = tensor([2, 4], [0, 0, 10, 10, 0, 0, 10, 10]);
    expect(Array.from(batchedNms(boxes, [0.9, 0.8], [0, 1], 0.5))).toEqual([0, 1]);
    expect(Array.from(batchedNms(boxes, [0.9, 0.8], [1, 1], 0.5))).toEqual([0]);
  });

  it('rejects class ids of the wrong length', () => {
    expect(() => batchedNms(tensor([2, 4]), [1, 2], [0], 0.5)).toThrow(/2 boxes but 1 class ids/);
  });
});
