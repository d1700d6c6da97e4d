/**
 * Trains a model of this repository (any name in src/models/registry.ts) and writes its files and
 * card into models/<name>/ (or --out DIR, to compare a retrain with what ships).
 *   npm run train -- <model> [--seed N] [--epochs E] [--train-size N] [--val-size N] [--backend wasm|cpu] [--out DIR]
 *   npm run train -- <model> --export-only   (the export step again on the shipped weights: src/cli/reexport.ts)
 *   npm run train -- effnet-grid   (the α, β, γ grid search at φ = 1: src/cli/effnetGrid.ts)
 */
import * as tf from '@tensorflow/tfjs';
import { join } from 'node:path';
import { MODELS } from '../models/registry';
import { useTfBackend } from '../models/runtime/tfBackend';
import type { TrainConfig } from '../models/spec';
import { fitModel } from '../models/train/fitModel';
import { num, parseArgs } from './args';
import { MODELS_DIR, writeModel } from './modelFiles';
import { runEffnetGrid } from './effnetGrid';
import { reexport } from './reexport';

const argv = process.argv.slice(2);
const args = parseArgs(argv);
if (args.positional[0] === 'effnet-grid') {
  const choice = await useTfBackend(args.options.backend === 'cpu' ? 'cpu' : 'wasm');
  await runEffnetGrid(argv.slice(1), choice.note, (line) => console.log(`[effnet-grid] ${line}`));
  process.exit(0);
}
const spec = MODELS.get(args.positional[0] ?? '');
if (!spec) {
  console.error(
    `usage: npm run train -- <model> [--seed N] [--epochs E] [--train-size N] [--val-size N] [--out DIR]\nmodels: ${[...MODELS.keys()].join(', ')}; or effnet-grid (the compound-scaling grid search)`,
  );
  process.exit(2);
}
const log = (line: string) => console.log(`[${spec.name}] ${line}`);

if (args.options['export-only']) {
  await useTfBackend('cpu');
  await reexport(spec, argv, log);
  process.exit(0);
}

try {
  const choice = await useTfBackend(args.options.backend === 'cpu' ? 'cpu' : 'wasm');
  log(`tfjs ${tf.version.tfjs}, backend ${choice.backend}: ${choice.note}`);
  const d = spec.defaults;
  const c: TrainConfig = {
    ...d,
    seed: num(args, 'seed', 1),
    epochs: num(args, 'epochs', d.epochs),
    trainSize: num(args, 'train-size', d.trainSize),
    valSize: num(args, 'val-size', d.valSize),
  };
  const { model, validation, history, wallTimeSeconds } = fitModel(spec, c, log);
  const body = spec.card(model, c, validation);
  const { data, training, ...rest } = body;
  const out = typeof args.options.out === 'string' ? args.options.out : join(MODELS_DIR, spec.name);
  const card = writeModel(out, await spec.export(model), {
    name: spec.name,
    task: spec.task,
    ...rest,
    data: {
      generator: 'shapes world (src/models/data/shapes.ts)',
      options: spec.dataOptions,
      seed: c.seed,
      trainSize: c.trainSize,
      validationSize: c.valSize,
      trainScenes: `[0, ${c.trainSize})`,
      validationScenes: `[${c.trainSize}, ${c.trainSize + c.valSize})`,
      ...data,
    },
    training: {
      epochs: c.epochs,
      batchSize: c.batchSize,
      ...training,
      backend: choice.backend,
      backendNote: choice.note,
      tfjs: tf.version.tfjs,
      node: process.version,
      wallTimeSeconds,
      history,
    },
    command: `npm run train -- ${argv.filter((a, i) => a !== '--out' && argv[i - 1] !== '--out').join(' ')}`,
  });
  const sizes = Object.values(card.files).map((f) => `${f.name} ${f.bytes} bytes sha256 ${f.sha256.slice(0, 12)}…`);
  log(`wrote ${out}: ${sizes.join(', ')}; ${JSON.stringify(card.parameters)} parameters; ${wallTimeSeconds} s`);
  spec.dispose(model);
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
}
