import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { median } from './benchStats';
import { buildUNet } from '../../src/models/unet/model';
import { UNET_DATA, segBatch, type SegBatch } from '../../src/models/unet/data';
import { segTrainStep } from '../../src/models/unet/train';
import { useTfBackend } from '../../src/models/runtime/tfBackend';

/**
 * U-Net training steps per second, the work the unet-lessons demo's worker does per step (one
 * Adam step of the shipped architecture, batch 8, class weights [1, 2, 2, 2], data made
 * beforehand): tfjs wasm (what the worker uses, with our conv gradient kernels) vs tfjs cpu.
 * Prints steps/s and the ratio in one run.
 */
const BATCH = 8;
const WEIGHTS = [1, 2, 2, 2];
const times: Record<string, number[]> = { wasm: [], cpu: [] };
let data: SegBatch;
const models: Partial<Record<'wasm' | 'cpu', { model: tf.LayersModel; opt: tf.Optimizer }>> = {};

beforeAll(async () => {
  data = segBatch(777, 0, BATCH, UNET_DATA);
  for (const b of ['cpu', 'wasm'] as const) {
    await useTfBackend(b);
    models[b] = { model: buildUNet({ seed: 1 }), opt: tf.train.adam(3e-3) };
  }
});

afterAll(() => {
  const [w, c] = [median(times.wasm), median(times.cpu)];
  console.error(
    `\nU-Net training step, batch ${BATCH}: tfjs wasm ${w.toFixed(0)} ms (${(1000 / w).toFixed(2)} steps/s) | tfjs cpu ${c.toFixed(0)} ms (${(1000 / c).toFixed(2)} steps/s) | wasm ${(c / w).toFixed(1)}× faster\n`,
  );
});

const step = (b: 'wasm' | 'cpu') => async () => {
  await tf.setBackend(b);
  const { model, opt } = models[b]!;
  const t0 = performance.now();
  segTrainStep(model, opt, data, WEIGHTS);
  times[b].push(performance.now() - t0);
};

describe('U-Net training step (batch 8)', () => {
  bench('tfjs wasm', step('wasm'), { iterations: 8, time: 0, warmupIterations: 2 });
  bench('tfjs cpu', step('cpu'), { iterations: 3, time: 0, warmupIterations: 1 });
});
