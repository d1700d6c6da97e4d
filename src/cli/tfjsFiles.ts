import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clip } from '../models/clip/model';
import { textWeightsFromFiles } from '../models/clip/textWeights';
import { layersModelFromArtifacts } from '../models/tfjsArtifacts';
import { MODELS_DIR } from './modelFiles';

/**
 * The trained tfjs weights shipped beside the ONNX files (models/<name>/tfjs/): the reference the
 * tfjs–ORT parity tests and the bench load, from memory (Node has no file:// IOHandler without tfjs-node).
 */
const read = (name: string, file: string) => readFileSync(join(MODELS_DIR, name, 'tfjs', file));

export async function loadTfjsModel(name: string): Promise<tf.LayersModel> {
  return layersModelFromArtifacts(tfjsFiles(name, ['tfjs/model.json', 'tfjs/weights.bin']));
}

/** The shipped tfjs files of model `name` by path under models/<name>/ (the card's tfjsWeights.files). */
export function tfjsFiles(name: string, paths: readonly string[]): Record<string, Uint8Array> {
  return Object.fromEntries(paths.map((p) => [p, new Uint8Array(readFileSync(join(MODELS_DIR, name, p)))]));
}

/** CLIP: the image encoder (a Sequential) plus the text encoder's E, W_t and t. */
export async function loadClipTfjs(): Promise<Clip> {
  const image = (await loadTfjsModel('clip')) as tf.Sequential;
  return { image, ...textWeightsFromFiles(read('clip', 'text.json').toString('utf8'), new Uint8Array(read('clip', 'text.bin'))) };
}
