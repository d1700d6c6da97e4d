import type * as tf from '@tensorflow/tfjs';
import type { OnnxInitializer, OnnxNode } from './onnxModel';

/**
 * tfjs layer → ONNX node(s), shared by exportSequential (a chain) and exportFunctional (a DAG).
 * A layer is converted given the ONNX values its inputs became; it returns the value of its
 * output. tfjs is channels-last, the exported graph NCHW, so:
 *  - Conv kernels: tfjs HWIO [kh, kw, in, out] → ONNX OIHW [out, in, kh, kw].
 *  - 'same' padding becomes explicit pads computed like TensorFlow (the extra pixel, if any,
 *    goes after: bottom/right), so spatial sizes are fixed at export; only the batch is symbolic.
 *  - Flatten of a feature map: tfjs flattens HWC order, so a Transpose to NHWC precedes Flatten.
 *  - Dense: Gemm(x, kernel [in, out], bias).
 *  - LeakyReLU: LeakyRelu with the layer's alpha (same definition: x < 0 → alpha·x).
 *  - Concatenate / Softmax axes: the NHWC axis is mapped to NCHW (channels −1 or 3 → 1).
 *  - UpSampling2D (nearest): Resize, mode nearest, coordinate_transformation_mode 'asymmetric',
 *    nearest_mode 'floor': source index floor(dst / scale), which is tfjs's resizeNearestNeighbor
 *    with alignCorners = false and halfPixelCenters = false (what UpSampling2D calls).
 *  - DepthwiseConv2D: Conv with group = C, kernel [kh, kw, C, mult] → [C·mult, 1, kh, kw].
 *  - swish activation: x·sigmoid(x) as Sigmoid + Mul (ONNX has no Swish before opset 24).
 *  - Multiply: Mul, with ONNX broadcasting (a squeeze-and-excitation gate [N, C, 1, 1] times a map).
 *  - Reshape: only a vector [F] to [1, 1, F] (SE's pooled vector back to a 1×1 map), which in
 *    NCHW is [N, F, 1, 1].
 */

export type Shape = { rank: 4; c: number; h: number; w: number } | { rank: 2; f: number };
/** An ONNX value: its name in the graph and its shape without the batch (NCHW order). */
export interface Value {
  name: string;
  shape: Shape;
}
type Cfg = Record<string, unknown>;

/** Collects nodes and initializers; nodes are named after their (single) output. */
export class OnnxBuilder {
  nodes: OnnxNode[] = [];
  initializers: OnnxInitializer[] = [];
  constructor(readonly who: string) {}

  node(op: string, inputs: string[], out: string, attrs?: OnnxNode['attrs']): string {
    this.nodes.push({ op, inputs, outputs: [out], attrs, name: out });
    return out;
  }

  weight(name: string, data: ArrayLike<number>, dims: number[]): string {
    this.initializers.push({ name, type: 'float', dims, data });
    return name;
  }

  fail(message: string): never {
    throw new Error(`${this.who}: ${message}`);
  }

  /** Renames a value wherever it is produced or consumed (node names stay: they name layers). */
  rename(from: string, to: string): void {
    for (const n of this.nodes) {
      n.inputs = n.inputs.map((v) => (v === from ? to : v));
      n.outputs = n.outputs.map((v) => (v === from ? to : v));
    }
  }
}

/** HWIO → OIHW. */
export function hwioToOihw(k: Float32Array, [kh, kw, ci, co]: number[]): Float32Array {
  const out = new Float32Array(k.length);
  for (let y = 0; y < kh; y++)
    for (let x = 0; x < kw; x++)
      for (let i = 0; i < ci; i++)
        for (let o = 0; o < co; o++) {
          out[((o * ci + i) * kh + y) * kw + x] = k[((y * kw + x) * ci + i) * co + o];
        }
  return out;
}

