import * as tf from '@tensorflow/tfjs';
import { attend, attentionWeights, matMulFast } from './fastOps';
import { LAYER_NORM_EPSILON, type Vit, type VitLayer } from './model';

/**
 * vit-tiny's forward pass in tfjs ops (model.ts has the architecture). export.ts writes the same
 * sequence of operations as ONNX nodes; tests/unit/models/vitShipped.test.ts holds the two together.
 */

/** Layer norm over the last axis with the biased variance, as ONNX LayerNormalization. */
export function layerNormTf(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, epsilon = LAYER_NORM_EPSILON): tf.Tensor {
  return tf.tidy(() => {
    const mean = tf.mean(x, -1, true);
    const centred = tf.sub(x, mean);
    const variance = tf.mean(tf.square(centred), -1, true);
    return tf.add(tf.mul(tf.mul(centred, tf.rsqrt(tf.add(variance, epsilon))), gamma), beta);
  });
}

/** Exact GELU, ½x(1 + erf(x/√2)): the ONNX graph's Div → Erf → Add → Mul → Mul. */
export function geluTf(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.mul(tf.mul(x, tf.add(tf.erf(tf.div(x, Math.SQRT2)), 1)), 0.5));
}

/** x [N, T, D] · W [D, E] + b → [N, T, E], as one 2-D matmul over all tokens. */
export function linear(x: tf.Tensor, w: tf.Tensor, b: tf.Tensor): tf.Tensor {
  const [n, t, d] = x.shape;
  return tf.reshape(tf.add(matMulFast(tf.reshape(x, [n * t, d]) as tf.Tensor2D, w as tf.Tensor2D), b), [n, t, w.shape[1]!]);
}

/** [N, T, D] → [N·H, T, D/H]: head h owns columns h·dh … (h+1)·dh − 1, as multiHeadAttention. */
function splitHeads(x: tf.Tensor, heads: number): tf.Tensor3D {
  const [n, t, d] = x.shape;
  return tf.reshape(tf.transpose(tf.reshape(x, [n, t, heads, d / heads]), [0, 2, 1, 3]), [n * heads, t, d / heads]);
}

/**
 * One pre-norm encoder block on x [N, T, D]. Returns the new residual stream and, when asked,
 * the attention weights [N, H, T, T] (softmax(QKᵀ/√dh) per head; rows sum to 1).
 * `bias` [N·H, 1, T] (optional, additive: 0 = attend, −1e9 = padding) masks keys; vit-tiny has none.
 */
export function encoderBlock(x: tf.Tensor, l: VitLayer, heads: number, withAttention = false, bias?: tf.Tensor): { x: tf.Tensor; attention?: tf.Tensor4D } {
  return tf.tidy(() => {
    const [n, t, d] = x.shape;
    const h = layerNormTf(x, l.ln1g, l.ln1b);
    const q = splitHeads(linear(h, l.wq, l.bq), heads);
    const k = splitHeads(linear(h, l.wk, l.bk), heads);
    const v = splitHeads(linear(h, l.wv, l.bv), heads);
    const ctx = tf.reshape(bias ? attend(q, k, v, bias) : attend(q, k, v), [n, heads, t, d / heads]);
    const context = tf.reshape(tf.transpose(ctx, [0, 2, 1, 3]), [n, t, d]);
    const x1 = tf.add(x, linear(context, l.wo, l.bo));
    const m = linear(geluTf(linear(layerNormTf(x1, l.ln2g, l.ln2b), l.w1, l.b1)), l.w2, l.b2);
    const out: { x: tf.Tensor; attention?: tf.Tensor4D } = { x: tf.add(x1, m) };
    if (withAttention) out.attention = tf.reshape(attentionWeights(q, k, bias), [n, heads, t, t]);
    return out;
  });
}

export interface VitOutputs {
  shapeLogits: tf.Tensor2D; // [N, shapeClasses]
  colourLogits: tf.Tensor2D; // [N, colourClasses]
  attention?: tf.Tensor; // [N, L, H, T, T] when asked for
}

/**
 * patches [N, T−1, C·P·P] in `patchify` order → logits of both heads (and every layer's attention).
 * The CLS token enters by padding a zero row in front of the patch tokens and adding
 * pos + [cls; 0; …]: the same numbers as concatenating CLS, and the ONNX graph needs no batch-sized Expand.
 */
export function vitForward(m: Vit, patches: tf.Tensor3D, withAttention = false): VitOutputs {
  return tf.tidy((): VitOutputs & tf.TensorContainerObject => {
    const tokens = linear(patches, m.patchW, m.patchB);
    const clsRow = tf.pad(tf.reshape(m.cls, [1, -1]), [
      [0, m.pos.shape[0] - 1],
      [0, 0],
    ]);
    let x = tf.add(
      tf.pad(tokens, [
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
      tf.add(m.pos, clsRow),
    );
    const maps: tf.Tensor4D[] = [];
    for (const l of m.layers) {
      const r = encoderBlock(x, l, m.config.heads, withAttention);
      x = r.x;
      if (r.attention) maps.push(r.attention);
    }
    const [n, , d] = x.shape;
    const cls = layerNormTf(tf.reshape(tf.slice(x, [0, 0, 0], [n, 1, d]), [n, d]), m.lnG, m.lnB) as tf.Tensor2D;
    const out: VitOutputs & tf.TensorContainerObject = {
      shapeLogits: tf.add(tf.matMul(cls, m.shapeW as tf.Tensor2D), m.shapeB),
      colourLogits: tf.add(tf.matMul(cls, m.colourW as tf.Tensor2D), m.colourB),
    };
    if (withAttention) out.attention = tf.stack(maps, 1);
    return out;
  });
}
