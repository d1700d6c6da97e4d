import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { median } from './benchStats';
import { readCard, readOnnx } from '../../src/cli/modelFiles';
import { loadTfjsModel } from '../../src/cli/tfjsFiles';
import { classifierBatch, type ClassifierBatch } from '../../src/models/shapeClassifier/data';
import { createSession, runSession } from '../../src/models/runtime/ort';
import { useTfBackend } from '../../src/models/runtime/tfBackend';
import type { ShapesOptions } from '../../src/models/data/shapes';

/**
 * Inference time of the shipped shape classifier: onnxruntime-web (wasm, 1 thread) vs tfjs on its
 * wasm and cpu backends, batch 1 and 32, input upload and output download included on all sides.
 * Prints a table of medians and ratios to ORT at the end (vitest's own summary ranks each group too).
 */
type Engine = 'ort-wasm' | 'tfjs-wasm' | 'tfjs-cpu';
const BATCHES = [1, 32];
const samples = new Map<string, number[]>();
const record = (key: string, ms: number) => samples.set(key, [...(samples.get(key) ?? []), ms]);

let session: Awaited<ReturnType<typeof createSession>>;
const models: Partial<Record<'wasm' | 'cpu', tf.LayersModel>> = {};
const batches = new Map<number, ClassifierBatch>();

beforeAll(async () => {
  const options = readCard<{ data: { options: Partial<ShapesOptions> } }>('shape-classifier').data.options;
  for (const n of BATCHES) batches.set(n, classifierBatch(31337, 0, n, options));
  session = await createSession(readOnnx('shape-classifier'));
  // One model instance per backend, so no bench pays for moving weights between backends.
  for (const b of ['cpu', 'wasm'] as const) {
    await useTfBackend(b);
    models[b] = await loadTfjsModel('shape-classifier');
  }
});

afterAll(async () => {
  await session?.release();
  const rows = BATCHES.map((n) => {
    const ort = median(samples.get(`ort-wasm/${n}`) ?? [NaN]);
    const ms = (e: Engine) => median(samples.get(`${e}/${n}`) ?? [NaN]);
    return `batch ${String(n).padStart(2)}: ORT wasm ${ort.toFixed(2)} ms | tfjs wasm ${ms('tfjs-wasm').toFixed(2)} ms (${(ms('tfjs-wasm') / ort).toFixed(2)}× ORT) | tfjs cpu ${ms('tfjs-cpu').toFixed(2)} ms (${(ms('tfjs-cpu') / ort).toFixed(2)}× ORT)`;
  });
  console.log(`\nshape-classifier inference, median per call (ratio > 1: slower than ORT)\n${rows.join('\n')}\n`);
});

function run(engine: Engine, n: number): () => Promise<void> {
  return async () => {
    const b = batches.get(n)!;
    const t0 = performance.now();
    if (engine === 'ort-wasm') {
      await runSession(session, { image: { data: b.nchw, shape: [n, 3, b.size, b.size] } });
    } else {
      const m = models[engine === 'tfjs-wasm' ? 'wasm' : 'cpu']!;
      tf.tidy(() => (m.predict(tf.tensor4d(b.nhwc, [n, b.size, b.size, 3])) as tf.Tensor).dataSync());
    }
    record(`${engine}/${n}`, performance.now() - t0);
  };
}

for (const n of BATCHES) {
  describe(`shape-classifier, batch ${n}`, () => {
    const opts = (backend?: 'wasm' | 'cpu') => ({
      time: 1500,
      warmupIterations: 3,
      setup: backend ? () => tf.setBackend(backend).then(() => undefined) : undefined,
    });
    bench(`ORT wasm, batch ${n}`, run('ort-wasm', n), opts());
    bench(`tfjs wasm, batch ${n}`, run('tfjs-wasm', n), opts('wasm'));
    bench(`tfjs cpu, batch ${n}`, run('tfjs-cpu', n), opts('cpu'));
  });
}
