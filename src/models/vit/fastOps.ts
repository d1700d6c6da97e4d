import * as tf from '@tensorflow/tfjs';

/**
 * The products vit-tiny trains with, arranged so tfjs-wasm 4.22 runs them in XNNPACK. Measured on
 * this machine (batch 64, T = 65): its BatchMatMul kernel is XNNPACK only for a 2-D product with
 * no transpose flag; with a flag, or with a batch, it is a scalar loop, 10–15× slower for the
 * [4160, 64] · [64, 64] projections and ~2.3× slower than the depthwise route below for the
 * per-head [256, 65, 16] · [256, 16, 65] attention products. tfjs's own matMul gradient uses the
 * flags. Same numbers as tf.matMul up to float32 summation order (tests/unit/models/vitTraining.test.ts).
 */

/** x [R, K] · W [K, E], with its gradient as flag-free 2-D products (explicit transposes, each one copy). */
export const matMulFast = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, w, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  save([x, w]);
  return {
    value: tf.matMul(x, w),
    gradFunc: (dy: tf.Tensor, [xs, ws]: tf.Tensor[]) => [
      tf.matMul(dy as tf.Tensor2D, tf.transpose(ws) as tf.Tensor2D),
      tf.matMul(tf.transpose(xs) as tf.Tensor2D, dy as tf.Tensor2D),
    ],
  };
}) as (x: tf.Tensor2D, w: tf.Tensor2D) => tf.Tensor2D;

/**
 * Batched product op(a)[b] · op(b)[b] → [B, M, N] as one depthwise convolution, which XNNPACK runs
 * as a grouped GEMM: with the batch as channels, x[0, i, k, b] = op(a)[b, i, k] and
 * filter[0, k, b, j] = op(b)[b, k, j], a 1×K 'valid' depthwise conv with channel multiplier N gives
 * y[0, i, 0, b·N + j] = Σₖ op(a)[b, i, k] · op(b)[b, k, j]. A transposed operand only changes the
 * permutation that lays it out. No gradient (tfjs-wasm has no depthwise backprop kernels): it is used
 * inside `attend`, whose gradient is written out.
 */
export function batchMatMulDw(a: tf.Tensor3D, b: tf.Tensor3D, transposeA = false, transposeB = false): tf.Tensor3D {
  return tf.tidy(() => {
    const [B, m, k] = transposeA ? [a.shape[0], a.shape[2], a.shape[1]] : a.shape;
    const n = transposeB ? b.shape[1] : b.shape[2];
    const x = tf.reshape(tf.transpose(a, transposeA ? [2, 1, 0] : [1, 2, 0]), [1, m, k, B]) as tf.Tensor4D;
    const f = tf.reshape(tf.transpose(b, transposeB ? [2, 0, 1] : [1, 0, 2]), [1, k, B, n]) as tf.Tensor4D;
    return tf.transpose(tf.reshape(tf.depthwiseConv2d(x, f, 1, 'valid'), [m, B, n]), [1, 0, 2]);
  });
}

/**
 * softmax(q·kᵀ / √dh + bias) for q, k [B, T, dh]: the attention weights [B, T, T], rows summing to 1.
 * `bias` (broadcast to [B, T, T]) is an additive mask: 0 where a key may be attended, −1e9 where
 * not (padding); exp(−1e9 − max) underflows to exactly 0 in float32. No bias: plain attention.
 */
export function attentionWeights(q: tf.Tensor3D, k: tf.Tensor3D, bias?: tf.Tensor): tf.Tensor3D {
  return tf.tidy(() => {
    const scaled = tf.div(batchMatMulDw(q, k, false, true), Math.sqrt(q.shape[2]));
    return tf.softmax(bias ? tf.add(scaled, bias) : scaled) as tf.Tensor3D;
  });
}

/**
 * softmax(q·kᵀ/√dh + bias)·v for q, k, v [B, T, dh] → [B, T, dh], with the gradient written out
 * (S the scaled scores, P = softmax(S), O = P·v):
 *   dP = dO·vᵀ, dv = Pᵀ·dO, dS = P ⊙ (dP − rowsum(dP ⊙ P)), dq = dS·k / √dh, dk = dSᵀ·q / √dh.
 * The optional `bias` (a constant mask, see attentionWeights) gets a zero gradient.
 */
export const attend = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const save = args[args.length - 1] as tf.GradSaveFunc;
  const [q, k, v, bias] = args.slice(0, -1) as [tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor | undefined];
  const p = attentionWeights(q, k, bias);
  save([q, k, v, p]);
  return {
    value: batchMatMulDw(p, v),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [qs, ks, vs, ps] = saved as tf.Tensor3D[];
      const dO = dy as tf.Tensor3D;
      const dp = batchMatMulDw(dO, vs, false, true);
      const ds = tf.div(tf.mul(ps, tf.sub(dp, tf.sum(tf.mul(dp, ps), -1, true))), Math.sqrt(qs.shape[2])) as tf.Tensor3D;
      const grads = [batchMatMulDw(ds, ks), batchMatMulDw(ds, qs, true, false), batchMatMulDw(ps, dO, true, false)];
      return bias ? [...grads, tf.zerosLike(bias)] : grads;
    },
  };
}) as (q: tf.Tensor3D, k: tf.Tensor3D, v: tf.Tensor3D, bias?: tf.Tensor) => tf.Tensor3D;