/** Output size and [before, after] pads of one spatial dim, TensorFlow rules. */
export function window(size: number, k: number, s: number, d: number, padding: string): { out: number; pads: [number, number] } {
  const span = (k - 1) * d + 1;
  if (padding === 'valid') return { out: Math.floor((size - span) / s) + 1, pads: [0, 0] };
  if (padding !== 'same') throw new Error(`padding '${padding}' is not supported`);
  const out = Math.ceil(size / s);
  const total = Math.max((out - 1) * s + span - size, 0);
  return { out, pads: [Math.floor(total / 2), total - Math.floor(total / 2)] };
}

const pair = (v: unknown): [number, number] => (Array.isArray(v) ? [v[0], v[1] ?? v[0]] : [v as number, v as number]);
const data = (t: tf.Tensor) => t.dataSync() as Float32Array;
const batched = (s: Shape) => (s.rank === 4 ? [s.c, s.h, s.w] : [s.f]);

/** An activation by its tfjs name, applied to `x` (linear: x itself). */
export function activation(b: OnnxBuilder, x: Value, act: unknown, base: string): Value {
  if (act === undefined || act === null || act === 'linear') return x;
  if (act === 'swish') return { name: b.node('Mul', [x.name, b.node('Sigmoid', [x.name], `${base}/swish/sigmoid`)], `${base}/swish`), shape: x.shape };
  const op = { relu: 'Relu', sigmoid: 'Sigmoid', tanh: 'Tanh', softmax: 'Softmax' }[act as string];
  if (!op) b.fail(`activation '${act}' is not supported`);
  const attrs = op === 'Softmax' ? { axis: { int: x.shape.rank === 4 ? 1 : -1 } } : undefined;
  return { name: b.node(op, [x.name], `${base}/${act}`, attrs), shape: x.shape };
}

function feature(b: OnnxBuilder, v: Value, n: string): Extract<Shape, { rank: 4 }> {
  if (v.shape.rank !== 4) b.fail(`${n} needs a feature map`);
  return v.shape;
}

/** NHWC axis of a rank-4 (or feature axis of a rank-2) tensor → the exported layout's axis. */
function nchwAxis(b: OnnxBuilder, axis: number, rank: number, n: string): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) b.fail(`${n}: axis ${axis} is out of range`);
  return rank === 4 ? [0, 2, 3, 1][a] : a;
}

