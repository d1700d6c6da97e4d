import { writeSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { conv2d, type Conv2dOptions } from '../../src/kernels/conv2d';
import { tensor, type Tensor } from '../../src/kernels/tensor';
import { randomSeeded, uniform } from '../../src/kernels/random';
import { convModel } from '../../src/models/onnx/reference/conv';
import { createSession, loadOrt } from '../../src/models/runtime/ort';
import { useTfBackend } from '../../src/models/runtime/tfBackend';

/**
 * Pure-TS conv2d vs onnxruntime-web Conv (wasm, one thread: MLAS SIMD GEMM) vs tfjs conv2d (the
 * wasm backend, XNNPACK SIMD, if it initialises in Node, else cpu: the report names it), at the
 * shapes of U-Net layers: 3×3 convs, pads 1, with bias. ORT's session and input tensor and tfjs's
 * input and filter tensors are built once, outside the timed function; ours is timed end to end
 * (checks, im2col, packing, output allocation). Each call's wall time and this process's CPU time
 * are recorded; CPU time is the fairer number on a shared machine (all three run on this thread).
 */
const SHAPES: { name: string; x: number[]; m: number }[] = [
  { name: 'U-Net level 1', x: [1, 16, 32, 32], m: 16 },
  { name: 'U-Net bottleneck', x: [1, 64, 8, 8], m: 64 },
  { name: 'shipped U-Net enc1', x: [1, 8, 32, 32], m: 8 },
];
const OPTS: Conv2dOptions = { padding: [1, 1, 1, 1] };

const rand = randomSeeded(5);
const random = (shape: number[]) =>
  tensor(
    shape,
    Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => uniform(rand, -1, 1)),
  );

// vitest 4 runs no beforeAll/afterAll in bench mode and swallows console output, so the setup is
// top-level and the summary goes straight to stderr from the last task's teardown.
const ort = await loadOrt();
const backend = await useTfBackend('wasm');

interface Case {
  name: string;
  x: Tensor;
  w: Tensor;
  b: Tensor;
  session: Awaited<ReturnType<typeof createSession>>;
  feeds: Record<string, InstanceType<typeof ort.Tensor>>;
  tfX: tf.Tensor4D;
  tfW: tf.Tensor4D;
  tfB: tf.Tensor1D;
  times: Record<'ours' | 'ort' | 'tfjs', { wall: number[]; cpu: number[] }>;
}

/** [M, C, kh, kw] → tfjs's HWIO [kh, kw, C, M]. */
function toHwio(w: Tensor): tf.Tensor4D {
  return tf.tidy(() => tf.transpose(tf.tensor4d(w.data, w.shape as [number, number, number, number]), [2, 3, 1, 0]) as tf.Tensor4D);
}

const cases: Case[] = [];
for (const s of SHAPES) {
  const [n, c, h, w] = s.x;
  const x = random(s.x);
  const wt = random([s.m, c, 3, 3]);
  const b = random([s.m]);
  const session = await createSession(convModel(s.x, wt, b, OPTS));
  const tfX = tf.tidy(() => tf.transpose(tf.tensor4d(x.data, [n, c, h, w]), [0, 2, 3, 1]) as tf.Tensor4D); // NHWC
  const times = { ours: { wall: [], cpu: [] }, ort: { wall: [], cpu: [] }, tfjs: { wall: [], cpu: [] } };
  cases.push({
    name: s.name,
    x,
    w: wt,
    b,
    session,
    feeds: { x: new ort.Tensor('float32', x.data, s.x) },
    tfX,
    tfW: toHwio(wt),
    tfB: tf.tensor1d(b.data),
    times,
  });
}

function timed(slot: { wall: number[]; cpu: number[] }, f: () => unknown): void {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  f();
  const u = process.cpuUsage(c0);
  slot.wall.push(performance.now() - t0);
  slot.cpu.push((u.user + u.system) / 1000);
}
async function timedAsync(slot: { wall: number[]; cpu: number[] }, f: () => Promise<unknown>): Promise<void> {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  await f();
  const u = process.cpuUsage(c0);
  slot.wall.push(performance.now() - t0);
  slot.cpu.push((u.user + u.system) / 1000);
}

function report(_task: unknown, mode?: string) {
  if (mode !== 'run') return;
  const lines = cases.map(({ name, x, w, times }) => {
    const macs = x.shape[0] * w.shape[0] * x.shape[2] * x.shape[3] * w.shape[1] * 9;
    const cell = (k: keyof Case['times']) => `${median(times[k].wall).toFixed(3)} / ${median(times[k].cpu).toFixed(3)} ms`;
    const ratio = (k: 'ours' | 'tfjs') =>
      `${(median(times[k].wall) / median(times.ort.wall)).toFixed(2)}× / ${(median(times[k].cpu) / median(times.ort.cpu)).toFixed(2)}×`;
    return (
      `\n  ${name} [${x.shape}] → ${w.shape[0]}, 3×3, ${(macs / 1e6).toFixed(2)}M MACs (wall / cpu medians of ${times.ort.wall.length})` +
      `\n    pure-TS conv2d ${cell('ours')} (${(macs / 1e6 / median(times.ours.cpu)).toFixed(2)} GMAC/s cpu)` +
      `\n    ORT Conv       ${cell('ort')} (${(macs / 1e6 / median(times.ort.cpu)).toFixed(2)} GMAC/s cpu)` +
      `\n    tfjs ${backend.backend.padEnd(4)} conv2d ${cell('tfjs')}` +
      `\n    RATIO ours/ORT = ${ratio('ours')} (goal ≤ 2.5×); tfjs/ORT = ${ratio('tfjs')}`
    );
  });
  writeSync(2, `\nconv2d, ORT wasm ${ort.env.wasm.numThreads} thread, tfjs backend ${backend.backend} (${backend.note})${lines.join('')}\n\n`);
  for (const c of cases) void c.session.release();
}

for (const [i, c] of cases.entries()) {
  describe(`conv2d ${c.name} [${c.x.shape}] → ${c.w.shape[0]}, 3×3`, () => {
    const opts = { iterations: 30, warmupIterations: 5 };
    bench('pure-TS conv2d', () => timed(c.times.ours, () => conv2d(c.x, c.w, c.b, OPTS)), { ...opts, setup: resetOnRun(c.times.ours.wall, c.times.ours.cpu) });
    bench(
      'onnxruntime-web Conv (wasm, 1 thread)',
      () =>
        timedAsync(c.times.ort, async () => {
          const out = await c.session.run(c.feeds);
          for (const t of Object.values(out)) t.dispose();
        }),
      { ...opts, setup: resetOnRun(c.times.ort.wall, c.times.ort.cpu) },
    );
    bench(
      `tfjs conv2d (${backend.backend})`,
      () =>
        timed(c.times.tfjs, () => {
          // Not tf.tidy(() => y.dataSync()): tidy walks a returned container element by element,
          // which for a 16k-float array costs more than the conv.
          const y = tf.fused.conv2d({ x: c.tfX, filter: c.tfW, bias: c.tfB, strides: 1, pad: 'same' });
          y.dataSync();
          y.dispose();
        }),
      { ...opts, setup: resetOnRun(c.times.tfjs.wall, c.times.tfjs.cpu), teardown: i === cases.length - 1 ? report : undefined },
    );
  });
}
