import { writeSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { median, resetOnRun } from './benchStats';
import { readModelFile, readOnnx } from '../../src/cli/modelFiles';
import { CLIP_IO } from '../../src/models/clip/io';
import { tokenizeBatch } from '../../src/models/clip/tokenizer';
import { createSession, loadOrt } from '../../src/models/runtime/ort';
import { VIT_IO } from '../../src/models/vit/io';
import { vitBatch } from '../../src/models/vit/data';

/**
 * The shipped transformers per input in onnxruntime-web (wasm, one thread): vit-tiny at batch 1
 * and 32 (its graph also returns every layer's attention), CLIP's image encoder (a CNN) and its
 * transformer text encoder on one caption, all against the shipped shape classifier (a CNN on
 * the same 32×32 images) in the same run. Sessions and input tensors are built once, outside the
 * timed functions, so ORT is timed on `run()` only. Scenes: stream 31337, vit-tiny's data options.
 */
const BATCH = 32;
const S = 32;
const CAPTION = 'a small red circle above a large blue square';

const ort = await loadOrt();
const sessions = {
  vit: await createSession(readOnnx('vit-tiny')),
  clf: await createSession(readOnnx('shape-classifier')),
  clipImage: await createSession(readModelFile('clip', 'image')),
  clipText: await createSession(readModelFile('clip', 'text')),
};
const scenes = vitBatch(31337, 0, BATCH, 4);
const images = (name: string, n: number) => ({ [name]: new ort.Tensor('float32', scenes.nchw.slice(0, n * 3 * S * S), [n, 3, S, S]) });
const tokens = tokenizeBatch([CAPTION]);
const textFeeds = {
  [CLIP_IO.text.tokens]: new ort.Tensor(
    'int64',
    BigInt64Array.from(tokens.ids, (v) => BigInt(v)),
    [1, tokens.length],
  ),
  [CLIP_IO.text.mask]: new ort.Tensor('float32', tokens.mask, [1, tokens.length]),
};

const t = { vit1: [] as number[], vit32: [] as number[], clf1: [] as number[], clipImage1: [] as number[], clipText1: [] as number[] };
const timedRun = (session: (typeof sessions)['vit'], feeds: Record<string, InstanceType<typeof ort.Tensor>>, into: number[], inputs: number) => async () => {
  const t0 = performance.now();
  const out = await session.run(feeds);
  into.push((performance.now() - t0) / inputs);
  for (const v of Object.values(out)) v.dispose();
};

function report(_task: unknown, mode?: string) {
  if (mode !== 'run') return;
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as Record<keyof typeof t, number>;
  const ms = (v: number) => `${v.toFixed(3)} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  writeSync(
    2,
    `\ntransformers per input, medians; ORT = onnxruntime-web (wasm, ${ort.env.wasm.numThreads} thread)\n` +
      `  vit-tiny batch 1: ${ms(m.vit1)}/image | batch ${BATCH}: ${ms(m.vit32)}/image (batching RATIO ${ratio(m.vit1, m.vit32)})\n` +
      `  shape-classifier (CNN) batch 1: ${ms(m.clf1)}/image; RATIO vit-tiny / CNN = ${ratio(m.vit1, m.clf1)}\n` +
      `  clip image encoder (CNN) batch 1: ${ms(m.clipImage1)}/image; RATIO / shape-classifier = ${ratio(m.clipImage1, m.clf1)}\n` +
      `  clip text encoder (transformer), "${CAPTION}" (${tokens.length} tokens): ${ms(m.clipText1)}/caption; ` +
      `RATIO text / image encoder = ${ratio(m.clipText1, m.clipImage1)}\n\n`,
  );
  for (const s of Object.values(sessions)) void s.release();
}

describe('transformer models per input', () => {
  const opts = (into: number[], iterations: number) => ({ iterations, warmupIterations: 3, setup: resetOnRun(into) });
  bench('ORT vit-tiny, batch 1', timedRun(sessions.vit, images(VIT_IO.input, 1), t.vit1, 1), opts(t.vit1, 40));
  bench(`ORT vit-tiny, batch ${BATCH} (per image)`, timedRun(sessions.vit, images(VIT_IO.input, BATCH), t.vit32, BATCH), opts(t.vit32, 10));
  bench('ORT shape-classifier, batch 1', timedRun(sessions.clf, images('image', 1), t.clf1, 1), opts(t.clf1, 40));
  bench('ORT clip image encoder, batch 1', timedRun(sessions.clipImage, images(CLIP_IO.image.input, 1), t.clipImage1, 1), opts(t.clipImage1, 40));
  bench('ORT clip text encoder, one caption', timedRun(sessions.clipText, textFeeds, t.clipText1, 1), { ...opts(t.clipText1, 40), teardown: report });
});
