import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderScene } from '../../../src/models/data/render';
import { shapesDataset } from '../../../src/models/data/shapes';
import { fitModel } from '../../../src/models/train/fitModel';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { runOnce } from '../../../src/models/runtime/ort';
import { yoloSpec, type YoloTrainConfig } from '../../../src/models/yolo/spec';
import { assignBox, yoloTargets, type Anchor } from '../../../src/models/yolo/targets';
import { bceWithLogits, yoloLoss } from '../../../src/models/yolo/loss';
import { buildYolo } from '../../../src/models/yolo/model';
import { exportYolo } from '../../../src/models/yolo/export';
import { headOfNhwc } from '../../../src/models/yolo/detect';
import { YOLO_DATA } from '../../../src/models/yolo/data';
import { YOLO_IO } from '../../../src/models/yolo/io';
import { yoloDecode } from '../../../src/kernels/yoloDecode';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';

const TINY: YoloTrainConfig = { ...yoloSpec.defaults, seed: 3, epochs: 3, trainSize: 48, valSize: 8, batchSize: 16, model: { filters: [4, 4, 8, 8] } };
const ANCHORS: Anchor[] = [
  [8, 8],
  [12, 12],
  [24, 24],
];
const logit = (p: number) => Math.log(p / (1 - p));

describe('yolo-tiny target assignment', () => {
  // A 10×10 square centred at (20, 25): |x + 0.5 − 20| ≤ 5 holds for pixel columns 15…24 and rows 20…29.
  const scene = renderScene(
    {
      width: 64,
      height: 64,
      objects: [{ shape: 'square', colour: 0, cx: 20, cy: 25, size: 5 / (Math.sqrt(Math.PI) / 2), rotation: 0, sizeClass: 'medium' }],
      background: { base: [0.2, 0.2, 0.2], waves: [] },
    },
    { noise: 0, antialias: 1 },
  );

  it('gives the one-object scene the box and cell worked out by hand', () => {
    expect(scene.boxes).toEqual([[15, 20, 25, 30]]);
    const a = assignBox(scene.boxes[0], scene.labels[0], ANCHORS, 8, 8);
    // Centre (20, 25) / stride 8 = (2.5, 3.125): cell column 2, row 3, offsets 0.5 and 0.125.
    expect([a.cellX, a.cellY]).toEqual([2, 3]);
    expect(a.tx).toBeCloseTo(0.5, 12);
    expect(a.ty).toBeCloseTo(0.125, 12);
    // Shape IoUs of 10×10 with 8×8, 12×12, 24×24: 64/100, 100/144, 100/576: the 12×12 anchor wins.
    expect(a.anchorIous.map((v) => Number(v.toFixed(4)))).toEqual([0.64, 0.6944, 0.1736]);
    expect(a.anchor).toBe(1);
    expect(a.tw).toBeCloseTo(Math.log(10 / 12), 12);
    expect(a.th).toBeCloseTo(Math.log(10 / 12), 12);
    expect(a.label).toBe(1); // SHAPES index of 'square'
  });

  it('fills exactly the responsible slot of the dense targets, and yoloDecode maps its targets back to the box', () => {
    const t = yoloTargets([scene.boxes], [scene.labels], ANCHORS, { stride: 8, grid: 8, numClasses: 3, imageSize: 64 });
    const slot = (3 * 8 + 2) * 3 + 1; // ((row · S) + column) · A + anchor
    expect(Array.from(t.mask.entries()).filter(([, v]) => v)).toEqual([[slot, 1]]);
    expect(Array.from(t.classes.subarray(3 * slot, 3 * slot + 3))).toEqual([0, 1, 0]);
    expect(t.scale[slot]).toBeCloseTo(2 - 100 / 4096, 6); // YOLOv3's 2 − w·h/(W·H)
    // A head whose responsible channels hold the raw values the targets ask for (σ⁻¹ of the offsets).
    const head = new Float32Array(24 * 64);
    const [tx, ty] = t.xy.subarray(2 * slot);
    const [tw, th] = t.wh.subarray(2 * slot);
    [logit(tx), logit(ty), tw, th].forEach((v, k) => (head[(1 * 8 + k) * 64 + 3 * 8 + 2] = v));
    const d = yoloDecode({ data: head, shape: [24, 8, 8] }, { anchors: ANCHORS, stride: 8, numClasses: 3 });
    const row = (1 * 8 + 3) * 8 + 2;
    // Float32 round trip of σ⁻¹ and exp: a few ulps of 30 px.
    expect(maxAbsDiff(d.boxes.data.subarray(4 * row, 4 * row + 4), [15, 20, 25, 30])).toBeLessThan(1e-4);
  });

  it('counts two objects claiming one slot as a collision, the later one winning', () => {
    const t = yoloTargets(
      [
        [
          [16, 16, 26, 26],
          [17, 17, 27, 27],
        ],
      ],
      [[0, 2]],
      ANCHORS,
      { stride: 8, grid: 8, numClasses: 3, imageSize: 64 },
    );
    expect(t.collisions).toBe(1);
    const slot = (2 * 8 + 2) * 3 + 1;
    expect(Array.from(t.classes.subarray(3 * slot, 3 * slot + 3))).toEqual([0, 0, 1]);
  });
});

