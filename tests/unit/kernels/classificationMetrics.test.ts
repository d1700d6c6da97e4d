import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '../../../src/kernels/confusionMatrix';
import { matthewsCorrcoef } from '../../../src/kernels/matthewsCorrcoef';
import { averagePrecisionScore, precisionRecallCurve } from '../../../src/kernels/precisionRecallCurve';
import { perClassScores, precisionRecallF1 } from '../../../src/kernels/precisionRecallF1';
import { randInt, randomSeeded } from '../../../src/kernels/random';
import { rocAuc, rocCurve } from '../../../src/kernels/rocCurve';
import { tensor } from '../../../src/kernels/tensor';

// Exact fractions are checked with toBeCloseTo(·, 15) (±5e-16: a few float64 operations) or, for
// sums over random samples, (·, 12) (±5e-13: rounding grows with the ≤ 80·80 terms, still < 1e-13).
// sklearn docstring values are printed to 8 significant digits or with ELLIPSIS ("0.26...").
const truncated = (v: number, digits: number) => Math.floor(v * 10 ** digits) / 10 ** digits;

describe('confusionMatrix (sklearn docstring examples)', () => {
  it('y_true [2,0,2,2,0,1], y_pred [0,0,2,2,0,2] gives [[2,0,0],[0,0,1],[1,0,2]]', () => {
    const m = confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], 3);
    expect(m.shape).toEqual([3, 3]);
    expect(Array.from(m.data)).toEqual([2, 0, 0, 0, 0, 1, 1, 0, 2]);
  });

  it('binary [0,1,0,1] vs [1,1,1,0] ravels to tn, fp, fn, tp = 0, 2, 1, 1', () => {
    expect(Array.from(confusionMatrix([0, 1, 0, 1], [1, 1, 1, 0], 2).data)).toEqual([0, 2, 1, 1]);
  });

  it('rejects a label outside [0, K)', () => {
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(/yTrue\[1\] = 3 is not a class in \[0, 3\)/);
  });
});

describe('precisionRecallF1 (sklearn f1_score / precision_recall_fscore_support examples)', () => {
  // y_true [0,1,2,0,1,2], y_pred [0,2,1,0,0,1] (cat, dog, pig): per class P = (2/3, 0, 0),
  // R = (1, 0, 0), F1 = (0.8, 0, 0); every support is 2, so weighted = macro.
  const m = confusionMatrix([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], 3);

  it('per-class F1 is [0.8, 0, 0] (average=None)', () => {
    expect(Array.from(perClassScores(m).f1)).toEqual([0.8, 0, 0]);
  });

  it.each([
    ['macro', 2 / 9, 1 / 3, 4 / 15, [0.22, 0.33, 0.26]],
    ['weighted', 2 / 9, 1 / 3, 4 / 15, [0.22, 0.33, 0.26]],
    ['micro', 1 / 3, 1 / 3, 1 / 3, [0.33, 0.33, 0.33]],
  ] as const)('%s: P = %f, R = %f, F1 = %f (published %j)', (average, p, r, f, published) => {
    const got = precisionRecallF1(m, average);
    expect(got.precision).toBeCloseTo(p, 15);
    expect(got.recall).toBeCloseTo(r, 15);
    expect(got.f1).toBeCloseTo(f, 15);
    expect([got.precision, got.recall, got.f1].map((v) => truncated(v, 2))).toEqual(published);
  });

  it('weighted differs from macro when supports differ: class supports 3 and 1', () => {
    // true [0,0,0,1], pred [0,0,1,1]: P = (1, 1/2), R = (2/3, 1), F1 = (4/5, 2/3).
    const u = confusionMatrix([0, 0, 0, 1], [0, 0, 1, 1], 2);
    expect(precisionRecallF1(u, 'macro').f1).toBeCloseTo((4 / 5 + 2 / 3) / 2, 15);
    expect(precisionRecallF1(u, 'weighted').f1).toBeCloseTo((3 * (4 / 5) + 2 / 3) / 4, 15);
    expect(precisionRecallF1(u, 'weighted').recall).toBeCloseTo(3 / 4, 15); // weighted recall = accuracy
  });

  it('leaves out a class that occurs in neither truth nor prediction, as sklearn with labels=None', () => {
    const padded = confusionMatrix([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], 5);
    expect(precisionRecallF1(padded, 'macro').f1).toBeCloseTo(4 / 15, 15);
  });
});

