import { writeSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { readCard, readOnnx } from '../../src/cli/modelFiles';
import type { ShapesOptions } from '../../src/models/data/shapes';
import { classifierBatch } from '../../src/models/shapeClassifier/data';
import { detBatch } from '../../src/models/yolo/data';
import { detect, type DetectOptions } from '../../src/models/yolo/detect';
import { YOLO_IO } from '../../src/models/yolo/io';
import type { Anchor } from '../../src/models/yolo/targets';
import { createSession, loadOrt } from '../../src/models/runtime/ort';

/**
 * The shipped yolo-tiny per image in onnxruntime-web (wasm, one thread), batch 1 and batch 32,
 * against two things in the same run: our pure-TS post-processing of its output (decode, score
 * threshold, per-class NMS: `detect` with the card's settings, as the demos run it) and the
 * shipped shape classifier in ORT at batch 1. Sessions and input tensors are built once outside
 * the timed functions, so ORT is timed on `run()` only; `detect` is timed end to end.
 * Scenes: stream 3031 (the metrics demo's held-out stream), 64×64, the card's data options.
 */
interface YoloCard {
  data: { options: Partial<ShapesOptions> };
  io: { anchors: Anchor[]; postprocess: Omit<DetectOptions, 'anchors'> };
}
const card = readCard<YoloCard>('yolo-tiny');
const clfCard = readCard<{ data: { options: Partial<ShapesOptions> } }>('shape-classifier');
const post: DetectOptions = { anchors: card.io.anchors, ...card.io.postprocess };
const BATCH = 32;
const S = YOLO_IO.inputSize;

const ort = await loadOrt();
const yolo = await createSession(readOnnx('yolo-tiny'));
const clf = await createSession(readOnnx('shape-classifier'));
const scenes = detBatch(3031, 0, BATCH, card.data.options);
const feed = (data: Float32Array, n: number, size: number) => ({ image: new ort.Tensor('float32', data, [n, 3, size, size]) });
const one = feed(scenes.nchw.slice(0, 3 * S * S), 1, S);
const many = feed(scenes.nchw, BATCH, S);
const shape = classifierBatch(31337, 0, 1, clfCard.data.options);
const clfOne = feed(shape.nchw, 1, 32);
// One head per scene, to post-process in the timed loop.
const headOut = await yolo.run(many);
const per = headOut.head.dims.slice(1).reduce((a, b) => a * b, 1);
const heads = Array.from({ length: BATCH }, (_, i) => ({
  data: (headOut.head.data as Float32Array).slice(i * per, (i + 1) * per),
  shape: headOut.head.dims.slice(1),
}));
headOut.head.dispose();

const t = { ort1: [] as number[], ort32: [] as number[], post: [] as number[], clf1: [] as number[], kept: 0 };
const timedRun = (session: typeof yolo, feeds: typeof one, into: number[], images: number) => async () => {
  const t0 = performance.now();
  const out = await session.run(feeds);
  into.push((performance.now() - t0) / images);
  for (const v of Object.values(out)) v.dispose();
};

function report(_task: unknown, mode?: string) {
  if (mode !== 'run') return;
  const [o1, o32, p, c1] = [median(t.ort1), median(t.ort32), median(t.post), median(t.clf1)];
  const ms = (v: number) => `${v.toFixed(3)} ms/image`;
  writeSync(
    2,
    `\nyolo-tiny per image, medians; ORT = onnxruntime-web (wasm, ${ort.env.wasm.numThreads} thread)\n` +
      `  ORT yolo-tiny batch 1: ${ms(o1)} | batch ${BATCH}: ${ms(o32)} (batching RATIO ${(o1 / o32).toFixed(2)}×)\n` +
      `  pure-TS detect (decode + threshold ${post.scoreThreshold} + per-class NMS ${post.iouThreshold}, ${(t.kept / BATCH).toFixed(1)} kept/image): ${ms(p)}; ` +
      `RATIO post-processing / ORT batch-1 inference = ${(p / o1).toFixed(3)}×\n` +
      `  ORT shape-classifier (32×32) batch 1: ${ms(c1)}; RATIO yolo-tiny / shape-classifier = ${(o1 / c1).toFixed(2)}×\n` +
      `  end to end per image at batch 1 (ORT + detect): ${ms(o1 + p)}\n\n`,
  );
  void yolo.release();
  void clf.release();
}

describe('yolo-tiny inference per image', () => {
  const opts = (into: number[], iterations: number) => ({ iterations, warmupIterations: 3, setup: resetOnRun(into) });
  bench('ORT yolo-tiny, batch 1', timedRun(yolo, one, t.ort1, 1), opts(t.ort1, 40));
  bench(`ORT yolo-tiny, batch ${BATCH} (per image)`, timedRun(yolo, many, t.ort32, BATCH), opts(t.ort32, 10));
  bench('ORT shape-classifier, batch 1', timedRun(clf, clfOne, t.clf1, 1), opts(t.clf1, 40));
  bench(
    'pure-TS detect (decode + threshold + NMS), per image',
    () => {
      let kept = 0;
      const t0 = performance.now();
      for (const h of heads) kept += detect(h, post).kept.length;
      t.post.push((performance.now() - t0) / BATCH);
      t.kept = kept;
    },
    { ...opts(t.post, 20), teardown: report },
  );
});
