import { describe, expect, it } from 'vitest';
import { boxIou, completeBoxIou, distanceBoxIou, generalizedBoxIou, iouOf } from '../../../src/kernels/boxIou';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';

// torchvision test/test_ops.py (TestBoxIou, TestGeneralizedBoxIou, TestDistanceBoxIoU,
// TestCompleteBoxIou): INT_BOXES against INT_BOXES2, expected values published to 4 decimals,
// checked there with atol 1e-4. Ours agree to rounding of the 4th decimal: 5e-5 + float32.
const INT_BOXES = tensor([4, 4], [0, 0, 100, 100, 0, 0, 50, 50, 200, 200, 300, 300, 0, 0, 25, 25]);
const INT_BOXES2 = tensor([3, 4], [0, 0, 100, 100, 0, 0, 50, 50, 200, 200, 300, 300]);
const FLOAT_BOXES = tensor([3, 4], [285.3538, 185.5758, 1193.511, 851.4551, 285.1472, 188.7374, 1192.4984, 851.0669, 279.244, 197.9812, 1189.4746, 849.2019]);
const PUBLISHED_TOLERANCE = 5.1e-5;

const TORCHVISION = [
  { name: 'boxIou', f: boxIou, int: [1, 0.25, 0, 0.25, 1, 0, 0, 0, 1, 0.0625, 0.25, 0] },
  { name: 'generalizedBoxIou', f: generalizedBoxIou, int: [1, 0.25, -0.7778, 0.25, 1, -0.8611, -0.7778, -0.8611, 1, 0.0625, 0.25, -0.8819] },
  { name: 'distanceBoxIou', f: distanceBoxIou, int: [1, 0.1875, -0.4444, 0.1875, 1, -0.5625, -0.4444, -0.5625, 1, -0.0781, 0.1875, -0.6267] },
  // All of these boxes are squares, so CIoU's aspect term is 0 and it equals DIoU.
  { name: 'completeBoxIou', f: completeBoxIou, int: [1, 0.1875, -0.4444, 0.1875, 1, -0.5625, -0.4444, -0.5625, 1, -0.0781, 0.1875, -0.6267] },
];
// Nearly identical boxes: every variant reduces to IoU at torchvision's atol 1e-3.
const FLOAT_EXPECTED = [1, 0.9933, 0.9673, 0.9933, 1, 0.9737, 0.9673, 0.9737, 1];

describe.each(TORCHVISION)('$name reproduces torchvision test_ops.py', ({ f, int }) => {
  it(`on INT_BOXES × INT_BOXES2, a [4,3] matrix, within ${PUBLISHED_TOLERANCE}`, () => {
    const y = f(INT_BOXES, INT_BOXES2);
    expect(y.shape).toEqual([4, 3]);
    expect(maxAbsDiff(y.data, int)).toBeLessThan(PUBLISHED_TOLERANCE);
  });

  it('on FLOAT_BOXES × FLOAT_BOXES within torchvision’s 1e-3', () => {
    expect(maxAbsDiff(f(FLOAT_BOXES, FLOAT_BOXES).data, FLOAT_EXPECTED)).toBeLessThan(1e-3);
  });
});

describe('IoU losses of torchvision test_losses.py, as 1 − variant', () => {
  // box1 [-1,-1,1,1], box2 [0,0,1,1], box3 [0,1,1,2], box4 [1,1,2,2]; published to 4 decimals.
  const one = (b: number[]) => tensor([1, 4], b);
  const [b1, b2, b3, b4] = [one([-1, -1, 1, 1]), one([0, 0, 1, 1]), one([0, 1, 1, 2]), one([1, 1, 2, 2])];
  it.each([
    ['generalizedBoxIou', generalizedBoxIou, b1, b2, 0.75],
    ['generalizedBoxIou', generalizedBoxIou, b2, b3, 1.0], // side by side: enclosing area = union
    ['generalizedBoxIou', generalizedBoxIou, b2, b4, 1.5], // diagonal: enclosing area = 2·union
    ['distanceBoxIou', distanceBoxIou, b1, b2, 0.8125],
    ['distanceBoxIou', distanceBoxIou, b1, b3, 1.1923],
    ['distanceBoxIou', distanceBoxIou, b1, b4, 1.25],
    ['completeBoxIou', completeBoxIou, b1, b3, 1.1923],
  ] as const)(`%s: loss case %# has the published value within ${PUBLISHED_TOLERANCE}`, (_n, f, a, b, loss) => {
    expect(Math.abs(1 - f(a, b).data[0] - loss)).toBeLessThan(PUBLISHED_TOLERANCE);
  });
});

