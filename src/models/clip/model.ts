import * as tf from '@tensorflow/tfjs';
import { addConvStack } from '../convStack';
import { CLIP_VOCAB } from './vocab';

/**
 * A tiny CLIP for the shapes world: two encoders into one D-dimensional space.
 *
 * Image encoder (a tf.Sequential, NHWC [N, S, S, 3] in [0, 1] → [N, D], not yet normalised):
 *   three conv3×3-relu-maxpool2 stages (S → S/8), Flatten, Dense-relu, then the linear
 *   projection W_i (no bias, as CLIP's). Flatten rather than global pooling: captions say
 *   "above" and "to the left of", and a global average forgets where things are.
 * Text encoder (plain variables, ids [N, L] + mask [N, L] → [N, D], not yet normalised):
 *   a word-embedding table E [V, H], the mean over the non-pad words, the linear projection
 *   W_t [H, D]. A bag of words: "a red circle above a blue square" and "a blue square above a
 *   red circle" get the same embedding (so would a caption that swaps the colours). That is the
 *   honest price of mean pooling, and one the demo can show.
 * Both outputs are L2-normalised (normalize), and the logits are exp(t) · I Tᵀ with a learned
 * scalar t, initialised to ln(1/0.07) and clipped to exp(t) ≤ 100 (Radford et al. 2021, §2.5).
 */
export interface ClipConfig {
  inputSize: number; // S, divisible by 8
  filters: [number, number, number];
  hidden: number; // image features before the projection
  wordDim: number; // H
  embedDim: number; // D, the shared space
  vocabSize: number; // V
  seed: number; // every initializer: same seed, same initial weights
}

export const DEFAULT_CLIP_CONFIG: ClipConfig = {
  inputSize: 32,
  filters: [16, 32, 64],
  hidden: 64,
  wordDim: 32,
  embedDim: 32,
  vocabSize: CLIP_VOCAB.length,
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

export interface TextEncoder {
  embedding: tf.Variable; // E [V, H]
  projection: tf.Variable; // W_t [H, D]
}

export function buildTextEncoder(config: Partial<ClipConfig> = {}): TextEncoder {
  const { wordDim: H, embedDim: D, vocabSize: V, seed } = { ...DEFAULT_CLIP_CONFIG, ...config };
  return tf.tidy(() => ({
    embedding: tf.variable(tf.initializers.randomNormal({ mean: 0, stddev: 1, seed: seed * 211 + 60 }).apply([V, H]) as tf.Tensor, true),
    projection: tf.variable(tf.initializers.glorotUniform({ seed: seed * 211 + 61 }).apply([H, D]) as tf.Tensor, true),
  }));
}

/**
 * Masked mean of word embeddings, then the projection: [N, D], not normalised.
 * Written as bag · E, with bag[n, v] = (count of word v in row n) / (words in row n): the same
 * numbers as gathering rows of E and averaging (what the ONNX graph does), but its gradient is a
 * matmul, which every tfjs backend has (Gather's gradient needs UnsortedSegmentSum).
 */
export function encodeText(text: TextEncoder, ids: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const V = text.embedding.shape[0];
    const onehot = tf.oneHot(ids, V) as tf.Tensor3D; // [N, L, V]
    const words = tf.sum(mask, 1, true); // [N, 1]
    const bag = tf.div(tf.sum(tf.mul(onehot, tf.expandDims(mask, 2)), 1), tf.maximum(words, 1)) as tf.Tensor2D; // [N, V]
    return tf.matMul(tf.matMul(bag, text.embedding as tf.Tensor2D), text.projection as tf.Tensor2D);
  });
}

/** The whole model: both encoders and the learned log logit scale t. */
export interface Clip {
  image: tf.Sequential;
  text: TextEncoder;
  logitScale: tf.Variable; // t (scalar); the logits are multiplied by exp(t)
  config: ClipConfig;
}

export function buildClip(config: Partial<ClipConfig> = {}): Clip {
  const c = { ...DEFAULT_CLIP_CONFIG, ...config };
  return { image: buildImageEncoder(c), text: buildTextEncoder(c), logitScale: tf.variable(tf.scalar(LOGIT_SCALE_INIT), true), config: c };
}

export function disposeClip(m: Clip): void {
  m.image.dispose();
  tf.dispose([m.text.embedding, m.text.projection, m.logitScale]);
}

/** Normalised image embeddings [N, D] of an NHWC batch. */
export function embedImages(m: Clip, x: tf.Tensor4D, training = false): tf.Tensor2D {
  return tf.tidy(() => normalize(m.image.apply(x, { training }) as tf.Tensor2D));
}

/** Normalised text embeddings [N, D]. */
export function embedTexts(m: Clip, ids: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => normalize(encodeText(m.text, ids, mask)));
}

export function parameterCount(m: Clip): { image: number; text: number; logitScale: number; total: number } {
  const image = m.image.countParams();
  const text = m.text.embedding.size + m.text.projection.size;
  return { image, text, logitScale: 1, total: image + text + 1 };
}
