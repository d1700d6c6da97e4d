/**
 * Trains a model of this repository and writes models/<name>/<name>.onnx + card.json.
 *   npm run train -- <model> [--seed N] [--epochs E] ...
 * Models: shape-classifier, unet, unet-noskip.
 */
import { parseArgs } from './args';
import { trainShapeClassifier } from './trainShapeClassifier';
import { unetTrainer } from './trainUNet';
import { trainClip } from './trainClip';

const TRAINERS: Record<string, typeof trainShapeClassifier> = {
  'shape-classifier': trainShapeClassifier,
  unet: unetTrainer('unet'),
  'unet-noskip': unetTrainer('unet-noskip'),
  clip: trainClip,
};

const argv = process.argv.slice(2);
const args = parseArgs(argv);
const name = args.positional[0];
const train = name ? TRAINERS[name] : undefined;
if (!train) {
  console.error(`usage: npm run train -- <model> [--seed N] [--epochs E]\nmodels: ${Object.keys(TRAINERS).join(', ')}`);
  process.exit(2);
}
try {
  await train(args, `npm run train -- ${argv.join(' ')}`);
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
}
