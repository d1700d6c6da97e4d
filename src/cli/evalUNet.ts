import { readCard, readOnnx, sha256 } from './modelFiles';
import { evaluateUNetOnnx } from '../models/unet/evaluateOnnx';
import type { ShapesOptions } from '../models/data/shapes';

interface UNetCard {
  data: { seed: number; options: Partial<ShapesOptions> };
  validation: { meanIoU: number; iou: number[]; pixelAccuracy: number };
  files: { model: { sha256: string } };
}

const round = (v: number) => (Number.isNaN(v) ? null : Number(v.toFixed(6)));

/** `npm run eval -- unet --seed N --count K` (or unet-noskip): one JSON object of metrics. */
export function unetEvaluator(name: 'unet' | 'unet-noskip') {
  return async (seed: number, count: number) => {
    const card = readCard<UNetCard>(name);
    const bytes = readOnnx(name);
    if (seed === card.data.seed) console.error(`warning: seed ${seed} is the training seed; pick another for fresh data`);
    const t0 = performance.now();
    // The card's data options, not today's code defaults: the model is judged on the data it was made for.
    const m = await evaluateUNetOnnx(bytes, seed, count, card.data.options);
    return {
      model: name,
      engine: 'onnxruntime-web (wasm)',
      seed,
      count,
      meanIoU: round(m.meanIoU),
      iou: { background: round(m.iou[0]), circle: round(m.iou[1]), square: round(m.iou[2]), triangle: round(m.iou[3]) },
      pixelAccuracy: round(m.pixelAccuracy),
      loss: round(m.loss),
      confusion: m.confusion,
      cardValidationMeanIoU: card.validation.meanIoU,
      sha256Matches: sha256(bytes) === card.files.model.sha256,
      seconds: Number(((performance.now() - t0) / 1000).toFixed(2)),
    };
  };
}
