import { writeSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { roiAlign, type RoiAlignOptions } from '../../src/kernels/roiAlign';
import { tensor } from '../../src/kernels/tensor';
import { randomSeeded, uniform } from '../../src/kernels/random';
import { createSession, loadOrt } from '../../src/models/runtime/ort';
import { roiAlignFeeds, roiAlignModel } from '../../src/models/onnx/referenceModels';

/**
 * Pure-TS roiAlign vs onnxruntime-web RoiAlign (wasm, one thread) on a Mask R-CNN-sized job:
 * a stride-16 feature map [1,256,50,68] (an 800×1088 image), 512 random RoIs, 7×7, sampling
 * ratio 2, aligned. The ORT session and its input tensors are built once, outside the timed
 * function, so only `run()` is timed. Ours is timed end to end (checks, taps, [H,W,C] copy, output).
 */
const OPTS: RoiAlignOptions = { outputHeight: 7, outputWidth: 7, spatialScale: 1 / 16, samplingRatio: 2, aligned: true };
const [N, C, H, W] = [1, 256, 50, 68];
const K = 512;

const rand = randomSeeded(7);
const x = tensor(
  [N, C, H, W],
  Array.from({ length: N * C * H * W }, () => uniform(rand, -1, 1)),
);
const boxes: number[] = [];
for (let i = 0; i < K; i++) {
  const [bw, bh] = [uniform(rand, 16, 400), uniform(rand, 16, 400)];
  const [x1, y1] = [uniform(rand, 0, W * 16 - bw), uniform(rand, 0, H * 16 - bh)];
  boxes.push(x1, y1, x1 + bw, y1 + bh);
}
const rois = tensor([K, 4], boxes);
const batch = new Array<number>(K).fill(0);

// vitest 4 runs no beforeAll/afterAll in bench mode and swallows console output, so the setup
// is top-level and the summary goes straight to stderr from the last task's teardown.
const ort = await loadOrt();
const session = await createSession(roiAlignModel(x.shape, K, OPTS));
const f = roiAlignFeeds(x, rois, batch);
const feeds = {
  x: new ort.Tensor('float32', f.x.data, f.x.shape),
  rois: new ort.Tensor('float32', f.rois.data, f.rois.shape),
  batch_indices: new ort.Tensor('int64', f.batch_indices.data, f.batch_indices.shape),
};
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
    `\n  ${name.padEnd(36)} ${median(wall).toFixed(1).padStart(7)} ms wall ${median(cpu).toFixed(1).padStart(7)} ms cpu`;
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  writeSync(
    2,
    `\nroiAlign [${N},${C},${H},${W}], ${K} RoIs, 7×7, sr 2 — medians of ${times.ort.length} runs` +
      row('pure-TS roiAlign', times.ours, times.oursCpu) +
      row(`onnxruntime-web (wasm, ${ort.env.wasm.numThreads} thread)`, times.ort, times.ortCpu) +
      `\n  RATIO ours/ORT = ${ratio(times.ours, times.ort)}× wall, ${ratio(times.oursCpu, times.ortCpu)}× cpu (target ≤ 1.5×)\n\n`,
  );
  void session.release();
}

describe(`roiAlign [${N},${C},${H},${W}], ${K} RoIs, 7×7, sr 2, aligned`, () => {
  bench(
    'pure-TS roiAlign',
    () => {
      const [t0, c0] = [performance.now(), process.cpuUsage()];
      roiAlign(x, rois, batch, OPTS);
      times.ours.push(performance.now() - t0);
      times.oursCpu.push(cpuMs(c0));
    },
    { iterations: 20, warmupIterations: 3, setup: resetOnRun(times.ours, times.oursCpu) },
  );

  bench(
    'onnxruntime-web RoiAlign (wasm, 1 thread)',
    async () => {
      const [t0, c0] = [performance.now(), process.cpuUsage()];
      const out = await session.run(feeds);
      times.ort.push(performance.now() - t0);
      times.ortCpu.push(cpuMs(c0));
      for (const t of Object.values(out)) t.dispose();
    },
    { iterations: 20, warmupIterations: 3, setup: resetOnRun(times.ort, times.ortCpu), teardown: report },
  );
});
