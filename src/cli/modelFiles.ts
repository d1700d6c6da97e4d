import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where shipped models live: models/<name>/<name>.onnx next to models/<name>/card.json,
 * relative to the repository root (not the working directory).
 */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

export const onnxPath = (name: string) => join(MODELS_DIR, name, `${name}.onnx`);
export const cardPath = (name: string) => join(MODELS_DIR, name, 'card.json');

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the model and its card; adds the file's size and sha256 to the card. */
export function writeModel(name: string, bytes: Uint8Array, card: Record<string, unknown>): Record<string, unknown> {
  mkdirSync(dirname(onnxPath(name)), { recursive: true });
  writeFileSync(onnxPath(name), bytes);
  const full = { ...card, files: { model: { name: `${name}.onnx`, bytes: bytes.length, sha256: sha256(bytes) } } };
  writeFileSync(cardPath(name), JSON.stringify(full, null, 2) + '\n');
  return full;
}

export function readCard<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(cardPath(name), 'utf8')) as T;
}

export function readOnnx(name: string): Uint8Array {
  return new Uint8Array(readFileSync(onnxPath(name)));
}
