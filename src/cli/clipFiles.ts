import * as tf from '@tensorflow/tfjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR, cardPath, readCard, sha256 } from './modelFiles';
import { loadTfjsModel, saveTfjsModel } from './tfjsFiles';
import { CLIP_IO } from '../models/clip/io';
import { DEFAULT_CLIP_CONFIG, type Clip, type ClipConfig } from '../models/clip/model';

/**
 * CLIP ships two ONNX graphs, so it has its own file layout beside the one-file models:
 *   models/clip/clip-image.onnx, models/clip/clip-text.onnx, models/clip/card.json
 *   models/clip/tfjs/{model.json, weights.bin}   the image encoder (a tfjs Sequential)
 *   models/clip/tfjs/text.json + text.bin        the text encoder's E and W_t, float32, and t
 * The tfjs copies are the reference the parity test runs against the ONNX graphs.
 */
export const CLIP_NAME = 'clip';
const dir = join(MODELS_DIR, CLIP_NAME);
export const clipOnnxPath = (which: 'image' | 'text') => join(dir, CLIP_IO[which].file);

export interface FileEntry {
  name: string;
  bytes: number;
  sha256: string;
}

export function writeClip(files: { image: Uint8Array; text: Uint8Array }, card: Record<string, unknown>): Record<string, unknown> {
  mkdirSync(dir, { recursive: true });
  const entry = (which: 'image' | 'text'): FileEntry => {
    writeFileSync(clipOnnxPath(which), files[which]);
    return { name: CLIP_IO[which].file, bytes: files[which].length, sha256: sha256(files[which]) };
  };
  const full = { ...card, files: { image: entry('image'), text: entry('text') } };
  writeFileSync(cardPath(CLIP_NAME), JSON.stringify(full, null, 2) + '\n');
  return full;
}

export function readClipOnnx(which: 'image' | 'text'): Uint8Array {
  return new Uint8Array(readFileSync(clipOnnxPath(which)));
}

export const readClipCard = <T>() => readCard<T>(CLIP_NAME);

interface TextManifest {
  weights: { name: 'embedding' | 'projection'; shape: number[] }[];
  logitScaleT: number;
  config: ClipConfig;
}

export async function saveClipTfjs(m: Clip): Promise<{ files: string[]; imageWeightsSha256: string; textWeightsSha256: string }> {
  const image = await saveTfjsModel(CLIP_NAME, m.image);
  const parts = [m.text.embedding, m.text.projection].map((v) => v.dataSync() as Float32Array);
  const bin = new Uint8Array(parts.reduce((a, p) => a + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    bin.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  const manifest: TextManifest = {
    weights: [
      { name: 'embedding', shape: m.text.embedding.shape },
      { name: 'projection', shape: m.text.projection.shape },
    ],
    logitScaleT: m.logitScale.dataSync()[0],
    config: m.config,
  };
  writeFileSync(join(dir, 'tfjs', 'text.bin'), bin);
  writeFileSync(join(dir, 'tfjs', 'text.json'), JSON.stringify(manifest) + '\n');
  return { files: [...image.files, 'tfjs/text.json', 'tfjs/text.bin'], imageWeightsSha256: image.weightsSha256, textWeightsSha256: sha256(bin) };
}

export async function loadClipTfjs(): Promise<Clip> {
  const image = (await loadTfjsModel(CLIP_NAME)) as tf.Sequential;
  const manifest = JSON.parse(readFileSync(join(dir, 'tfjs', 'text.json'), 'utf8')) as TextManifest;
  const raw = readFileSync(join(dir, 'tfjs', 'text.bin'));
  const floats = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  let at = 0;
  const take = (shape: number[]) => {
    const n = shape.reduce((a, b) => a * b, 1);
    const v = tf.variable(tf.tensor(floats.subarray(at, at + n), shape), false);
    at += n;
    return v;
  };
  const [e, w] = manifest.weights;
  return {
    image,
    text: { embedding: take(e.shape), projection: take(w.shape) },
    logitScale: tf.variable(tf.scalar(manifest.logitScaleT), false),
    config: { ...DEFAULT_CLIP_CONFIG, ...manifest.config },
  };
}
