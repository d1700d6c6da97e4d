import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import card from '../../../models/shape-classifier/card.json';
import { MODELS_DIR } from '../../../src/cli/modelFiles';
import { oneVsRestCurves, panelMetrics, type Scores } from '../../../src/demos/detection-metrics/classifierMetrics';
import { HELD_OUT_STREAM, heldOutShapes } from '../../../src/demos/detection-metrics/heldOutShapes';
import { runOnce } from '../../../src/models/runtime/ort';

// Counts are integers and compared exactly. Ratios of those counts are one float64 division on
// each side: toBeCloseTo(·, 12) (±5e-13). The AUC is a sum of ≤ 301 float64 trapezoids against a
// pair count divided once, so rounding stays below 1e-13 and the same 12 digits hold.
const DIGITS = 12;

/** Six images, three classes: every count below was worked out by hand from these rows. */
const TINY: Scores = {
  probs: Float32Array.from([0.7, 0.2, 0.1, 0.4, 0.5, 0.1, 0.3, 0.6, 0.1, 0.6, 0.3, 0.1, 0.1, 0.2, 0.7, 0.5, 0.1, 0.4]),
  labels: Int32Array.from([0, 0, 1, 1, 2, 2]),
  numClasses: 3,
};

describe('classifier panel numbers: a hand-computed case', () => {
  it('circle at threshold 0.5 predicts [0,1,1,0,2,0] (p = 0.5 counts as positive) and gives matrix [[1,1,0],[1,1,0],[1,0,1]]', () => {
    // Image 1 (p0 = .4) and 2 (p0 = .3) fall back to the better of classes 1 and 2; image 5 has p0 = .5 exactly.
    const m = panelMetrics(TINY, 0, 0.5);
    expect(Array.from(m.matrix.data)).toEqual([1, 1, 0, 1, 1, 0, 1, 0, 1]);
    expect(m.binary).toMatchObject({ tp: 1, fp: 2, fn: 1, tn: 2 });
    expect(m.binary.precision.value).toBeCloseTo(1 / 3, DIGITS);
    expect(m.binary.recall.value).toBeCloseTo(1 / 2, DIGITS);
    expect(m.binary.f1.value).toBeCloseTo(2 / 5, DIGITS);
    expect(m.binary.fpr.value).toBeCloseTo(1 / 2, DIGITS);
    expect(m.binary.mcc).toBeCloseTo(0, DIGITS); // (1·2 − 2·1) / √(3·2·4·3)
    expect(m.perClass.map((c) => c.precision.value)).toEqual([1 / 3, 1 / 2, 1]);
    expect(m.accuracy).toBeCloseTo(3 / 6, DIGITS);
  });

  it('the ROC AUC of circle is 6/8: of the 2·4 positive–negative pairs, 6 rank the positive higher', () => {
    expect(oneVsRestCurves(TINY, 0).auc).toBeCloseTo(6 / 8, DIGITS);
  });

  it('threshold 0 calls everything circle: the other classes have no predicted positives, and say so', () => {
    const m = panelMetrics(TINY, 0, 0);
    expect(m.binary).toMatchObject({ tp: 2, fp: 4, fn: 0, tn: 0 });
    expect(m.perClass[1].precision).toEqual({ value: NaN, why: 'no predicted positives' });
    expect(m.perClass[2].precision.why).toBe('no predicted positives');
    expect(m.binary.fpr.value).toBe(1);
  });

  it('threshold 1 calls nothing circle (no p is exactly 1): precision undefined, recall 0', () => {
    const m = panelMetrics(TINY, 0, 1);
    expect(m.binary).toMatchObject({ tp: 0, fp: 0, fn: 2, tn: 4 });
    expect(m.binary.precision.why).toBe('no predicted positives');
    expect(m.binary.recall.value).toBe(0);
    expect(m.binary.mcc).toBe(0); // a zero factor in the denominator: sklearn's 0
  });
});

