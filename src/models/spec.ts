import type * as tf from '@tensorflow/tfjs';
import type { Random } from '../kernels/random';
import type { ShapesOptions } from './data/shapes';
import type { CardBody, ModelCard } from './modelCard';

/** Hyper-parameters every model has; a spec's config extends this. */
export interface TrainConfig {
  seed: number;
  epochs: number;
  trainSize: number;
  valSize: number;
  batchSize: number;
  learningRate: number;
}

/** Where the trainer is: passed to the learning-rate schedule and to `batch`. */
export interface StepContext {
  epoch: number; // 1-based
  stepInEpoch: number; // 0-based
  step: number; // 0-based over the whole run
  stepsPerEpoch: number;
  totalSteps: number;
  rand: Random; // the run's shuffle stream; a batch may draw from it (CLIP's caption noise)
}

export interface StepResult {
  loss: number; // before the update
  metrics: Record<string, number>; // batch metrics, averaged per epoch into the history
}

/** What a trained model ships: ONNX graphs by role, and tfjs weights (paths under models/<name>/). */
export interface Artifacts {
  onnx: Record<string, { name: string; bytes: Uint8Array }>;
  tfjs: Record<string, Uint8Array>;
}

/**
 * One model of this repository, everything the train and eval CLIs need. The trainer
 * (train/fitModel.ts) owns the loop: data, build, an Adam optimiser, a seeded shuffle per epoch,
 * `batch` + `step` for each minibatch, `validate` after each epoch and at the end.
 * Adding a model is a folder with its spec plus one line in registry.ts.
 */
export interface ModelSpec<
  C extends TrainConfig = TrainConfig,
  M = unknown,
  D extends { trainCount: number } = { trainCount: number },
  B = unknown,
  V = unknown,
> {
  name: string;
  task: string;
  defaults: Omit<C, 'seed'>;
  /** Data options the card records in full (the eval CLI regenerates fresh scenes with them). */
  dataOptions: Partial<ShapesOptions>;
  /** XOR-ed with the seed for the shuffle stream; fixed per model so shipped weights reproduce. */
  shuffleSalt: number;
  /** Log a running loss every this many steps within an epoch (0: only per epoch). */
  logEvery?: number;
  data(c: C, log: (line: string) => void): D;
  build(c: C): M;
  learningRate(c: C, at: StepContext): number;
  batch(d: D, idx: Int32Array, at: StepContext): B;
  step(m: M, optimizer: tf.Optimizer, b: B, c: C): StepResult;
  /** Held-out metrics; `final` is the card's validation (may measure more than the per-epoch one). */
  validate(m: M, d: D, c: C, final: boolean): V;
  /** The per-epoch numbers kept in the card's history and logged. */
  historyRow(v: V): Record<string, number>;
  export(m: M): Promise<Artifacts>;
  /**
   * The trained model again from its shipped tfjs files (card.tfjsWeights, bytes by path): lets
   * `npm run train -- <name> --export-only` add a graph to `export` without retraining.
   */
  loadShipped?(tfjs: Record<string, Uint8Array>): Promise<M>;
  card(m: M, c: C, v: V): CardBody;
  /** Runs the shipped ONNX graphs (bytes by role) in onnxruntime-web on fresh scenes of stream `seed`. */
  evaluate(files: Record<string, Uint8Array>, card: ModelCard, seed: number, count: number): Promise<Record<string, unknown>>;
  dispose(m: M): void;
}