describe('matthewsCorrcoef', () => {
  it('sklearn’s example y_true [+1,+1,+1,−1], y_pred [+1,−1,+1,+1] gives −1/3 (published −0.33...)', () => {
    const m = confusionMatrix([1, 1, 1, 0], [1, 0, 1, 1], 2); // −1 → 0, +1 → 1
    expect(matthewsCorrcoef(m)).toBeCloseTo(-1 / 3, 15);
  });

  it('equals (TP·TN − FP·FN)/sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)) on 200 random 2×2 matrices', () => {
    const rand = randomSeeded(3);
    for (let k = 0; k < 200; k++) {
      const [tn, fp, fn, tp] = Array.from({ length: 4 }, () => randInt(rand, 0, 20));
      const d = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
      expect(matthewsCorrcoef(tensor([2, 2], [tn, fp, fn, tp]))).toBeCloseTo(d > 0 ? (tp * tn - fp * fn) / d : 0, 12);
    }
  });

  it('is 6/11 for [[3,1,0],[0,2,1],[1,0,2]] (c = 7, s = 10, t = p = (4,3,3): 36/66)', () => {
    expect(matthewsCorrcoef(tensor([3, 3], [3, 1, 0, 0, 2, 1, 1, 0, 2]))).toBeCloseTo(6 / 11, 15);
  });

  it('equals Gorodkin’s R_K, the correlation of one-hot truth and prediction, on random 4-class labels', () => {
    // R_K = Σ_k cov(x_k, y_k) / sqrt(Σ_k var(x_k) · Σ_k var(y_k)) over one-hot columns.
    const rand = randomSeeded(8);
    for (let trial = 0; trial < 30; trial++) {
      const n = randInt(rand, 5, 60);
      const yt = Array.from({ length: n }, () => randInt(rand, 0, 3));
      const yp = yt.map((t) => (rand() < 0.6 ? t : randInt(rand, 0, 3)));
      const [cov, vx, vy] = [0, 1, 2].map((which) => {
        let sum = 0;
        for (let k = 0; k < 4; k++) {
          const x = yt.map((t) => +(t === k));
          const y = yp.map((p) => +(p === k));
          const [a, b] = which === 0 ? [x, y] : which === 1 ? [x, x] : [y, y];
          const [ma, mb] = [a.reduce((s, v) => s + v, 0) / n, b.reduce((s, v) => s + v, 0) / n];
          sum += a.reduce((s, v, i) => s + (v - ma) * (b[i] - mb), 0);
        }
        return sum;
      });
      const expected = vx > 0 && vy > 0 ? cov / Math.sqrt(vx * vy) : 0;
      expect(matthewsCorrcoef(confusionMatrix(yt, yp, 4))).toBeCloseTo(expected, 12);
    }
  });

  it('is 0 when every prediction is one class (zero denominator), as sklearn', () => {
    expect(matthewsCorrcoef(confusionMatrix([0, 1, 1], [1, 1, 1], 2))).toBe(0);
  });
});

describe('rocCurve and rocAuc', () => {
  it('reproduces sklearn’s roc_curve example: fpr [0,0,.5,.5,1], tpr [0,.5,.5,1,1], thresholds [∞,.8,.4,.35,.1]', () => {
    // y = [1,1,2,2] with pos_label 2 is labels [0,0,1,1].
    const { fpr, tpr, thresholds } = rocCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect(Array.from(fpr)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(Array.from(tpr)).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(Array.from(thresholds)).toEqual([Infinity, 0.8, 0.4, 0.35, 0.1]);
  });

  it('gives AUC .75 on that example (sklearn roc_auc_score docs)', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });

  it('counts a positive–negative tie as ½: scores all equal give AUC .5 in one diagonal step', () => {
    const { fpr, tpr } = rocCurve([0.3, 0.3, 0.3], [1, 0, 1]);
    expect([Array.from(fpr), Array.from(tpr)]).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(rocAuc([0.3, 0.3, 0.3], [1, 0, 1])).toBe(0.5);
  });

  it('equals the Mann–Whitney U / (n₊·n₋) on 40 random sets with many tied scores', () => {
    const rand = randomSeeded(21);
    for (let trial = 0; trial < 40; trial++) {
      const n = randInt(rand, 2, 80);
      const labels = Array.from({ length: n }, (_, i) => (i < 1 ? 1 : i < 2 ? 0 : randInt(rand, 0, 1)));
      const scores = labels.map((l) => Math.round((rand() + 0.3 * l) * 10) / 10); // one decimal: ties
      let u = 0;
      let pairs = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (labels[i] !== 1 || labels[j] !== 0) continue;
          pairs++;
          u += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
        }
      }
      expect(rocAuc(scores, labels)).toBeCloseTo(u / pairs, 12);
    }
  });

  it('is NaN when only one class is present', () => {
    expect(rocAuc([0.1, 0.2], [1, 1])).toBeNaN();
  });
});

describe('precisionRecallCurve and averagePrecisionScore', () => {
  it('reproduces sklearn’s example: precision [.5, .66666667, .5, 1, 1], recall [1, 1, .5, .5, 0], thresholds [.1, .35, .4, .8]', () => {
    const { precision, recall, thresholds } = precisionRecallCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect(Array.from(precision).map((v) => Math.round(v * 1e8) / 1e8)).toEqual([0.5, 0.66666667, 0.5, 1, 1]);
    expect(Array.from(recall)).toEqual([1, 1, 0.5, 0.5, 0]);
    expect(Array.from(thresholds)).toEqual([0.1, 0.35, 0.4, 0.8]);
  });

  it('average_precision_score of that example is 5/6 (published 0.83...)', () => {
    const ap = averagePrecisionScore([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect(ap).toBeCloseTo(0.5 * 1 + 0.5 * (2 / 3), 15);
    expect(truncated(ap, 2)).toBe(0.83);
  });

  it('is NaN without positives', () => {
    expect(averagePrecisionScore([0.1, 0.2], [0, 0])).toBeNaN();
  });
});
