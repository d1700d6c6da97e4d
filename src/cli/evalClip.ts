import { readClipCard, readClipOnnx } from './clipFiles';
import { sha256 } from './modelFiles';
import { evaluateClipOnnx } from '../models/clip/evaluateOnnx';
import type { ShapesOptions } from '../models/data/shapes';
import type { RetrievalMetrics, ZeroShotMetrics } from '../models/clip/metrics';

interface ClipCard {
  data: { seed: number; options: Partial<ShapesOptions> };
  logitScale: { value: number };
  validation: { retrieval: RetrievalMetrics; zeroShot: Record<string, ZeroShotMetrics> };
  files: { image: { sha256: string }; text: { sha256: string } };
}

const round = (v: number) => Number(v.toFixed(6));

/** `npm run eval -- clip --seed N --count K`: both ONNX encoders in onnxruntime-web, one JSON object of metrics. */
export async function evalClip(seed: number, count: number) {
  const card = readClipCard<ClipCard>();
  const image = readClipOnnx('image');
  const text = readClipOnnx('text');
  if (seed === card.data.seed) console.error(`warning: seed ${seed} is the training seed; pick another for fresh data`);
  const batch = card.validation.retrieval.batchSize;
  if (count < batch) throw new Error(`--count ${count} is less than one retrieval batch of ${batch}`);
  const t0 = performance.now();
  const m = await evaluateClipOnnx(image, text, card.logitScale.value, seed, count, card.data.options, batch);
  const r = m.retrieval;
  return {
    model: 'clip',
    engine: 'onnxruntime-web (wasm)',
    seed,
    count,
    retrieval: {
      batchSize: r.batchSize,
      batches: r.batches,
      imageToText: round(r.imageToText),
      textToImage: round(r.textToImage),
      imageToTextSameCaption: round(r.imageToTextSameCaption),
      textToImageSameCaption: round(r.textToImageSameCaption),
      loss: round(r.loss),
    },
    zeroShot: Object.fromEntries(Object.entries(m.zeroShot).map(([k, z]) => [k, round(z.accuracy)])),
    card: {
      imageToText: card.validation.retrieval.imageToText,
      textToImage: card.validation.retrieval.textToImage,
      zeroShot: Object.fromEntries(Object.entries(card.validation.zeroShot).map(([k, z]) => [k, z.accuracy])),
    },
    logitScale: card.logitScale.value,
    sha256Matches: sha256(image) === card.files.image.sha256 && sha256(text) === card.files.text.sha256,
    seconds: Number(((performance.now() - t0) / 1000).toFixed(2)),
  };
}
