import { describe, expect, it } from 'vitest';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { yoloDecode } from '../../../src/kernels/yoloDecode';

// Hand case: 2×2 grid, stride 16, C = 2, two anchors (32, 16) and (8, 24). Everything is zero
// except the values set below, so σ(0) = ½ puts each centre in the middle of its cell.
const [A, C, H, W] = [2, 2, 2, 2];
const channels = A * (5 + C);
const head = new Float32Array(channels * H * W);
const set = (a: number, k: number, cy: number, cx: number, v: number) => (head[(a * (5 + C) + k) * H * W + cy * W + cx] = v);
set(0, 2, 0, 1, Math.log(2)); // anchor 0, cell (cy 0, cx 1): tw = ln 2, so bw = 64
set(0, 4, 0, 1, Math.log(3)); // objectness σ(ln 3) = 3/4
set(0, 6, 0, 1, Math.log(4)); // class 1 logit ln 4: sigmoid 4/5; softmax e^ln4 / (1 + 4) = 4/5 too
set(1, 0, 1, 0, -Math.log(3)); // anchor 1, cell (cy 1, cx 0): σ(−ln 3) = 1/4, so bx = (1/4 + 0)·16 = 4
set(1, 3, 1, 0, Math.log(0.5)); // bh = 24 · ½ = 12
const opts = { anchors: [[32, 16] as const, [8, 24] as const], stride: 16, numClasses: C };

// Values are float32 (input logits and outputs); boxes are ≤ 64 px, so 1e-5 is ~2 ulp; probabilities
// below 1 are checked with toBeCloseTo(·, 6), ±5e-7, about 8 float32 ulp at 0.75.
const TOL = 1e-5;

describe('yoloDecode on a hand-computed 2×2 head', () => {
  const d = yoloDecode(tensor([channels, H, W], head), opts);

  it('emits A·H·W = 8 rows, anchor-major then row then column', () => {
    expect(d.boxes.shape).toEqual([8, 4]);
    expect(d.scores.length).toBe(8);
  });

  it('anchor 0, cell (0, 1): centre (24, 8), size 64×16 → [−8, 0, 56, 16]', () => {
    // bx = (½ + 1)·16 = 24, by = (½ + 0)·16 = 8, bw = 32·e^ln2 = 64, bh = 16·e^0 = 16.
    expect(maxAbsDiff(d.boxes.data.subarray(4, 8), [-8, 0, 56, 16])).toBeLessThan(TOL);
  });

  it('anchor 1, cell (1, 0): centre (4, 24), size 8×12 → [0, 18, 8, 30]', () => {
    // row = (1·2 + 1)·2 + 0 = 6; by = (½ + 1)·16 = 24.
    expect(maxAbsDiff(d.boxes.data.subarray(24, 28), [0, 18, 8, 30])).toBeLessThan(TOL);
  });

  it('objectness 3/4 × class-1 probability 4/5 = score 0.6, class 1 (sigmoid, v3)', () => {
    expect(d.objectness[1]).toBeCloseTo(0.75, 6);
    expect(maxAbsDiff(d.classProbs.subarray(2, 4), [0.5, 0.8])).toBeLessThan(TOL);
    expect(d.classes[1]).toBe(1);
    expect(d.scores[1]).toBeCloseTo(0.6, 6);
  });

  it('an all-zero cell has objectness ½, class probabilities ½ each (sigmoid), class 0 on the tie, score ¼', () => {
    expect([d.objectness[0], d.classProbs[0], d.classProbs[1], d.classes[0], d.scores[0]]).toEqual([0.5, 0.5, 0.5, 0, 0.25]);
  });

  it('with softmax (v2) the classes of a cell sum to 1: ln 4 vs 0 gives (1/5, 4/5)', () => {
    const s = yoloDecode(tensor([channels, H, W], head), { ...opts, classActivation: 'softmax' });
    expect(maxAbsDiff(s.classProbs.subarray(2, 4), [0.2, 0.8])).toBeLessThan(TOL);
    expect(maxAbsDiff(s.classProbs.subarray(0, 2), [0.5, 0.5])).toBeLessThan(TOL);
    expect(s.scores[1]).toBeCloseTo(0.6, 6);
  });

  it('rejects a channel count that does not match the anchors and classes', () => {
    expect(() => yoloDecode(tensor([13, 2, 2]), opts)).toThrow(/2 anchors × \(5 \+ 2\) = 14 channels, head has 13/);
  });
});
