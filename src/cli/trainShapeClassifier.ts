import * as tf from '@tensorflow/tfjs';
import { useTfBackend } from '../models/runtime/tfBackend';
import { DEFAULT_FIT, fitShapeClassifier } from '../models/shapeClassifier/fit';
import { CLASSIFIER_DATA } from '../models/shapeClassifier/data';
import { DEFAULT_SHAPES_OPTIONS } from '../models/data/shapes';
import { DEFAULT_CLASSIFIER_CONFIG } from '../models/shapeClassifier/model';
import { SHAPE_CLASSIFIER_IO, exportShapeClassifier } from '../models/shapeClassifier/export';
import { num, type Args } from './args';
import { writeModel } from './modelFiles';
import { saveTfjsModel } from './tfjsFiles';

/** `npm run train -- shape-classifier [--seed N] [--epochs E] [--train-size N] [--val-size N] [--backend wasm|cpu]` */
export async function trainShapeClassifier(args: Args, command: string): Promise<void> {
  const log = (line: string) => console.log(`[shape-classifier] ${line}`);
  const choice = await useTfBackend(args.options.backend === 'cpu' ? 'cpu' : 'wasm');
  log(`tfjs ${tf.version.tfjs}, backend ${choice.backend}: ${choice.note}`);
  const seed = num(args, 'seed', 1);
  const opts = {
    ...DEFAULT_FIT,
    seed,
    epochs: num(args, 'epochs', DEFAULT_FIT.epochs),
    trainSize: num(args, 'train-size', DEFAULT_FIT.trainSize),
    valSize: num(args, 'val-size', DEFAULT_FIT.valSize),
    log,
  };
  const t0 = performance.now();
  const { model, validation, history } = fitShapeClassifier(opts);
  const wallTimeSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const bytes = exportShapeClassifier(model);
  const tfjsFiles = await saveTfjsModel('shape-classifier', model);
  const card = writeModel('shape-classifier', bytes, {
    name: 'shape-classifier',
    task: 'name the shape of the single object in a 32×32 RGB image',
    io: { ...SHAPE_CLASSIFIER_IO, inputShape: ['batch', 3, CLASSIFIER_DATA.width, CLASSIFIER_DATA.height] },
    architecture: { ...DEFAULT_CLASSIFIER_CONFIG, seed, layers: model.layers.map((l) => l.getClassName()) },
    parameters: model.countParams(),
    data: {
      generator: 'shapes world (src/models/data/shapes.ts)',
      options: { ...DEFAULT_SHAPES_OPTIONS, ...CLASSIFIER_DATA }, // in full, so eval does not depend on future defaults
      seed,
      trainSize: opts.trainSize,
      validationSize: opts.valSize,
      trainScenes: `[0, ${opts.trainSize})`,
      validationScenes: `[${opts.trainSize}, ${opts.trainSize + opts.valSize})`,
    },
    training: {
      epochs: opts.epochs,
      batchSize: opts.batchSize,
      optimizer: `adam, learning rate ${opts.learningRate}, halved after epoch ${Math.floor((2 * opts.epochs) / 3)}`,
      loss: 'softmax cross-entropy on logits',
      backend: choice.backend,
      backendNote: choice.note,
      tfjs: tf.version.tfjs,
      node: process.version,
      wallTimeSeconds,
      history,
    },
    validation,
    tfjsWeights: tfjsFiles, // the same weights for tfjs (parity test, bench)
    command,
  });
  log(`validation accuracy ${validation.accuracy.toFixed(4)}, ${card.parameters} parameters, ${bytes.length} bytes, ${wallTimeSeconds} s`);
  model.dispose();
}
