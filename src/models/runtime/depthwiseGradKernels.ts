import * as tf from '@tensorflow/tfjs';
import { conv4, viaOps } from './viaOps';

/**
 * Depthwise-conv gradient kernels for tfjs-backend-wasm, which has none in 4.22 ("Kernel
 * 'DepthwiseConv2dNativeBackpropFilter' not registered for backend 'wasm'"), so an MBConv net
 * cannot train there without them. Written as tfjs ops the wasm backend runs natively.
 * NHWC, channel multiplier 1 (filter [KH, KW, C, 1], what DepthwiseConv2D with depthMultiplier 1
 * makes), dilation 1. With p = padInfo and s the stride:
 *  - dW[kh, kw, c] = Σ_{n,oh,ow} xPadded[n, oh·s + kh, ow·s + kw, c] · dy[n, oh, ow, c]: with the
 *    batch moved into the channels (x as [1, H, W, N·C], dy as an OH×OW filter [OH, OW, N·C, 1]),
 *    one depthwise conv with the stride as dilation gives [1, KH, KW, N·C], summed over N
 *    (padded after so the output covers every tap; the spare rows are cut off);
 *  - dx: dy with s − 1 zeros inserted between its rows and columns, then a stride-1 depthwise conv
 *    with the filter flipped in space, padded K − 1 − p.top before and H − len + p.top after
 *    (len = (OH − 1)·s + 1), which gives exactly H rows (likewise for columns).
 * Tested against tfjs-backend-cpu's stock kernels in tests/unit/models/depthwiseGradKernels.test.ts.
 */
type Info = tf.backend_util.Conv2DInfo;

export function depthwiseFilterGrad(x: tf.Tensor4D, dy: tf.Tensor4D, i: Info): tf.Tensor4D {
  return tf.tidy(() => {
    const { filterHeight: KH, filterWidth: KW, strideHeight: sh, strideWidth: sw, padInfo: p, inHeight: H, inWidth: W } = i;
    const [N, OH, OW, C] = dy.shape;
    // Batch joins the channels: one depthwise conv over N·C channels, dy as the (dilated) filter.
    const xT = tf.reshape(tf.transpose(x, [1, 2, 0, 3]), [1, H, W, N * C]) as tf.Tensor4D;
    const dyT = tf.reshape(tf.transpose(dy, [1, 2, 0, 3]), [OH, OW, N * C, 1]);
    const after = (size: number, out: number, s: number, k: number, before: number) => Math.max(0, k - 1 + (out - 1) * s + 1 - size - before);
    const pad: tf.backend_util.ExplicitPadding = [
      [0, 0],
      [p.top, after(H, OH, sh, KH, p.top)],
      [p.left, after(W, OW, sw, KW, p.left)],
      [0, 0],
    ];
    const full = tf.depthwiseConv2d(xT, dyT as tf.Tensor4D, 1, pad, 'NHWC', [sh, sw]);
    const cut = tf.slice(full, [0, 0, 0, 0], [1, KH, KW, N * C]);
    return tf.reshape(tf.sum(tf.reshape(cut, [KH, KW, N, C]), 2), [KH, KW, C, 1]) as tf.Tensor4D;
  });
}

export function depthwiseInputGrad(dy: tf.Tensor4D, filter: tf.Tensor4D, i: Info): tf.Tensor4D {
  return tf.tidy(() => {
    const { filterHeight: KH, filterWidth: KW, strideHeight: sh, strideWidth: sw, padInfo: p, inHeight: H, inWidth: W } = i;
    const [N, OH, OW, C] = dy.shape;
    let up: tf.Tensor4D = dy;
    if (sh > 1 || sw > 1) {
      const spread = tf.pad(tf.reshape(dy, [N, OH, 1, OW, 1, C]), [
        [0, 0],
        [0, 0],
        [0, sh - 1],
        [0, 0],
        [0, sw - 1],
        [0, 0],
      ]);
      up = tf.slice(tf.reshape(spread, [N, OH * sh, OW * sw, C]), [0, 0, 0, 0], [N, (OH - 1) * sh + 1, (OW - 1) * sw + 1, C]) as tf.Tensor4D;
    }
    const lenH = (OH - 1) * sh + 1;
    const lenW = (OW - 1) * sw + 1;
    const pad: tf.backend_util.ExplicitPadding = [
      [0, 0],
      [KH - 1 - p.top, H - lenH + p.top],
      [KW - 1 - p.left, W - lenW + p.left],
      [0, 0],
    ];
    const flipped = tf.reverse(filter, [0, 1]) as tf.Tensor4D;
    return tf.depthwiseConv2d(up, flipped, 1, pad);
  });
}

interface Attrs {
  strides: number | [number, number];
  dilations: number | [number, number];
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape?: [number, number, number, number];
  inputShape?: [number, number, number, number];
}
interface Backend {
  incRef(dataId: object): void;
}
type Args = { inputs: Record<string, tf.TensorInfo>; backend: Backend; attrs: Attrs };

function info(a: Attrs, xShape: number[], filterShape: number[]): Info {
  const [dh, dw] = Array.isArray(a.dilations) ? a.dilations : [a.dilations ?? 1, a.dilations ?? 1];
  if (dh !== 1 || dw !== 1) throw new Error('depthwise gradient kernels: only dilation 1 is implemented');
  if (filterShape[3] !== 1) throw new Error('depthwise gradient kernels: only channel multiplier 1 is implemented');
  return tf.backend_util.computeConv2DInfo(conv4(xShape), conv4(filterShape), a.strides, 1, a.pad, a.dimRoundingMode, true);
}

const filterGrad = ({ inputs: { x, dy }, backend, attrs }: Args) =>
  viaOps(backend, [x, dy], (xt, dyt) => depthwiseFilterGrad(xt, dyt, info(attrs, x.shape, attrs.filterShape!)));
const inputGrad = ({ inputs: { dy, filter }, backend, attrs }: Args) =>
  viaOps(backend, [dy, filter], (dyt, ft) => depthwiseInputGrad(dyt, ft, info(attrs, attrs.inputShape!, filter.shape)));

/** Installs both kernels on the wasm backend (idempotent). Call after tf.setBackend('wasm'), before training. */
export function registerDepthwiseGradKernels(backendName: 'wasm'): void {
  const kernels = { DepthwiseConv2dNativeBackpropFilter: filterGrad, DepthwiseConv2dNativeBackpropInput: inputGrad };
  for (const [kernelName, f] of Object.entries(kernels)) {
    const current = tf.getKernel(kernelName, backendName) as (tf.KernelConfig & { ours?: boolean }) | undefined;
    if (current?.ours) continue;
    if (current) tf.unregisterKernel(kernelName, backendName);
    tf.registerKernel({ kernelName, backendName, kernelFunc: f as unknown as tf.KernelFunc, ours: true } as tf.KernelConfig);
  }
}