describe('hand-computed cases', () => {
  it('IoU of a box with itself is 1', () => {
    expect(boxIou(tensor([1, 4], [3, 4, 10, 20]), tensor([1, 4], [3, 4, 10, 20])).data[0]).toBe(1);
  });

  it('touching boxes have IoU 0 and GIoU 0 (the enclosing box is their union)', () => {
    const a = tensor([1, 4], [0, 0, 2, 2]);
    const b = tensor([1, 4], [2, 0, 4, 2]);
    expect(boxIou(a, b).data[0]).toBe(0);
    expect(generalizedBoxIou(a, b).data[0]).toBe(0);
  });

  it('CIoU of a 2×1 and a 1×2 box sharing a corner is 1/3 − 1/16 − α·v, with v = (4/π²)·atan(3/4)²', () => {
    // IoU = 1/(2+2−1); centres (1, .5) and (.5, 1): ρ² = .5; enclosing 2×2: c² = 8, so DIoU = 1/3 − 1/16.
    // atan 2 − atan ½ = atan ¾ (tangent subtraction), so v = (4/π²)·atan(¾)², α = v / (1 − 1/3 + v).
    const v = (4 / Math.PI ** 2) * Math.atan(0.75) ** 2;
    const expected = 1 / 3 - 1 / 16 - (v / (2 / 3 + v)) * v;
    const got = completeBoxIou(tensor([1, 4], [0, 0, 2, 1]), tensor([1, 4], [0, 0, 1, 2])).data[0];
    expect(Math.abs(got - expected)).toBeLessThan(1e-6); // float32 output of a value ≈ 0.24
  });

  it('two zero-area boxes give NaN, as torchvision’s 0/0 does', () => {
    expect(boxIou(tensor([1, 4], [1, 1, 1, 1]), tensor([1, 4], [1, 1, 1, 1])).data[0]).toBeNaN();
  });

  it('an empty set gives an [0,M] matrix', () => {
    expect(boxIou(tensor([0, 4]), INT_BOXES2).shape).toEqual([0, 3]);
  });

  it('rejects boxes that are not [K,4]', () => {
    expect(() => boxIou(tensor([2, 2]), INT_BOXES2)).toThrow(/boxIou: boxes a must have shape \[K,4\]/);
  });
});

describe('iouOf, continuous and VOC "+1" pixel conventions', () => {
  // Padilla's worked example, detection G (image 3, .18: x y w h = 109 15 77 39) against the
  // ground truth 123 30 49 44: REFERENCE.md §8 gives .3034 with "+1" and .2953 continuous.
  const xywh = ([x, y, w, h]: number[]) => [x, y, x + w, y + h];
  const g = xywh([109, 15, 77, 39]);
  const gt = xywh([123, 30, 49, 44]);
  // Both values are given to 4 decimals (±5e-5); boxIou rounds to float32, ~3e-8 at 0.3, so 1e-7.
  it('G has IoU .3034 with +1 (published to 4 decimals)', () => {
    expect(Math.abs(iouOf(g, gt, 1) - 0.3034)).toBeLessThan(5e-5);
  });
  it('G has IoU .2953 continuous, equal to boxIou', () => {
    expect(Math.abs(iouOf(g, gt) - 0.2953)).toBeLessThan(5e-5);
    expect(Math.abs(iouOf(g, gt) - boxIou(tensor([1, 4], g), tensor([1, 4], gt)).data[0])).toBeLessThan(1e-7);
  });
  it('with +1, boxes sharing only an edge column overlap by one pixel column', () => {
    // [0,0,1,1] and [1,0,2,1] cover 2×2 pixels each and share the 2 pixels of column 1: 2/(4+4−2).
    expect(iouOf([0, 0, 1, 1], [1, 0, 2, 1], 1)).toBeCloseTo(1 / 3, 12);
  });
});
