import { writeSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { averagePrecision } from '../../src/kernels/averagePrecision';
import { nms } from '../../src/kernels/nms';
import { randInt, randomSeeded, uniform } from '../../src/kernels/random';
import { nonMaxSuppressionFeeds, nonMaxSuppressionModel } from '../../src/models/onnx/reference/nonMaxSuppression';
import { createSession, loadOrt } from '../../src/models/runtime/ort';
import { clusteredBoxes, distinctScores } from '../unit/kernels/detectionCases';

/**
 * Pure-TS nms vs onnxruntime-web NonMaxSuppression (wasm, one thread, one class) on pre-NMS
 * detector output: ~20 jittered candidates per object, IoU threshold 0.5, at 1,000 boxes
 * (50 objects on 640²) and 10,000 (500 objects on 2000², the same density). The ORT session and
 * its input tensors are built once, outside the timed function, so only `run()` is timed; ours is
 * timed end to end (checks, sort, greedy loop). Then averagePrecision (VOC matching, all-point)
 * over 10,000 detections on 100 images with 20 ground truths each.
 */
const SIZES = [
  { n: 1000, extent: 640 },
  { n: 10000, extent: 2000 },
];
const IOU = 0.5;

// vitest 4 runs no beforeAll/afterAll in bench mode and swallows console output, so the setup
// is top-level and the summary goes straight to stderr from the last task's teardown.
const ort = await loadOrt();
const cases = await Promise.all(
  SIZES.map(async ({ n, extent }) => {
    const rand = randomSeeded(n);
    const boxes = clusteredBoxes(rand, n, n / 20, extent);
    const scores = distinctScores(rand, n);
    const session = await createSession(nonMaxSuppressionModel(n, 1));
    const f = nonMaxSuppressionFeeds(boxes, scores, IOU, 0);
    const feeds = {
      boxes: new ort.Tensor('float32', f.boxes.data, f.boxes.shape),
      scores: new ort.Tensor('float32', f.scores.data, f.scores.shape),
      max_output_boxes_per_class: new ort.Tensor('int64', f.max_output_boxes_per_class.data, [1]),
      iou_threshold: new ort.Tensor('float32', f.iou_threshold.data, [1]),
      score_threshold: new ort.Tensor('float32', f.score_threshold.data, [1]),
    };
    const kept = nms(boxes, scores, IOU).length;
    const ref = await session.run(feeds);
    const agree = ref.selected_indices.dims[0] === kept;
    ref.selected_indices.dispose();
    return { n, boxes, scores, session, feeds, kept, agree, ours: [] as number[], ort: [] as number[], oursCpu: [] as number[], ortCpu: [] as number[] };
  }),
);

const rand = randomSeeded(5);
const gts: { image: number; box: number[] }[] = [];
const dets: { image: number; box: number[]; score: number }[] = [];
for (let image = 0; image < 100; image++) {
  const objects = Array.from({ length: 20 }, () => {
    const [x, y, w, h] = [uniform(rand, 0, 600), uniform(rand, 0, 600), uniform(rand, 10, 80), uniform(rand, 10, 80)];
    gts.push({ image, box: [x, y, x + w, y + h] });
    return [x, y, w, h];
  });
  for (let k = 0; k < 100; k++) {
    const [x, y, w, h] = objects[randInt(rand, 0, objects.length - 1)];
    const j = () => uniform(rand, -0.3, 0.3) * w;
    dets.push({ image, box: [x + j(), y + j(), x + w + j(), y + h + j()], score: rand() });
  }
}
const ap = { wall: [] as number[], cpu: [] as number[], value: 0 };

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function report(_task: unknown, mode?: string) {
  if (mode !== 'run') return;
  const ms = (a: number[]) => median(a).toFixed(2).padStart(8);
  let text = `\nnms, IoU ${IOU}, one class — medians; ORT = onnxruntime-web NonMaxSuppression (wasm, ${ort.env.wasm.numThreads} thread)`;
  for (const c of cases) {
    text +=
      `\n  ${String(c.n).padStart(6)} boxes, ${c.kept} kept${c.agree ? '' : ' (ORT DISAGREES)'}: ours ${ms(c.ours)} ms wall ${ms(c.oursCpu)} ms cpu; ` +
      `ORT ${ms(c.ort)} ms wall ${ms(c.ortCpu)} ms cpu; RATIO ours/ORT = ${(median(c.ours) / median(c.ort)).toFixed(2)}× wall, ` +
      `${(median(c.oursCpu) / median(c.ortCpu)).toFixed(2)}× cpu (goal ≤ 1×)`;
  }
  text += `\naveragePrecision, ${dets.length} detections, ${gts.length} ground truths, VOC all-point (AP ${ap.value.toFixed(3)}): ${ms(ap.wall)} ms wall ${ms(ap.cpu)} ms cpu (goal ≤ 50 ms)\n\n`;
  writeSync(2, text);
  for (const c of cases) void c.session.release();
}

for (const c of cases) {
  describe(`nms, ${c.n} boxes`, () => {
    bench(
      'pure-TS nms',
      () => {
        const [t0, c0] = [performance.now(), process.cpuUsage()];
        nms(c.boxes, c.scores, IOU);
        c.ours.push(performance.now() - t0);
        c.oursCpu.push(cpuMs(c0));
      },
      { iterations: c.n > 5000 ? 10 : 30, warmupIterations: 3, setup: resetOnRun(c.ours, c.oursCpu) },
    );
    bench(
      'onnxruntime-web NonMaxSuppression (wasm, 1 thread)',
      async () => {
        const [t0, c0] = [performance.now(), process.cpuUsage()];
        const out = await c.session.run(c.feeds);
        c.ort.push(performance.now() - t0);
        c.ortCpu.push(cpuMs(c0));
        for (const t of Object.values(out)) t.dispose();
      },
      { iterations: c.n > 5000 ? 10 : 30, warmupIterations: 3, setup: resetOnRun(c.ort, c.ortCpu) },
    );
  });
}

describe(`averagePrecision, ${dets.length} detections`, () => {
  bench(
    'averagePrecision (VOC matching, all-point)',
    () => {
      const [t0, c0] = [performance.now(), process.cpuUsage()];
      ap.value = averagePrecision(dets, gts, { iouThreshold: 0.5, method: 'all-point' }).ap;
      ap.wall.push(performance.now() - t0);
      ap.cpu.push(cpuMs(c0));
    },
    { iterations: 20, warmupIterations: 3, setup: resetOnRun(ap.wall, ap.cpu), teardown: report },
  );
});
