/**
 * Evaluates a shipped ONNX model with onnxruntime-web on fresh seeded data and prints ONE
 * JSON line of metrics on stdout (diagnostics go to stderr).
 *   npm run eval -- shape-classifier|unet|unet-noskip --seed N --count K
 */
import { parseArgs, num } from './args';
import { readCard, readOnnx, sha256 } from './modelFiles';
import { evaluateShapeClassifierOnnx } from '../models/shapeClassifier/evaluateOnnx';
import { unetEvaluator } from './evalUNet';
import { evalClip } from './evalClip';
import type { ShapesOptions } from '../models/data/shapes';

interface ClassifierCard {
  data: { seed: number; options: Partial<ShapesOptions> };
  validation: { accuracy: number };
  files: { model: { sha256: string } };
}

async function evalShapeClassifier(seed: number, count: number) {
  const card = readCard<ClassifierCard>('shape-classifier');
  const bytes = readOnnx('shape-classifier');
  if (seed === card.data.seed) console.error(`warning: seed ${seed} is the training seed; pick another for fresh data`);
  const t0 = performance.now();
  // The card's data options, not today's code defaults: the model is judged on the data it was made for.
  const m = await evaluateShapeClassifierOnnx(bytes, seed, count, card.data.options);
  return {
    model: 'shape-classifier',
    engine: 'onnxruntime-web (wasm)',
    seed,
    count,
    accuracy: m.accuracy,
    loss: Number(m.loss.toFixed(6)),
    perClassAccuracy: m.perClassAccuracy,
    confusion: m.confusion,
    cardValidationAccuracy: card.validation.accuracy,
    sha256Matches: sha256(bytes) === card.files.model.sha256,
    seconds: Number(((performance.now() - t0) / 1000).toFixed(2)),
  };
}

const EVALS: Record<string, (seed: number, count: number) => Promise<object>> = {
  'shape-classifier': evalShapeClassifier,
  unet: unetEvaluator('unet'),
  'unet-noskip': unetEvaluator('unet-noskip'),
  clip: evalClip,
};

const args = parseArgs(process.argv.slice(2));
const run = EVALS[args.positional[0] ?? ''];
if (!run) {
  console.error(`usage: npm run eval -- <model> --seed N --count K\nmodels: ${Object.keys(EVALS).join(', ')}`);
  process.exit(2);
}
try {
  console.log(JSON.stringify(await run(num(args, 'seed', 1000), num(args, 'count', 1000))));
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
}
