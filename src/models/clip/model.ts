import * as tf from '@tensorflow/tfjs';
import { addConvStack } from '../convStack';
import { MAX_WORDS } from './io';
import { buildTextTransformer, encodeTextTransformer, textVariables, type TextConfig, type TextTransformer } from './textTransformer';
import { CLIP_VOCAB } from './vocab';

/**
 * A tiny CLIP for the shapes world: two encoders into one D-dimensional space.
 *
 * Image encoder (a tf.Sequential, NHWC [N, S, S, 3] in [0, 1] → [N, D], not yet normalised):
 *   three conv3×3-relu-maxpool2 stages (S → S/8), Flatten, Dense-relu, then the linear
 *   projection W_i (no bias, as CLIP's). Flatten rather than global pooling: captions say
 *   "above" and "to the left of", and a global average forgets where things are.
 * Text encoder (textTransformer.ts): token + learned position embeddings, a CLS token, two
 *   pre-norm transformer blocks with a padding mask, LN(CLS) · W_t. The shipped model before this
 *   one averaged word embeddings, a bag of words that gave "a red circle above a blue square"
 *   and its swap the same embedding.
 * Both outputs are L2-normalised (normalize), and the logits are exp(t) · I Tᵀ with a learned
 * scalar t, initialised to ln(1/0.07) and clipped to exp(t) ≤ 100 (Radford et al. 2021, §2.5).
 */
export interface ClipConfig {
  inputSize: number; // S, divisible by 8
  filters: [number, number, number];
  hidden: number; // image features before the projection
  embedDim: number; // D, the shared space
  vocabSize: number; // V
  textWidth: number; // W, the text transformer's width
  textLayers: number;
  textHeads: number;
  textMlp: number;
  maxTokens: number; // CLS + words; longer texts are cut (tokenizer.ts)
  seed: number; // every initializer: same seed, same initial weights
}

export const DEFAULT_CLIP_CONFIG: ClipConfig = {
  inputSize: 32,
  filters: [16, 32, 64],
  hidden: 64,
  embedDim: 32,
  vocabSize: CLIP_VOCAB.length,
  textWidth: 32,
  textLayers: 2,
  textHeads: 4,
  textMlp: 64,
  maxTokens: MAX_WORDS + 1,
  seed: 1,
};

export const LOGIT_SCALE_INIT = Math.log(1 / 0.07); // exp = 14.2857…
export const LOGIT_SCALE_MAX = Math.log(100);

export function buildImageEncoder(config: Partial<ClipConfig> = {}): tf.Sequential {
  const { inputSize: S, filters, hidden, embedDim, seed } = { ...DEFAULT_CLIP_CONFIG, ...config };
  const model = tf.sequential({ name: 'clip_image' });
  addConvStack(model, S, filters, seed * 211);
  model.add(tf.layers.flatten({ name: 'flatten' }));
  model.add(tf.layers.dense({ units: hidden, activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed: seed * 211 + 50 }), name: 'hidden' }));
  model.add(
    tf.layers.dense({ units: embedDim, useBias: false, kernelInitializer: tf.initializers.glorotUniform({ seed: seed * 211 + 51 }), name: 'projection' }),
  );
  return model;
}

/** Rows scaled to unit length; a zero row stays zero (the exported graphs divide by max(‖x‖, 1e-12) too). */
export function normalize(x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.div(x, tf.maximum(tf.sqrt(tf.sum(tf.square(x), -1, true)), 1e-12)));
}

export const textConfig = (c: ClipConfig): TextConfig => ({
  vocabSize: c.vocabSize,
  width: c.textWidth,
  layers: c.textLayers,
  heads: c.textHeads,
  mlp: c.textMlp,
  maxTokens: c.maxTokens,
  embedDim: c.embedDim,
  seed: c.seed,
});

/** The whole model: both encoders and the learned log logit scale t. */
export interface Clip {
  image: tf.Sequential;
  text: TextTransformer;
  logitScale: tf.Variable; // t (scalar); the logits are multiplied by exp(t)
  config: ClipConfig;
}

export function buildClip(config: Partial<ClipConfig> = {}): Clip {
  const c = { ...DEFAULT_CLIP_CONFIG, ...config };
  return { image: buildImageEncoder(c), text: buildTextTransformer(textConfig(c)), logitScale: tf.variable(tf.scalar(LOGIT_SCALE_INIT), true), config: c };
}

export function disposeClip(m: Clip): void {
  m.image.dispose();
  tf.dispose([...textVariables(m.text).map(([, v]) => v), m.logitScale]);
}

/** Normalised image embeddings [N, D] of an NHWC batch. */
export function embedImages(m: Clip, x: tf.Tensor4D, training = false): tf.Tensor2D {
  return tf.tidy(() => normalize(m.image.apply(x, { training }) as tf.Tensor2D));
}

/** Normalised text embeddings [N, D]. */
export function embedTexts(m: Clip, ids: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => normalize(encodeTextTransformer(m.text, m.config.textHeads, ids, mask).features));
}

export function parameterCount(m: Clip): { image: number; text: number; logitScale: number; total: number } {
  const image = m.image.countParams();
  const text = textVariables(m.text).reduce((a, [, v]) => a + v.size, 0);
  return { image, text, logitScale: 1, total: image + text + 1 };
}
