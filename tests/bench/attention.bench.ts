import { writeSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { scaledDotProductAttention } from '../../src/kernels/attention';
import { tensor } from '../../src/kernels/tensor';
import { randomSeeded, uniform } from '../../src/kernels/random';
import { createSession, loadOrt } from '../../src/models/runtime/ort';
import { attentionModel } from '../../src/models/onnx/reference/attention';

/**
 * Pure-TS scaledDotProductAttention vs the ONNX graph Transpose/MatMul → Div → Softmax → MatMul
 * in onnxruntime-web (wasm, one thread) on one ViT-B/16 head: T = 197 tokens (196 patches + CLS),
 * d = dv = 64. Both return the output [197, 64] and the weights [197, 197]. The ORT session and
 * its input tensors are built once, outside the timed function, so only `run()` is timed.
 */
const [T, D] = [197, 64];
const rand = randomSeeded(11);
const rnd = () =>
  tensor(
    [T, D],
    Array.from({ length: T * D }, () => uniform(rand, -1, 1)),
  );
const [q, k, v] = [rnd(), rnd(), rnd()];

// vitest 4 runs no beforeAll/afterAll in bench mode and swallows console output, so the setup
// is top-level and the summary goes straight to stderr from the last task's teardown.
const ort = await loadOrt();
const session = await createSession(attentionModel(T, T, D, D));
const feeds = Object.fromEntries(Object.entries({ q, k, v }).map(([name, t]) => [name, new ort.Tensor('float32', t.data, t.shape)]));
// Wall time and this process's CPU time per call: ORT runs single-threaded on this thread, so CPU
// time compares the two fairly even when other processes compete for the cores.
const times = { ours: [] as number[], ort: [] as number[], oursCpu: [] as number[], ortCpu: [] as number[] };
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function report(_task: unknown, mode?: string) {
  if (mode !== 'run') return;
  const row = (name: string, wall: number[], cpu: number[]) =>
    `\n  ${name.padEnd(36)} ${median(wall).toFixed(2).padStart(7)} ms wall ${median(cpu).toFixed(2).padStart(7)} ms cpu`;
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  writeSync(
    2,
    `\nattention T = ${T}, d = ${D} — medians of ${times.ort.length} runs` +
      row('pure-TS scaledDotProductAttention', times.ours, times.oursCpu) +
      row(`onnxruntime-web (wasm, ${ort.env.wasm.numThreads} thread)`, times.ort, times.ortCpu) +
      `\n  RATIO ours/ORT = ${ratio(times.ours, times.ort)}× wall, ${ratio(times.oursCpu, times.ortCpu)}× cpu (target ≤ 1.5×)\n\n`,
  );
  void session.release();
}

describe(`scaled dot-product attention, T = ${T}, d = ${D}`, () => {
  bench(
    'pure-TS scaledDotProductAttention',
    () => {
      const [t0, c0] = [performance.now(), process.cpuUsage()];
      scaledDotProductAttention(q, k, v);
      times.ours.push(performance.now() - t0);
      times.oursCpu.push(cpuMs(c0));
    },
    { iterations: 50, warmupIterations: 10, setup: resetOnRun(times.ours, times.oursCpu) },
  );

  bench(
    'onnxruntime-web attention graph (wasm, 1 thread)',
    async () => {
      const [t0, c0] = [performance.now(), process.cpuUsage()];
      const out = await session.run(feeds);
      times.ort.push(performance.now() - t0);
      times.ortCpu.push(cpuMs(c0));
      for (const t of Object.values(out)) t.dispose();
    },
    { iterations: 50, warmupIterations: 10, setup: resetOnRun(times.ort, times.ortCpu), teardown: report },
  );
});