describe('yolo-tiny loss', () => {
  beforeAll(async () => {
    await useTfBackend('cpu');
  });

  it('BCE on logits equals tfjs sigmoidCrossEntropy, including large |z|', () => {
    const z = tf.tensor1d([-30, -3, -0.5, 0, 0.7, 4, 30]);
    for (const y of [0, 1]) {
      const ours = tf.tidy(() => bceWithLogits(z, y).dataSync());
      const ref = tf.tidy(() => tf.losses.sigmoidCrossEntropy(tf.fill(z.shape, y), z, undefined, 0, tf.Reduction.NONE).dataSync());
      expect(maxAbsDiff(ours, ref)).toBeLessThan(1e-6); // float32 rounding of log1p(e^−|z|)
    }
    z.dispose();
  });

  it('equals the hand-computed sum on a 1×1 grid with one responsible and one empty anchor', () => {
    // Anchor 0 responsible: raw (tx, ty, tw, th, to, c) = (0, 0, 0.2, −0.1, 0, [1, 0, 0]) vs targets
    // (0.25, 0.75, 0.5, 0.1), class 2, scale 1.5. Anchor 1 empty with to = 2.
    const head = tf.tensor4d([0, 0, 0.2, -0.1, 0, 1, 0, 0, 9, 9, 9, 9, 2, 9, 9, 9], [1, 1, 1, 16]);
    const t = {
      mask: tf.tensor4d([1, 0], [1, 1, 1, 2]),
      xy: tf.tensor5d([0.25, 0.75, 0, 0], [1, 1, 1, 2, 2]),
      wh: tf.tensor5d([0.5, 0.1, 0, 0], [1, 1, 1, 2, 2]),
      classes: tf.tensor5d([0, 0, 1, 0, 0, 0], [1, 1, 1, 2, 3]),
      scale: tf.tensor4d([1.5, 0], [1, 1, 1, 2]),
    };
    const l = yoloLoss(head, t, 3, { coord: 5, noObject: 0.5 });
    const box = 5 * 1.5 * ((0.5 - 0.25) ** 2 + (0.5 - 0.75) ** 2 + (0.2 - 0.5) ** 2 + (-0.1 - 0.1) ** 2);
    const obj = Math.log(2); // BCE(σ(0), 1)
    const noObj = 0.5 * Math.log(1 + Math.exp(2)); // BCE(σ(2), 0)
    const cls = -(0 - Math.log(Math.E + 2)); // −log softmax([1, 0, 0])[2]
    const got = [l.box, l.objectness, l.noObject, l.classes, l.total].map((s) => s.dataSync()[0]);
    expect(maxAbsDiff(got, [box, obj, noObj, cls, box + obj + noObj + cls])).toBeLessThan(1e-5); // float32 sums of O(1) terms
    tf.dispose([head, ...Object.values(t), ...Object.values(l)]);
  });
});

describe('yolo-tiny training (tiny config, wasm)', () => {
  beforeAll(async () => {
    await useTfBackend('wasm');
  });

  it('draws up to five objects per scene with the detector’s data options', () => {
    const counts = shapesDataset(2, 80, YOLO_DATA).map((s) => s.objects.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(5);
  });

  it('is deterministic and lowers the training loss over three short epochs', () => {
    const runs = [0, 1].map(() => {
      const r = fitModel(yoloSpec, TINY);
      const out = {
        history: r.history.map(({ seconds: _s, ...h }) => h),
        weights: r.model.getWeights().map((w) => Array.from(w.dataSync())),
        anchors: r.validation.anchors,
      };
      r.model.dispose();
      return out;
    });
    expect(runs[0]).toEqual(runs[1]);
    const losses = runs[0].history.map((h) => h.trainLoss);
    expect(losses).toHaveLength(3);
    expect(losses[2]).toBeLessThan(losses[0]);
    // Anchors come sorted by area, as anchorKMeans promises, and within the boxes' size range.
    const areas = runs[0].anchors.map(([w, h]) => w * h);
    expect([...areas].sort((p, q) => p - q)).toEqual(areas);
    expect(runs[0].anchors.flat().every((v) => v > 4 && v < 40)).toBe(true);
  });

  it('exports the untrained net to ONNX that onnxruntime runs to the same head (LeakyRelu included)', async () => {
    const m = buildYolo({ filters: [4, 4, 8, 8], seed: 7 });
    const r = randomSeeded(9);
    const x = Float32Array.from({ length: 2 * 64 * 64 * 3 }, () => r());
    const nhwc = tf.tidy(() => (m.predict(tf.tensor4d(x, [2, 64, 64, 3])) as tf.Tensor).dataSync() as Float32Array);
    const nchw = new Float32Array(x.length);
    for (let n = 0; n < 2; n++) for (let p = 0; p < 4096; p++) for (let c = 0; c < 3; c++) nchw[(n * 3 + c) * 4096 + p] = x[(n * 4096 + p) * 3 + c];
    const out = (await runOnce(exportYolo(m), { [YOLO_IO.input]: { data: nchw, shape: [2, 3, 64, 64] } }))[YOLO_IO.head];
    expect(out.shape).toEqual([2, 24, 8, 8]);
    const want = new Float32Array([...headOfNhwc(nhwc, 0, 8, 24).data, ...headOfNhwc(nhwc, 1, 8, 24).data]);
    expect(maxAbsDiff(out.data, want)).toBeLessThan(1e-4); // float32 accumulation order differs between XNNPACK and ORT
    // The slope is darknet’s 0.1, not tfjs’s default 0.3 (the parity above holds for either).
    expect(m.getLayer('leaky1').getConfig().alpha).toBeCloseTo(0.1, 7);
    m.dispose();
  });
});
