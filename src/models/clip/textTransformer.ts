import * as tf from '@tensorflow/tfjs';
import { encoderBlock, layerNormTf } from '../vit/forward';
import { encoderLayer, layerInit, layerVariables, type VitLayer } from '../vit/model';

/**
 * CLIP's text encoder: a tiny pre-norm transformer (the blocks are vit-tiny's, src/models/vit).
 *   ids [N, L] → token embeddings E[ids] [N, L, W]; a learned CLS vector in front → [N, L + 1, W]
 *   + learned 1-D position embeddings pos[0 … L]
 *   layers × { x += MHA(LN₁(x), key mask);  x += MLP(LN₂(x)) }
 *   LN(x_CLS) · W_t → [N, D] (normalised by the caller)
 * CLS pooling, as BERT; CLIP itself reads the EOS token of a causal transformer (Radford et al.
 * 2021, §2.4). The mask hides padding keys from every query (additive −1e9 before the softmax),
 * so a caption's embedding does not depend on how long the longest caption of its batch is. CLS
 * is never padding, so every softmax row has a key. Unlike mean pooling, word order reaches the
 * embedding through the positions: "red circle above blue square" ≠ its swap.
 */
export interface TextConfig {
  vocabSize: number; // V
  width: number; // W
  layers: number;
  heads: number; // divides W
  mlp: number;
  maxTokens: number; // CLS + at most maxTokens − 1 words
  embedDim: number; // D
  seed: number;
}

export interface TextTransformer {
  tokens: tf.Variable; // E [V, W]
  cls: tf.Variable; // [W]
  pos: tf.Variable; // [maxTokens, W], row 0 is CLS's
  layers: VitLayer[];
  lnG: tf.Variable;
  lnB: tf.Variable;
  projection: tf.Variable; // W_t [W, D]
}

/** Additive key mask for scores: 0 where mask = 1, −1e9 where 0 (the ONNX graph uses the same constant). */
export const MASK_NEGATIVE = -1e9;

export function buildTextTransformer(c: TextConfig): TextTransformer {
  const init = layerInit(c.seed * 613);
  const { xavier, small, zeros, ones } = init;
  return tf.tidy(() => ({
    tokens: small([c.vocabSize, c.width]),
    cls: small([c.width]),
    pos: small([c.maxTokens, c.width]),
    layers: Array.from({ length: c.layers }, () => encoderLayer(c.width, c.mlp, init)),
    lnG: ones(c.width),
    lnB: zeros(c.width),
    projection: xavier(c.width, c.embedDim),
  }));
}

/** Every variable with a stable name (the shipped weight file's order). */
export function textVariables(t: TextTransformer): [string, tf.Variable][] {
  return [['tokens', t.tokens], ['cls', t.cls], ['pos', t.pos], ...layerVariables(t.layers), ['lnG', t.lnG], ['lnB', t.lnB], ['projection', t.projection]];
}

export interface TextOutputs {
  features: tf.Tensor2D; // [N, D], not normalised
  attention?: tf.Tensor; // [N, layers, heads, L + 1, L + 1] when asked for
}

/**
 * ids [N, L] (int32) and mask [N, L] (1 = word) → features. The token embeddings are oneHot · E
 * rather than a gather: the same numbers, and the gradient is a matmul, which every tfjs backend
 * has (Gather's needs UnsortedSegmentSum). CLS enters as a zero row padded in front plus
 * pos + [cls; 0; …], as vit-tiny's (and the ONNX graph's) CLS does.
 */
export function encodeTextTransformer(t: TextTransformer, heads: number, ids: tf.Tensor2D, mask: tf.Tensor2D, withAttention = false): TextOutputs {
  return tf.tidy((): TextOutputs & tf.TensorContainerObject => {
    const [n, L] = ids.shape;
    const [V, W] = t.tokens.shape;
    if (L + 1 > t.pos.shape[0]) throw new Error(`clip text: ${L} words, at most ${t.pos.shape[0] - 1}`);
    const words = tf.reshape(tf.matMul(tf.reshape(tf.oneHot(ids, V), [n * L, V]), t.tokens as tf.Tensor2D), [n, L, W]);
    const clsRow = tf.pad(tf.reshape(t.cls, [1, W]), [
      [0, L],
      [0, 0],
    ]);
    let x: tf.Tensor = tf.add(
      tf.pad(words, [
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
      tf.add(tf.slice(t.pos, [0, 0], [L + 1, W]), clsRow),
    );
    const keys = tf.pad(
      mask,
      [
        [0, 0],
        [1, 0],
      ],
      1,
    ); // CLS is always a key
    const bias = tf.reshape(tf.tile(tf.reshape(tf.mul(tf.sub(1, keys), MASK_NEGATIVE), [n, 1, 1, L + 1]), [1, heads, 1, 1]), [n * heads, 1, L + 1]);
    const maps: tf.Tensor4D[] = [];
    for (const l of t.layers) {
      const r = encoderBlock(x, l, heads, withAttention, bias);
      x = r.x;
      if (r.attention) maps.push(r.attention);
    }
    const cls = layerNormTf(tf.reshape(tf.slice(x, [0, 0, 0], [n, 1, W]), [n, W]), t.lnG, t.lnB) as tf.Tensor2D;
    const out: TextOutputs & tf.TensorContainerObject = { features: tf.matMul(cls, t.projection as tf.Tensor2D) };
    if (withAttention) out.attention = tf.stack(maps, 1);
    return out;
  });
}
