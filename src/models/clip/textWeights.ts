import * as tf from '@tensorflow/tfjs';
import { readWeightTable, type VitWeightManifest } from '../vit/weightTable';
import { DEFAULT_CLIP_CONFIG, textConfig, type Clip, type ClipConfig } from './model';
import { buildTextTransformer, textVariables, type TextTransformer } from './textTransformer';

/**
 * The text encoder's weights for tfjs, shipped as tfjs/text.json (config, t, each variable's name
 * and shape in file order) + tfjs/text.bin (float32, concatenated): the reference the CLIP parity
 * test runs against the ONNX text graph. The image encoder is a tfjs Sequential and ships as
 * tfjs/model.json + weights.bin.
 */
interface TextManifest {
  weights: { name: string; shape: number[] }[];
  logitScaleT: number;
  config: ClipConfig;
}

export function textWeightFiles(m: Clip): Record<string, Uint8Array> {
  const vars = textVariables(m.text);
  const parts = vars.map(([, v]) => v.dataSync() as Float32Array);
  const bin = new Uint8Array(parts.reduce((a, p) => a + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    bin.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  const manifest: TextManifest = { weights: vars.map(([name, v]) => ({ name, shape: v.shape })), logitScaleT: m.logitScale.dataSync()[0], config: m.config };
  return { 'tfjs/text.json': new TextEncoder().encode(JSON.stringify(manifest) + '\n'), 'tfjs/text.bin': bin };
}

/** The text encoder, logit scale and config back from those two files. Throws when they do not fit the config. */
export function textWeightsFromFiles(json: string, bin: Uint8Array): { text: TextTransformer; logitScale: tf.Variable; config: ClipConfig } {
  const manifest = JSON.parse(json) as TextManifest;
  const config = { ...DEFAULT_CLIP_CONFIG, ...manifest.config };
  // The table reader only needs names and shapes; its config field is vit's and unused here.
  const table = readWeightTable({ weights: manifest.weights } as VitWeightManifest, bin);
  const text = buildTextTransformer(textConfig(config));
  for (const [name, v] of textVariables(text)) {
    const w = table.get(name);
    if (!w || w.shape.join() !== v.shape.join()) throw new Error(`clip text weights: ${name} [${v.shape}] is ${w ? `[${w.shape}]` : 'missing'} in the file`);
    tf.tidy(() => v.assign(tf.tensor(w.data, v.shape)));
  }
  return { text, logitScale: tf.variable(tf.scalar(manifest.logitScaleT), false), config };
}
