import * as tf from '@tensorflow/tfjs';
import { DEFAULT_CLIP_CONFIG, type Clip, type ClipConfig, type TextEncoder as ClipTextEncoder } from './model';

/**
 * The text encoder's weights for tfjs, shipped as tfjs/text.json (shapes, t, config) + tfjs/text.bin
 * (E then W_t, float32): the reference the CLIP parity test runs against the ONNX text graph.
 * The image encoder is a tfjs Sequential and ships as tfjs/model.json + weights.bin.
 */
interface TextManifest {
  weights: { name: 'embedding' | 'projection'; shape: number[] }[];
  logitScaleT: number;
  config: ClipConfig;
}

export function textWeightFiles(m: Clip): Record<string, Uint8Array> {
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
  return { 'tfjs/text.json': new TextEncoder().encode(JSON.stringify(manifest) + '\n'), 'tfjs/text.bin': bin };
}

/** The text encoder, logit scale and config back from those two files. */
export function textWeightsFromFiles(json: string, bin: Uint8Array): { text: ClipTextEncoder; logitScale: tf.Variable; config: ClipConfig } {
  const manifest = JSON.parse(json) as TextManifest;
  const floats = new Float32Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
  let at = 0;
  const take = (shape: number[]) => {
    const n = shape.reduce((a, b) => a * b, 1);
    const v = tf.variable(tf.tensor(floats.subarray(at, at + n), shape), false);
    at += n;
    return v;
  };
  const [e, w] = manifest.weights;
  return {
    text: { embedding: take(e.shape), projection: take(w.shape) },
    logitScale: tf.variable(tf.scalar(manifest.logitScaleT), false),
    config: { ...DEFAULT_CLIP_CONFIG, ...manifest.config },
  };
}
