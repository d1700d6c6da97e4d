import type { ShapesOptions } from './data/shapes';

/** One shipped file: its name inside models/<model>/, size and sha256 (tests hold the files to these). */
export interface FileEntry {
  name: string;
  bytes: number;
  sha256: string;
}

/**
 * models/<name>/card.json: what was trained, on which data, how, and how well. Written by the
 * train CLI (src/cli/train.ts) from the model's spec, read by the eval CLI, the tests and the demos.
 * Model-specific detail lives in io, architecture and validation; the rest is the same for every model.
 */
export interface ModelCard extends CardCore {
  /** The same weights for tfjs (parity tests, bench): paths under models/<name>/ and their sha256. */
  tfjsWeights: { files: string[]; sha256: Record<string, string> };
  /** The ONNX graphs by role: `model` for one-graph models, `image` / `text` for CLIP. */
  files: Record<string, FileEntry>;
}

/** A card before the trainer adds the files it wrote. */
export interface CardCore {
  name: string;
  task: string;
  io: Record<string, unknown>;
  architecture: Record<string, unknown>;
  parameters: number | Record<string, number>;
  data: {
    generator: string;
    options: Partial<ShapesOptions>; // in full, so eval does not depend on future defaults
    seed: number;
    trainSize: number;
    validationSize: number;
    trainScenes: string;
    validationScenes: string;
    [extra: string]: unknown;
  };
  training: {
    epochs: number;
    batchSize: number;
    optimizer: string;
    loss: string;
    backend: string;
    backendNote: string;
    tfjs: string;
    node: string;
    wallTimeSeconds: number; // data generation, training and validation; not the export
    history: Record<string, number>[];
    [extra: string]: unknown;
  };
  validation: Record<string, unknown>;
  command: string;
  [extra: string]: unknown; // model-specific top-level facts (CLIP: vocab, logitScale)
}

/** The parts of a card only the model knows; the trainer adds the rest. */
export type CardBody = Pick<ModelCard, 'io' | 'architecture' | 'parameters' | 'validation'> & {
  data?: Record<string, unknown>;
  training: { optimizer: string; loss: string; [extra: string]: unknown };
  [extra: string]: unknown;
};
