import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardPath, onnxPath, readCard, readOnnx, sha256 } from '../../../src/cli/modelFiles';
import { loadTfjsModel } from '../../../src/cli/tfjsFiles';
import { classifierBatch } from '../../../src/models/shapeClassifier/data';
import { shapeClassifierSpec } from '../../../src/models/shapeClassifier/spec';
import type { ModelCard } from '../../../src/models/modelCard';
import { SHAPE_CLASSIFIER_IO } from '../../../src/models/shapeClassifier/export';
import { createSession, runSession } from '../../../src/models/runtime/ort';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import type { ShapesOptions } from '../../../src/models/data/shapes';

/** The shipped model: models/shape-classifier/. Never retrains; reads the card for every claim. */
interface Card {
  data: { seed: number; options: Partial<ShapesOptions>; validationSize: number };
  validation: { accuracy: number };
  files: { model: { bytes: number; sha256: string } };
  parameters: number;
}
const NAME = 'shape-classifier';
const card = readCard<Card>(NAME);
const bytes = readOnnx(NAME);
const FRESH_SEED = 424242;

describe('shipped shape-classifier', () => {
  let model: tf.LayersModel;
  beforeAll(async () => {
    await useTfBackend('cpu');
    model = await loadTfjsModel(NAME);
  });
  afterAll(() => model.dispose());

  it('has a card whose size and sha256 match the .onnx file', () => {
    expect(statSync(onnxPath(NAME)).size).toBe(card.files.model.bytes);
    expect(sha256(bytes)).toBe(card.files.model.sha256);
    expect(card.files.model.bytes).toBeLessThan(5 * 1024 * 1024);
    expect(statSync(cardPath(NAME)).isFile()).toBe(true);
  });

  it('tfjs (shipped weights) and onnxruntime agree on logits and probs within 1e-4', async () => {
    const b = classifierBatch(FRESH_SEED, 0, 24, card.data.options);
    expect(model.countParams()).toBe(card.parameters);
    const logits = tf.tidy(() => (model.predict(tf.tensor4d(b.nhwc, [b.count, b.size, b.size, 3])) as tf.Tensor).dataSync());
    const probs = tf.tidy(() => tf.softmax(tf.tensor2d(logits, [b.count, 3])).dataSync());
    const session = await createSession(bytes);
    const out = await runSession(session, { [SHAPE_CLASSIFIER_IO.input]: { data: b.nchw, shape: [b.count, 3, b.size, b.size] } });
    await session.release();
    expect(out.logits.shape).toEqual([b.count, 3]);
    expect(maxAbsDiff(out.logits.data, logits)).toBeLessThan(1e-4);
    expect(maxAbsDiff(out.probs.data, probs)).toBeLessThan(1e-4);
  });

  it('leaks no tfjs tensors over 50 repeated inferences', () => {
    const b = classifierBatch(FRESH_SEED, 100, 4, card.data.options);
    const infer = () => tf.tidy(() => (model.predict(tf.tensor4d(b.nhwc, [4, b.size, b.size, 3])) as tf.Tensor).dataSync());
    infer();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 50; i++) infer();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('scores on fresh scenes within sampling noise of the card’s validation accuracy', async () => {
    const count = 600;
    const m = (await shapeClassifierSpec.evaluate({ model: bytes }, card as unknown as ModelCard, FRESH_SEED, count)) as { accuracy: number };
    // Two independent binomial estimates; p smoothed away from 1 so a perfect card still has a variance.
    const n2 = card.data.validationSize;
    const p = (card.validation.accuracy * n2 + 1) / (n2 + 2);
    const tolerance = 3 * Math.sqrt(p * (1 - p) * (1 / count + 1 / n2)) + 1 / count;
    expect(Math.abs(m.accuracy - card.validation.accuracy)).toBeLessThanOrEqual(tolerance);
  });

  it('eval CLI prints exactly one JSON line of metrics', () => {
    const stdout = execFileSync('node_modules/.bin/tsx', ['src/cli/eval.ts', NAME, '--seed', '77', '--count', '64'], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]);
    expect(j).toMatchObject({ model: NAME, seed: 77, count: 64, sha256Matches: true });
    expect(j.accuracy).toBeGreaterThan(0.9);
  });
});