describe('classifier panel numbers on the shipped model’s held-out scores, against tfjs', () => {
  let scores: Scores;
  beforeAll(async () => {
    await tf.setBackend('cpu');
    const shapes = heldOutShapes();
    const bytes = new Uint8Array(readFileSync(join(MODELS_DIR, 'shape-classifier', card.files.model.name)));
    const n = shapes.labels.length;
    const out = await runOnce(bytes, { [card.io.input]: { data: shapes.nchw, shape: [n, 3, 32, 32] } });
    scores = { probs: out[card.io.probs].data, labels: shapes.labels, numClasses: 3 };
  });

  it('the held-out stream is not the one the model trained on, and the model is as good on it as its card says', () => {
    expect(HELD_OUT_STREAM).not.toBe(card.data.seed);
    // Card: 0.9985 validation accuracy. 0.95 leaves room for a few hard shapes in 300 and still fails a broken run.
    const accuracy = tf.tidy(() =>
      tf.tensor2d(scores.probs, [scores.labels.length, 3]).argMax(1).equal(tf.tensor1d(scores.labels, 'int32')).mean().arraySync(),
    );
    expect(accuracy).toBeGreaterThan(0.95);
  });

  const CASES: [number, number][] = [0, 1, 2].flatMap((c) => [0, 0.2, 0.5, 0.9, 0.99, 1].map((t): [number, number] => [c, t]));
  it('has cases', () => expect(CASES.length).toBeGreaterThan(0));

  it.each(CASES)('class %i at threshold %f: matrix, per-class scores and one-vs-rest counts equal tfjs’s', (c, t) => {
    const m = panelMetrics(scores, c, t);
    const ref = tf.tidy(() => {
      const p = tf.tensor2d(scores.probs, [scores.labels.length, 3]);
      const y = tf.tensor1d(scores.labels, 'int32');
      const pc = p.slice([0, c], [-1, 1]).squeeze([1]);
      const others = tf.where(tf.oneHot(tf.fill([scores.labels.length], c, 'int32'), 3).cast('bool'), tf.fill(p.shape, -Infinity), p);
      const pred = tf.where(pc.greaterEqual(t), tf.fill([scores.labels.length], c, 'int32'), others.argMax(1).cast('int32')) as tf.Tensor1D;
      const cm = tf.math.confusionMatrix(y, pred, 3);
      // Gorodkin's R_K is the correlation of the one-hot truth and prediction matrices.
      const [X, Y] = [tf.oneHot(y, 3).cast('float32'), tf.oneHot(pred, 3).cast('float32')];
      const [Xc, Yc] = [X.sub(X.mean(0)), Y.sub(Y.mean(0))];
      const cov = (a: tf.Tensor, b: tf.Tensor) => a.mul(b).sum().arraySync() as number;
      const isPos = y.equal(c);
      const callPos = pred.equal(c);
      const count = (b: tf.Tensor) => b.cast('int32').sum().arraySync() as number;
      return {
        cm: Array.from(cm.dataSync()),
        mcc: cov(Xc, Yc) / Math.sqrt(cov(Xc, Xc) * cov(Yc, Yc)),
        colSums: Array.from(cm.sum(0).dataSync()),
        rowSums: Array.from(cm.sum(1).dataSync()),
        tp: count(isPos.logicalAnd(callPos)),
        fp: count(isPos.logicalNot().logicalAnd(callPos)),
        fn: count(isPos.logicalAnd(callPos.logicalNot())),
      };
    });
    expect(Array.from(m.matrix.data)).toEqual(ref.cm);
    expect(m.binary).toMatchObject({ tp: ref.tp, fp: ref.fp, fn: ref.fn, tn: scores.labels.length - ref.tp - ref.fp - ref.fn });
    for (let k = 0; k < 3; k++) {
      const tp = ref.cm[k * 4];
      if (ref.colSums[k] === 0) expect(m.perClass[k].precision.why).toBe('no predicted positives');
      else expect(m.perClass[k].precision.value).toBeCloseTo(tp / ref.colSums[k], DIGITS);
      expect(m.perClass[k].recall.value).toBeCloseTo(tp / ref.rowSums[k], DIGITS);
    }
    // tfjs sums float32: its correlation carries ~1e-6 relative error; 1e-5 is well inside and far below a wrong cell (≥ 1/300).
    if (Number.isFinite(ref.mcc)) expect(Math.abs(m.mcc - ref.mcc)).toBeLessThan(1e-5);
    else expect(m.mcc).toBe(0); // one predicted class only: a zero variance, sklearn's 0
  });

  it.each([0, 1, 2])('class %i: the trapezoid AUC equals the Mann–Whitney pair count (ties ½) computed with tfjs', (c) => {
    const pos: number[] = [];
    const neg: number[] = [];
    scores.labels.forEach((l, i) => (l === c ? pos : neg).push(scores.probs[i * 3 + c]));
    const u = tf.tidy(() => {
      const [a, b] = [tf.tensor2d(pos, [pos.length, 1]), tf.tensor2d(neg, [1, neg.length])];
      return (a.greater(b).cast('int32').sum().arraySync() as number) + 0.5 * (a.equal(b).cast('int32').sum().arraySync() as number);
    });
    expect(oneVsRestCurves(scores, c).auc).toBeCloseTo(u / (pos.length * neg.length), DIGITS);
  });

  it('the operating point at a threshold equal to a score is a vertex of the drawn ROC curve', () => {
    const { roc } = oneVsRestCurves(scores, 1);
    const t = roc.thresholds[Math.floor(roc.thresholds.length / 2)];
    const b = panelMetrics(scores, 1, t).binary;
    const i = roc.thresholds.indexOf(t);
    expect([b.fpr.value, b.recall.value]).toEqual([roc.fpr[i], roc.tpr[i]]);
  });
});
