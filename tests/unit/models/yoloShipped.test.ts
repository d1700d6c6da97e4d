import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onnxPath, readCard, readOnnx, sha256 } from '../../../src/cli/modelFiles';
import { loadTfjsModel } from '../../../src/cli/tfjsFiles';
import { detBatch } from '../../../src/models/yolo/data';
import { detect, headOfNchw, headOfNhwc, type DetectOptions } from '../../../src/models/yolo/detect';
import { YOLO_IO } from '../../../src/models/yolo/io';
import { yoloSpec } from '../../../src/models/yolo/spec';
import type { Anchor } from '../../../src/models/yolo/targets';
import type { ModelCard } from '../../../src/models/modelCard';
import { createSession, runSession } from '../../../src/models/runtime/ort';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import type { ShapesOptions } from '../../../src/models/data/shapes';

/** The shipped detector: models/yolo-tiny/. Never retrains; every claim comes from the card. */
interface Card {
  data: { seed: number; options: Partial<ShapesOptions>; anchors: Anchor[]; anchorKMeans: { meanIou: number } };
  io: { anchors: Anchor[]; postprocess: Omit<DetectOptions, 'anchors'>; outputShape: (string | number)[] };
  validation: { mAP50: number; mAP50_95: number };
  files: { model: { bytes: number; sha256: string } };
  parameters: number;
}
const NAME = 'yolo-tiny';
const card = readCard<Card>(NAME);
const bytes = readOnnx(NAME);
const FRESH_SEED = 424242;
const K = YOLO_IO.anchorsPerCell * (5 + YOLO_IO.numClasses);

describe('shipped yolo-tiny', () => {
  let model: tf.LayersModel;
  beforeAll(async () => {
    await useTfBackend('cpu');
    model = await loadTfjsModel(NAME);
  });
  afterAll(() => model.dispose());

  it('has a card whose size and sha256 match the .onnx file (≤ 5 MB) and whose decoder anchors are the k-means ones', () => {
    expect(statSync(onnxPath(NAME)).size).toBe(card.files.model.bytes);
    expect(sha256(bytes)).toBe(card.files.model.sha256);
    expect(card.files.model.bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(card.io.anchors).toEqual(card.data.anchors);
    expect(card.io.anchors).toHaveLength(YOLO_IO.anchorsPerCell);
    expect(card.io.outputShape).toEqual(['batch', K, YOLO_IO.grid, YOLO_IO.grid]);
    expect(card.data.anchorKMeans.meanIou).toBeGreaterThan(0.5);
  });

  it('tfjs (shipped weights) and onnxruntime agree on the raw head within 1e-4, and keep the same boxes after NMS', async () => {
    const b = detBatch(FRESH_SEED, 0, 12, card.data.options);
    const S = b.size;
    expect(model.countParams()).toBe(card.parameters);
    const nhwc = tf.tidy(() => (model.predict(tf.tensor4d(b.nhwc, [b.count, S, S, 3])) as tf.Tensor).dataSync() as Float32Array);
    const session = await createSession(bytes);
    const out = (await runSession(session, { [YOLO_IO.input]: { data: b.nchw, shape: [b.count, 3, S, S] } }))[YOLO_IO.head];
    await session.release();
    expect(out.shape).toEqual([b.count, K, YOLO_IO.grid, YOLO_IO.grid]);
    const G = YOLO_IO.grid;
    const fromTf = Array.from({ length: b.count }, (_, i) => headOfNhwc(nhwc, i, G, K));
    // Same float32 convolutions summed in a different order (XNNPACK vs ORT's MLAS).
    expect(maxAbsDiff(out.data, new Float32Array(fromTf.flatMap((h) => Array.from(h.data))))).toBeLessThan(1e-4);
    const o = { anchors: card.io.anchors, ...card.io.postprocess, scoreThreshold: 0.25 };
    for (let i = 0; i < b.count; i++) {
      const a = detect(fromTf[i], o).kept;
      const c = detect(headOfNchw(out.data, i, G, K), o).kept;
      expect(c.map((d) => [d.row, d.label])).toEqual(a.map((d) => [d.row, d.label]));
      // A 1e-4 logit difference moves a box by at most ~1e-4 × (stride or box size) pixels.
      c.forEach((d, k) => expect(maxAbsDiff(d.box, a[k].box)).toBeLessThan(1e-2));
    }
  });

  it('leaks no tfjs tensors over 30 repeated inferences', () => {
    const b = detBatch(FRESH_SEED, 100, 2, card.data.options);
    const infer = () => tf.tidy(() => (model.predict(tf.tensor4d(b.nhwc, [2, b.size, b.size, 3])) as tf.Tensor).dataSync());
    infer();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) infer();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reaches the 0.90 mAP50 goal on 200 scenes of a stream it never trained on, as its card says it did on validation', async () => {
    const m = await yoloSpec.evaluate({ model: bytes }, readCard<ModelCard>(NAME), FRESH_SEED, 200);
    expect(m.mAP50 as number).toBeGreaterThanOrEqual(0.9);
    expect(card.validation.mAP50).toBeGreaterThanOrEqual(0.9);
    expect(m.mAP50_95 as number).toBeLessThan(m.mAP50 as number); // stricter thresholds can only lose matches
  });

  it('eval CLI prints exactly one JSON line of metrics', () => {
    const stdout = execFileSync('node_modules/.bin/tsx', ['src/cli/eval.ts', NAME, '--seed', '77', '--count', '32'], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]);
    expect(j).toMatchObject({ model: NAME, seed: 77, count: 32, sha256Matches: true });
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['mAP50', 'mAP50_95', 'mAP50_voc', 'ap50']));
  });
});
