import * as tf from '@tensorflow/tfjs';
import { assignWeights, packWeights } from '../vit/weightFiles';
import { readWeightTable } from '../vit/weightTable';
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
  const { weights, bin } = packWeights(textVariables(m.text));
  const manifest: TextManifest = { weights, logitScaleT: m.logitScale.dataSync()[0], config: m.config };
  return { 'tfjs/text.json': new TextEncoder().encode(JSON.stringify(manifest) + '\n'), 'tfjs/text.bin': bin };
}

/** The text encoder, logit scale and config back from those two files. Throws when they do not fit the config. */
export function textWeightsFromFiles(json: string, bin: Uint8Array): { text: TextTransformer; logitScale: tf.Variable; config: ClipConfig } {
  const manifest = JSON.parse(json) as TextManifest;
  const config = { ...DEFAULT_CLIP_CONFIG, ...manifest.config };
  const text = buildTextTransformer(textConfig(config));
  assignWeights(textVariables(text), readWeightTable(manifest, bin), 'clip text weights');
  return { text, logitScale: tf.variable(tf.scalar(manifest.logitScaleT), false), config };
}
