import { describe, expect, it } from 'vitest';
import { expectedCalibrationError } from '../../../src/kernels/expectedCalibrationError';

const probs = (rows: number[][]) => ({ data: Float32Array.from(rows.flat()), shape: [rows.length, rows[0].length] });

describe('expectedCalibrationError (Guo et al. 2017, Eq. 3)', () => {
  // Two bins, (0, ½] and (½, 1]. Top bin: confidences 0.9, 0.8, 0.7 (mean 0.8), 2 of 3 right:
  // 3/5 · |2/3 − 0.8| = 0.08. Bottom bin: 0.4 and 0.5 (0.5 sits in (0, ½]; mean 0.45), 1 of 2 right:
  // 2/5 · |0.5 − 0.45| = 0.02. ECE = 0.10, accuracy 3/5.
  const hand = probs([
    [0.9, 0.05, 0.05],
    [0.8, 0.1, 0.1],
    [0.1, 0.7, 0.2],
    [0.4, 0.3, 0.3],
    [0.5, 0.25, 0.25],
  ]);
  const labels = [0, 1, 1, 0, 2];

  it('five hand-made predictions in two bins give ECE 0.10 and accuracy 0.6', () => {
    const r = expectedCalibrationError(hand, labels, 2);
    // Confidences are float32 (0.9 → 0.899999976…): errors of ~1e-8.
    expect(Math.abs(r.ece - 0.1)).toBeLessThan(1e-7);
    expect(r.accuracy).toBe(0.6);
    expect(r.bins.map((b) => b.count)).toEqual([2, 3]);
    expect(Math.abs(r.bins[1].confidence - 0.8)).toBeLessThan(1e-7);
    expect(r.bins[1].accuracy).toBeCloseTo(2 / 3, 12);
  });

  it('a confidence of exactly ½ falls in the bin (0, ½], a confidence of 1 in the last bin', () => {
    const r = expectedCalibrationError(
      probs([
        [0.5, 0.5],
        [1, 0],
      ]),
      [0, 0],
      2,
    );
    expect(r.bins.map((b) => b.count)).toEqual([1, 1]);
  });

  it('right answers at confidence 1 are perfectly calibrated (ECE 0); wrong ones at 1 give ECE 1', () => {
    expect(
      expectedCalibrationError(
        probs([
          [1, 0],
          [0, 1],
        ]),
        [0, 1],
        10,
      ).ece,
    ).toBe(0);
    expect(
      expectedCalibrationError(
        probs([
          [1, 0],
          [0, 1],
        ]),
        [1, 0],
        10,
      ).ece,
    ).toBe(1);
  });

  it('a tie predicts the first class (argmax), as tf.argMax and numpy do', () => {
    expect(expectedCalibrationError(probs([[0.5, 0.5]]), [0], 10).accuracy).toBe(1);
  });

  it('refuses labels of the wrong length and a bin count below 1', () => {
    expect(() => expectedCalibrationError(hand, [0, 1], 2)).toThrow(/n labels/);
    expect(() => expectedCalibrationError(hand, labels, 0)).toThrow(/bins/);
  });
});
