import * as tf from '@tensorflow/tfjs';
import { conv4, viaOps } from './viaOps';

/**
 * Conv2D gradient kernels that make training conv nets in tfjs practical on the `wasm` and `cpu` backends.
 * Why: tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter at all ("Kernel 'Conv2DBackpropFilter'
 * not registered for backend 'wasm'") and a scalar-loop Conv2DBackpropInput (~5× slower than a
 * forward conv); tfjs-backend-cpu's Conv2DBackpropFilter indexes through TensorBuffer.get (~12 s for
 * a [32,16,16,16] input on a 2-core machine).
 *
 * NHWC, dilation 1 (tfjs's conv gradient supports no other). With xPadded the padded input:
 *   dW[kh, kw, ci, co] = Σ_{n,oh,ow} xPadded[n, oh·sh + kh, ow·sw + kw, ci] · dy[n, oh, ow, co]
 * On wasm both gradients are rewritten as forward convolutions, so XNNPACK does the work:
 *  - dW: treat channels as batch and batch as channels: conv(xᵀ [Ci,H,W,N], dyᵀ [OH,OW,N,Co]) with the
 *    stride as dilation gives [Ci, KH, KW, Co];
 *  - dx (stride 1): conv(dy, W flipped in space and with in/out swapped), padded by K − 1 − pad.
 * Tested against tfjs-backend-cpu's own kernels in tests/unit/models/convGradKernels.test.ts.
 */

type Info = tf.backend_util.Conv2DInfo;

export function filterGradByConv(x: tf.Tensor4D, dy: tf.Tensor4D, info: Info): tf.Tensor4D {
  return tf.tidy(() => {
    const { filterHeight: KH, filterWidth: KW, strideHeight: sh, strideWidth: sw, padInfo: p } = info;
    const xT = tf.transpose(x, [3, 1, 2, 0]);
    const dyT = tf.transpose(dy, [1, 2, 0, 3]);
    const pad: tf.backend_util.ExplicitPadding = [
      [0, 0],
      [p.top, p.bottom],
      [p.left, p.right],
      [0, 0],
    ];
    const full = tf.conv2d(xT, dyT, 1, pad, 'NHWC', [sh, sw]);
    // An uneven 'same' pad can leave one spare row/column beyond the filter: cut it off.
    const dW = tf.slice(full, [0, 0, 0, 0], [-1, KH, KW, -1]);
    return tf.transpose(dW, [1, 2, 0, 3]);
  });
}

export function inputGradByConv(dy: tf.Tensor4D, filter: tf.Tensor4D, info: Info): tf.Tensor4D {
  return tf.tidy(() => {
    const { filterHeight: KH, filterWidth: KW, padInfo: p } = info;
    const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]);
    const pad: tf.backend_util.ExplicitPadding = [
      [0, 0],
      [KH - 1 - p.top, KH - 1 - p.bottom],
      [KW - 1 - p.left, KW - 1 - p.right],
      [0, 0],
    ];
    return tf.conv2d(dy, flipped as tf.Tensor4D, 1, pad);
  });
}

/** The direct sum as a scalar loop: on the cpu backend this beats its slow kernel and its slow ops. */
export function filterGradByLoop(x: ArrayLike<number>, dy: ArrayLike<number>, info: Info): Float32Array {
  const { batchSize: N, inHeight: H, inWidth: W, inChannels: Ci, outHeight: OH, outWidth: OW, outChannels: Co } = info;
  const { filterHeight: KH, filterWidth: KW, strideHeight: sh, strideWidth: sw, padInfo } = info;
  const acc = new Float64Array(KH * KW * Ci * Co);
  for (let n = 0; n < N; n++) {
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++) {
        const dyOff = ((n * OH + oh) * OW + ow) * Co;
        for (let kh = 0; kh < KH; kh++) {
          const ih = oh * sh - padInfo.top + kh;
          if (ih < 0 || ih >= H) continue;
          for (let kw = 0; kw < KW; kw++) {
            const iw = ow * sw - padInfo.left + kw;
            if (iw < 0 || iw >= W) continue;
            const xOff = ((n * H + ih) * W + iw) * Ci;
            for (let ci = 0; ci < Ci; ci++) {
              const xv = x[xOff + ci];
              if (xv === 0) continue; // inputs after ReLU are mostly zero
              const base = ((kh * KW + kw) * Ci + ci) * Co;
              for (let co = 0; co < Co; co++) acc[base + co] += xv * dy[dyOff + co];
            }
          }
        }
      }
    }
  }
  return Float32Array.from(acc);
}

interface ConvAttrs {
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape?: [number, number, number, number]; // Conv2DBackpropFilter
  inputShape?: [number, number, number, number]; // Conv2DBackpropInput
}
interface Backend {
  incRef(dataId: object): void;
  readSync(dataId: object): ArrayLike<number>;
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): tf.TensorInfo; // cpu only
}
type Args = { inputs: Record<string, tf.TensorInfo>; backend: Backend; attrs: ConvAttrs };
type Kernel = (args: Args) => tf.TensorInfo;

function info(a: ConvAttrs, xShape: number[], filterShape: number[]): Info {
  if (a.dataFormat === 'NCHW') throw new Error('conv gradient kernels: only NHWC is implemented');
  return tf.backend_util.computeConv2DInfo(conv4(xShape), conv4(filterShape), a.strides, 1, a.pad, a.dimRoundingMode);
}

const wasmFilterGrad: Kernel = ({ inputs: { x, dy }, backend, attrs }) =>
  viaOps(backend, [x, dy], (xt, dyt) => filterGradByConv(xt, dyt, info(attrs, x.shape, attrs.filterShape!)));

const cpuFilterGrad: Kernel = ({ inputs: { x, dy }, backend, attrs }) =>
  backend.makeTensorInfo(
    attrs.filterShape!,
    'float32',
    filterGradByLoop(backend.readSync(x.dataId), backend.readSync(dy.dataId), info(attrs, x.shape, attrs.filterShape!)),
  );

function wasmInputGrad(original: Kernel): Kernel {
  return (args) => {
    const {
      inputs: { dy, filter },
      backend,
      attrs,
    } = args;
    const i = info(attrs, attrs.inputShape!, filter.shape);
    if (i.strideHeight !== 1 || i.strideWidth !== 1) return original(args); // strided: keep tfjs's kernel
    return viaOps(backend, [dy, filter], (dyt, ft) => inputGradByConv(dyt, ft, i));
  };
}

/** Installs the faster gradient kernels for a backend (idempotent). Call after tf.setBackend, before training. */
export function registerConvGradKernels(backendName: 'wasm' | 'cpu'): void {
  const replace = (kernelName: string, make: (original: Kernel) => Kernel) => {
    const current = tf.getKernel(kernelName, backendName) as (tf.KernelConfig & { ours?: boolean }) | undefined;
    if (current?.ours) return;
    // Unregister first so tfjs does not warn about a duplicate registration.
    if (current) tf.unregisterKernel(kernelName, backendName);
    const kernelFunc = make(current?.kernelFunc as unknown as Kernel) as unknown as tf.KernelFunc;
    tf.registerKernel({ kernelName, backendName, kernelFunc, ours: true } as tf.KernelConfig);
  };
  if (backendName === 'cpu') {
    replace('Conv2DBackpropFilter', () => cpuFilterGrad);
  } else {
    replace('Conv2DBackpropFilter', () => wasmFilterGrad);
    replace('Conv2DBackpropInput', wasmInputGrad);
  }
}