/** Converts one layer applied to `inputs`; returns its output value. */
export function convertLayer(b: OnnxBuilder, layer: tf.layers.Layer, inputs: Value[]): Value {
  const cls = layer.getClassName();
  const cfg = layer.getConfig() as Cfg;
  const n = layer.name;
  const ws = layer.getWeights();
  const [x] = inputs;
  if ((cfg.dataFormat ?? 'channelsLast') !== 'channelsLast') b.fail(`${n} is not channels-last`);
  if (inputs.length !== 1 && cls !== 'Concatenate' && cls !== 'Add' && cls !== 'Multiply') b.fail(`${n} (${cls}) takes one input, got ${inputs.length}`);
  switch (cls) {
    case 'Conv2D':
    case 'MaxPooling2D':
    case 'AveragePooling2D': {
      const s = feature(b, x, n);
      const conv = cls === 'Conv2D';
      const [kh, kw] = pair(conv ? cfg.kernelSize : cfg.poolSize);
      const [sh, sw] = pair(cfg.strides ?? (conv ? 1 : [kh, kw]));
      const [dh, dw] = conv ? pair(cfg.dilationRate ?? 1) : [1, 1];
      const win = (size: number, k: number, st: number, d: number) => {
        try {
          return window(size, k, st, d, cfg.padding as string);
        } catch (e) {
          return b.fail(`${n}: ${(e as Error).message}`);
        }
      };
      const y = win(s.h, kh, sh, dh);
      const xw = win(s.w, kw, sw, dw);
      const attrs: OnnxNode['attrs'] = {
        kernel_shape: { ints: [kh, kw] },
        strides: { ints: [sh, sw] },
        pads: { ints: [y.pads[0], xw.pads[0], y.pads[1], xw.pads[1]] },
      };
      if (!conv) return { name: b.node(cls === 'MaxPooling2D' ? 'MaxPool' : 'AveragePool', [x.name], n, attrs), shape: { ...s, h: y.out, w: xw.out } };
      const [k, bias] = ws;
      const ks = k.shape as number[];
      const ins = [x.name, b.weight(`${n}/W`, hwioToOihw(data(k), ks), [ks[3], ks[2], kh, kw])];
      if (bias) ins.push(b.weight(`${n}/B`, data(bias), bias.shape));
      const out = { name: b.node('Conv', ins, n, { ...attrs, dilations: { ints: [dh, dw] } }), shape: { rank: 4 as const, c: ks[3], h: y.out, w: xw.out } };
      return activation(b, out, cfg.activation, n);
    }
    case 'GlobalAveragePooling2D':
    case 'GlobalMaxPooling2D': {
      const s = feature(b, x, n);
      const pooled = b.node(cls === 'GlobalAveragePooling2D' ? 'GlobalAveragePool' : 'GlobalMaxPool', [x.name], `${n}/pool`);
      return { name: b.node('Flatten', [pooled], n, { axis: { int: 1 } }), shape: { rank: 2, f: s.c } };
    }
    case 'Flatten': {
      if (x.shape.rank !== 4) return x;
      const { c, h, w } = x.shape;
      const nhwc = b.node('Transpose', [x.name], `${n}/nhwc`, { perm: { ints: [0, 2, 3, 1] } });
      return { name: b.node('Flatten', [nhwc], n, { axis: { int: 1 } }), shape: { rank: 2, f: c * h * w } };
    }
    case 'Dense': {
      if (x.shape.rank !== 2) b.fail(`${n} on a feature map needs a Flatten first`);
      const [k, bias] = ws;
      const ins = [x.name, b.weight(`${n}/W`, data(k), k.shape)];
      if (bias) ins.push(b.weight(`${n}/B`, data(bias), bias.shape));
      return activation(b, { name: b.node('Gemm', ins, n), shape: { rank: 2, f: (k.shape as number[])[1] } }, cfg.activation, n);
    }
    case 'Activation':
      return activation(b, x, cfg.activation, n);
    case 'ReLU':
      if (cfg.maxValue != null) b.fail(`${n}: ReLU maxValue is not supported`);
      return activation(b, x, 'relu', n);
    case 'LeakyReLU':
      // tfjs's default slope is 0.3 (Keras's), not darknet's 0.1: always write the layer's own.
      return { name: b.node('LeakyRelu', [x.name], n, { alpha: { float: (cfg.alpha as number | undefined) ?? 0.3 } }), shape: x.shape };
    case 'Softmax': {
      const axis = (cfg.axis as number | undefined) ?? -1;
      if (nchwAxis(b, axis, x.shape.rank, n) !== (x.shape.rank === 4 ? 1 : x.shape.rank - 1)) b.fail(`${n}: Softmax over a non-channel axis is not supported`);
      return activation(b, x, 'softmax', n);
    }
    case 'BatchNormalization': {
      if (cfg.scale === false || cfg.center === false) b.fail(`${n}: BatchNormalization needs scale and center`);
      const names = ws.map((t, i) => b.weight(`${n}/${['scale', 'B', 'mean', 'var'][i]}`, data(t), t.shape));
      return { name: b.node('BatchNormalization', [x.name, ...names], n, { epsilon: { float: cfg.epsilon as number } }), shape: x.shape };
    }
    case 'UpSampling2D': {
      const s = feature(b, x, n);
      if ((cfg.interpolation ?? 'nearest') !== 'nearest') b.fail(`${n}: UpSampling2D interpolation '${cfg.interpolation}' is not supported (only nearest)`);
      const [sh, sw] = pair(cfg.size ?? 2);
      const scales = b.weight(`${n}/scales`, [1, 1, sh, sw], [4]);
      const attrs = { mode: { string: 'nearest' }, coordinate_transformation_mode: { string: 'asymmetric' }, nearest_mode: { string: 'floor' } };
      return { name: b.node('Resize', [x.name, '', scales], n, attrs), shape: { ...s, h: s.h * sh, w: s.w * sw } };
    }
    case 'Concatenate': {
      const rank = x.shape.rank;
      if (inputs.some((v) => v.shape.rank !== rank)) b.fail(`${n}: inputs of different ranks`);
      const axis = nchwAxis(b, (cfg.axis as number | undefined) ?? -1, rank, n);
      if (axis === 0) b.fail(`${n}: concatenation along the batch axis is not supported`);
      const dims = batched(x.shape);
      dims[axis - 1] = inputs.reduce((sum, v) => sum + batched(v.shape)[axis - 1], 0);
      const shape: Shape = rank === 4 ? { rank: 4, c: dims[0], h: dims[1], w: dims[2] } : { rank: 2, f: dims[0] };
      return {
        name: b.node(
          'Concat',
          inputs.map((v) => v.name),
          n,
          { axis: { int: axis } },
        ),
        shape,
      };
    }
    case 'Add': {
      let acc = x.name;
      for (let i = 1; i < inputs.length; i++) acc = b.node('Add', [acc, inputs[i].name], i === inputs.length - 1 ? n : `${n}/${i}`);
      return { name: acc, shape: x.shape };
    }
    case 'DepthwiseConv2D': {
      const s = feature(b, x, n);
      const [kh, kw] = pair(cfg.kernelSize);
      const [sh, sw] = pair(cfg.strides ?? 1);
      const [dh, dw] = pair(cfg.dilationRate ?? 1);
      const y = window(s.h, kh, sh, dh, cfg.padding as string);
      const xw = window(s.w, kw, sw, dw, cfg.padding as string);
      const [k, bias] = ws;
      const [, , c, mult] = k.shape as number[];
      // HW(C·mult) → (C·mult)1HW: output channel c·mult + j reads kernel [.., c, j], as TensorFlow orders them.
      const w = hwioToOihw(data(k), [kh, kw, 1, c * mult]);
      const ins = [x.name, b.weight(`${n}/W`, w, [c * mult, 1, kh, kw])];
      if (bias) ins.push(b.weight(`${n}/B`, data(bias), bias.shape));
      const attrs: OnnxNode['attrs'] = {
        kernel_shape: { ints: [kh, kw] },
        strides: { ints: [sh, sw] },
        pads: { ints: [y.pads[0], xw.pads[0], y.pads[1], xw.pads[1]] },
        dilations: { ints: [dh, dw] },
        group: { int: c },
      };
      return activation(b, { name: b.node('Conv', ins, n, attrs), shape: { rank: 4, c: c * mult, h: y.out, w: xw.out } }, cfg.activation, n);
    }
    case 'Multiply': {
      let acc = x.name;
      for (let i = 1; i < inputs.length; i++) acc = b.node('Mul', [acc, inputs[i].name], i === inputs.length - 1 ? n : `${n}/${i}`);
      const map = inputs.find((v) => v.shape.rank === 4 && (v.shape.h > 1 || v.shape.w > 1));
      return { name: acc, shape: (map ?? x).shape };
    }
    case 'Reshape': {
      const target = cfg.targetShape as number[];
      if (x.shape.rank !== 2 || target.length !== 3 || target[0] !== 1 || target[1] !== 1 || target[2] !== x.shape.f)
        b.fail(`${n}: only Reshape of a vector [F] to [1, 1, F] is supported`);
      const shape = `${n}/shape`;
      b.initializers.push({ name: shape, type: 'int64', dims: [4], data: [0, x.shape.f, 1, 1] }); // 0: keep the batch
      return { name: b.node('Reshape', [x.name, shape], n), shape: { rank: 4, c: x.shape.f, h: 1, w: 1 } };
    }
    case 'Dropout':
    case 'InputLayer':
      return x;
    default:
      b.fail(`layer ${n} of class ${cls} is not supported`);
  }
}
