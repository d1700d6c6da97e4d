import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onnxPath, readCard, readOnnx, sha256 } from '../../../src/cli/modelFiles';
import { loadTfjsModel } from '../../../src/cli/tfjsFiles';
import { segBatch } from '../../../src/models/unet/data';
import { unetSpec } from '../../../src/models/unet/spec';
import type { ModelCard } from '../../../src/models/modelCard';
import { UNET_IO } from '../../../src/models/unet/io';
import { createSession, runSession } from '../../../src/models/runtime/ort';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import type { ShapesOptions } from '../../../src/models/data/shapes';

/** The shipped U-Nets: models/unet/ and its ablation models/unet-noskip/. Never retrains; every claim comes from the card. */
interface Card {
  data: { seed: number; options: Partial<ShapesOptions>; validationSize: number };
  validation: { meanIoU: number; iou: number[]; pixelAccuracy: number };
  architecture: { inputSize: number; skips: boolean };
  files: { model: { bytes: number; sha256: string } };
  tfjsWeights: { sha256: Record<string, string> };
  parameters: number;
}
const FRESH_SEED = 424242;

/** NHWC [N, S, S, C] → NCHW. */
function toNchw(x: Float32Array, N: number, S: number, C: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let n = 0; n < N; n++) for (let p = 0; p < S * S; p++) for (let c = 0; c < C; c++) out[(n * C + c) * S * S + p] = x[(n * S * S + p) * C + c];
  return out;
}

describe.each(['unet', 'unet-noskip'] as const)('shipped %s', (name) => {
  const card = readCard<Card>(name);
  const bytes = readOnnx(name);
  let model: tf.LayersModel;
  beforeAll(async () => {
    await useTfBackend('cpu');
    model = await loadTfjsModel(name);
  });
  afterAll(() => model.dispose());

  it('has a card whose size and sha256 match the .onnx file, well under 5 MB', () => {
    expect(statSync(onnxPath(name)).size).toBe(card.files.model.bytes);
    expect(sha256(bytes)).toBe(card.files.model.sha256);
    expect(card.files.model.bytes).toBeLessThan(1024 * 1024);
    expect(card.architecture.skips).toBe(name === 'unet');
  });

  it('tfjs (shipped weights) and onnxruntime agree on logits and probs within 1e-4', async () => {
    const b = segBatch(FRESH_SEED, 0, 12, card.data.options);
    const S = b.size;
    expect(model.countParams()).toBe(card.parameters);
    const logits = tf.tidy(() => (model.predict(tf.tensor4d(b.nhwc, [b.count, S, S, 3])) as tf.Tensor).dataSync() as Float32Array);
    const probs = tf.tidy(() => tf.softmax(tf.tensor4d(logits, [b.count, S, S, 4])).dataSync() as Float32Array);
    const session = await createSession(bytes);
    const out = await runSession(session, { [UNET_IO.input]: { data: b.nchw, shape: [b.count, 3, S, S] } });
    await session.release();
    expect(out[UNET_IO.logits].shape).toEqual([b.count, 4, S, S]);
    expect(maxAbsDiff(out[UNET_IO.logits].data, toNchw(logits, b.count, S, 4))).toBeLessThan(1e-4);
    expect(maxAbsDiff(out[UNET_IO.probs].data, toNchw(probs, b.count, S, 4))).toBeLessThan(1e-4);
  });

  it('leaks no tfjs tensors over 30 repeated inferences', () => {
    const b = segBatch(FRESH_SEED, 100, 2, card.data.options);
    const infer = () => tf.tidy(() => (model.predict(tf.tensor4d(b.nhwc, [2, b.size, b.size, 3])) as tf.Tensor).dataSync());
    infer();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) infer();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('scores on fresh scenes within sampling noise of the card’s validation mean IoU', async () => {
    // Ten independent 40-scene estimates give the spread of one; scale it to the 400-scene test
    // and to the card's validation-set size, and allow three standard errors of the difference.
    const chunks = 10,
      per = 40;
    const whole = { meanIoU: await freshMeanIoU(name, FRESH_SEED, chunks * per) };
    const parts: number[] = [];
    for (let c = 0; c < chunks; c++) parts.push(await freshMeanIoU(name, FRESH_SEED + 1 + c, per));
    const mean = parts.reduce((a, b) => a + b, 0) / chunks;
    const sdChunk = Math.sqrt(parts.reduce((a, b) => a + (b - mean) ** 2, 0) / (chunks - 1));
    const seTest = sdChunk / Math.sqrt(chunks);
    const seCard = sdChunk * Math.sqrt(per / card.data.validationSize);
    const tolerance = 3 * Math.hypot(seTest, seCard) + 0.005;
    expect(
      Math.abs(whole.meanIoU - card.validation.meanIoU),
      `fresh ${whole.meanIoU.toFixed(4)} vs card ${card.validation.meanIoU.toFixed(4)}, tolerance ${tolerance.toFixed(4)}`,
    ).toBeLessThanOrEqual(tolerance);
  });
});

/** Mean IoU of a shipped U-Net on `count` fresh scenes of stream `seed`, by its spec's ONNX evaluation. */
async function freshMeanIoU(name: 'unet' | 'unet-noskip', seed: number, count: number): Promise<number> {
  const m = await unetSpec(name).evaluate({ model: readOnnx(name) }, readCard<ModelCard>(name), seed, count);
  return m.meanIoU as number;
}

describe('the skip connections', () => {
  it('the U-Net with skips beats the same network trained without them (cards and a fresh evaluation agree)', async () => {
    const withSkips = readCard<Card>('unet');
    const without = readCard<Card>('unet-noskip');
    expect(withSkips.validation.meanIoU).toBeGreaterThan(without.validation.meanIoU);
    expect(await freshMeanIoU('unet', 777, 200)).toBeGreaterThan(await freshMeanIoU('unet-noskip', 777, 200));
  });

  it('eval CLI prints exactly one JSON line of metrics', () => {
    const stdout = execFileSync('node_modules/.bin/tsx', ['src/cli/eval.ts', 'unet', '--seed', '77', '--count', '64'], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]);
    expect(j).toMatchObject({ model: 'unet', seed: 77, count: 64, sha256Matches: true });
    expect(j.meanIoU).toBeGreaterThan(0.8);
  });
});
