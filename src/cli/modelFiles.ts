import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardCore, FileEntry, ModelCard } from '../models/modelCard';
import type { Artifacts } from '../models/spec';

/**
 * Where shipped models live: models/<name>/card.json beside the files it lists (ONNX graphs by
 * role in `files`, tfjs weights in `tfjsWeights`), relative to the repository root, not the working directory.
 */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

export const cardPath = (name: string) => join(MODELS_DIR, name, 'card.json');
/** The path of a one-graph model's ONNX file, models/<name>/<name>.onnx. */
export const onnxPath = (name: string) => join(MODELS_DIR, name, `${name}.onnx`);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readCard<T = ModelCard>(name: string): T {
  return JSON.parse(readFileSync(cardPath(name), 'utf8')) as T;
}

/** The ONNX graph of `role` ('model', or CLIP's 'image' / 'text') as its card names it. */
export function readModelFile(name: string, role = 'model'): Uint8Array {
  const entry = readCard(name).files[role];
  if (!entry) throw new Error(`models/${name}/card.json lists no file for role "${role}"`);
  return new Uint8Array(readFileSync(join(MODELS_DIR, name, entry.name)));
}

export const readOnnx = (name: string) => readModelFile(name, 'model');

/**
 * Writes a trained model's files into `dir` (models/<name>/ unless the CLI says otherwise) and its
 * card, completed with each file's size and sha256. Returns the card as written.
 */
export function writeModel(dir: string, artifacts: Artifacts, card: CardCore): ModelCard {
  const put = (path: string, bytes: Uint8Array) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  };
  const files: Record<string, FileEntry> = {};
  for (const [role, f] of Object.entries(artifacts.onnx)) {
    put(f.name, f.bytes);
    files[role] = { name: f.name, bytes: f.bytes.length, sha256: sha256(f.bytes) };
  }
  const tfjsSha256: Record<string, string> = {};
  for (const [path, bytes] of Object.entries(artifacts.tfjs)) {
    put(path, bytes);
    tfjsSha256[path] = sha256(bytes);
  }
  const full: ModelCard = { ...card, tfjsWeights: { files: Object.keys(artifacts.tfjs), sha256: tfjsSha256 }, files };
  put('card.json', new TextEncoder().encode(JSON.stringify(full, null, 2) + '\n'));
  return full;
}
