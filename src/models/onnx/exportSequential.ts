import type * as tf from '@tensorflow/tfjs';
import { encodeModel, type OnnxGraph, type OnnxInitializer, type OnnxNode } from './onnxModel';

/**
 * Exports a tfjs Sequential (channels-last) model to an ONNX graph that takes NCHW input.
 * Supported layers: Conv2D, MaxPooling2D, AveragePooling2D, GlobalAveragePooling2D,
 * GlobalMaxPooling2D, Flatten, Dense, Activation, ReLU, Softmax, BatchNormalization, Dropout
 * (identity at inference); activations relu, sigmoid, tanh, softmax, linear.
 * Conventions:
 *  - Conv kernels: tfjs HWIO [kh, kw, in, out] → ONNX OIHW [out, in, kh, kw].
 *  - 'same' padding becomes explicit pads computed like TensorFlow (the extra pixel, if any,
 *    goes after: bottom/right), so spatial sizes are fixed at export; only the batch is symbolic.
 *  - Flatten of a feature map: tfjs flattens HWC order, so a Transpose to NHWC precedes Flatten.
 *  - Dense: Gemm(x, kernel [in, out], bias).
 */
export interface ExportOptions {
  inputName?: string; // default 'input'
  outputName?: string; // default 'output'
  /** Also output softmax of the last layer under this name (e.g. logits model → 'probs'). */
  softmaxOutput?: string;
  batch?: string | number; // default 'batch' (symbolic)
  opset?: number; // default 17
  name?: string;
}

type Shape = { rank: 4; c: number; h: number; w: number } | { rank: 2; f: number };
type Cfg = Record<string, unknown>;

/** HWIO → OIHW. */
function hwioToOihw(k: Float32Array, [kh, kw, ci, co]: number[]): Float32Array {
  const out = new Float32Array(k.length);
  for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) for (let i = 0; i < ci; i++) for (let o = 0; o < co; o++) {
    out[((o * ci + i) * kh + y) * kw + x] = k[((y * kw + x) * ci + i) * co + o];
  }
  return out;
}

/** Output size and [before, after] pads of one spatial dim, TensorFlow rules. */
function window(size: number, k: number, s: number, d: number, padding: string): { out: number; pads: [number, number] } {
  const span = (k - 1) * d + 1;
  if (padding === 'valid') return { out: Math.floor((size - span) / s) + 1, pads: [0, 0] };
  if (padding !== 'same') throw new Error(`exportSequential: padding '${padding}' is not supported`);
  const out = Math.ceil(size / s);
  const total = Math.max((out - 1) * s + span - size, 0);
  return { out, pads: [Math.floor(total / 2), total - Math.floor(total / 2)] };
}

const pair = (v: unknown): [number, number] => (Array.isArray(v) ? [v[0], v[1] ?? v[0]] : [v as number, v as number]);

export function sequentialToOnnx(model: tf.LayersModel, opts: ExportOptions = {}): OnnxGraph {
  const inputName = opts.inputName ?? 'input';
  const batch = opts.batch ?? 'batch';
  const nodes: OnnxNode[] = [];
  const initializers: OnnxInitializer[] = [];
  const inDims = model.inputs[0].shape.slice(1) as number[]; // [H, W, C] or [F]
  if (inDims.some((d) => d == null)) throw new Error('exportSequential: the input shape must be fixed (except the batch)');
  const [H, W, C] = inDims;
  let shape: Shape = inDims.length === 3 ? { rank: 4, c: C, h: H, w: W } : { rank: 2, f: inDims[0] };
  const inShape = inDims.length === 3 ? [batch, C, H, W] : [batch, inDims[0]];
  let cur = inputName;
  const emit = (op: string, inputs: string[], out: string, attrs?: OnnxNode['attrs']) => {
    nodes.push({ op, inputs: [cur, ...inputs], outputs: [out], attrs, name: out });
    cur = out;
  };
  const weight = (name: string, t: tf.Tensor, data?: Float32Array, dims?: number[]) => {
    initializers.push({ name, type: 'float', dims: dims ?? t.shape, data: data ?? (t.dataSync() as Float32Array) });
    return name;
  };
  const activation = (act: unknown, base: string) => {
    if (act === undefined || act === null || act === 'linear') return;
    const op = { relu: 'Relu', sigmoid: 'Sigmoid', tanh: 'Tanh', softmax: 'Softmax' }[act as string];
    if (!op) throw new Error(`exportSequential: activation '${act}' is not supported`);
    emit(op, [], `${base}/${act}`, op === 'Softmax' ? { axis: { int: shape.rank === 4 ? 1 : -1 } } : undefined);
  };

  for (const layer of model.layers) {
    const cls = layer.getClassName();
    const cfg = layer.getConfig() as Cfg;
    const n = layer.name;
    const ws = layer.getWeights();
    if ((cfg.dataFormat ?? 'channelsLast') !== 'channelsLast') throw new Error(`exportSequential: ${n} is not channels-last`);
    if (cls === 'Conv2D' || cls === 'MaxPooling2D' || cls === 'AveragePooling2D') {
      if (shape.rank !== 4) throw new Error(`exportSequential: ${n} needs a feature map`);
      const conv = cls === 'Conv2D';
      const [kh, kw] = pair(conv ? cfg.kernelSize : cfg.poolSize);
      const [sh, sw] = pair(cfg.strides ?? (conv ? 1 : [kh, kw]));
      const [dh, dw] = conv ? pair(cfg.dilationRate ?? 1) : [1, 1];
      const y = window(shape.h, kh, sh, dh, cfg.padding as string);
      const x = window(shape.w, kw, sw, dw, cfg.padding as string);
      const attrs: OnnxNode['attrs'] = { kernel_shape: { ints: [kh, kw] }, strides: { ints: [sh, sw] }, pads: { ints: [y.pads[0], x.pads[0], y.pads[1], x.pads[1]] } };
      if (conv) {
        const [k, b] = ws;
        const ks = k.shape as number[];
        const inputs = [weight(`${n}/W`, k, hwioToOihw(k.dataSync() as Float32Array, ks), [ks[3], ks[2], kh, kw])];
        if (b) inputs.push(weight(`${n}/B`, b));
        emit('Conv', inputs, n, { ...attrs, dilations: { ints: [dh, dw] } });
        shape = { rank: 4, c: ks[3], h: y.out, w: x.out };
        activation(cfg.activation, n);
      } else {
        emit(cls === 'MaxPooling2D' ? 'MaxPool' : 'AveragePool', [], n, attrs);
        shape = { ...shape, h: y.out, w: x.out };
      }
    } else if (cls === 'GlobalAveragePooling2D' || cls === 'GlobalMaxPooling2D') {
      if (shape.rank !== 4) throw new Error(`exportSequential: ${n} needs a feature map`);
      emit(cls === 'GlobalAveragePooling2D' ? 'GlobalAveragePool' : 'GlobalMaxPool', [], `${n}/pool`);
      emit('Flatten', [], n, { axis: { int: 1 } });
      shape = { rank: 2, f: shape.c };
    } else if (cls === 'Flatten') {
      if (shape.rank === 4) {
        emit('Transpose', [], `${n}/nhwc`, { perm: { ints: [0, 2, 3, 1] } });
        emit('Flatten', [], n, { axis: { int: 1 } });
        shape = { rank: 2, f: shape.c * shape.h * shape.w };
      }
    } else if (cls === 'Dense') {
      if (shape.rank !== 2) throw new Error(`exportSequential: ${n} on a feature map needs a Flatten first`);
      const [k, b] = ws;
      emit('Gemm', b ? [weight(`${n}/W`, k), weight(`${n}/B`, b)] : [weight(`${n}/W`, k)], n);
      shape = { rank: 2, f: (k.shape as number[])[1] };
      activation(cfg.activation, n);
    } else if (cls === 'Activation') {
      activation(cfg.activation, n);
    } else if (cls === 'ReLU') {
      if (cfg.maxValue != null) throw new Error(`exportSequential: ${n}: ReLU maxValue is not supported`);
      activation('relu', n);
    } else if (cls === 'Softmax') {
      activation('softmax', n);
    } else if (cls === 'BatchNormalization') {
      if (cfg.scale === false || cfg.center === false) throw new Error(`exportSequential: ${n}: BatchNormalization needs scale and center`);
      const [gamma, beta, mean, variance] = ws;
      const names = [weight(`${n}/scale`, gamma), weight(`${n}/B`, beta), weight(`${n}/mean`, mean), weight(`${n}/var`, variance)];
      emit('BatchNormalization', names, n, { epsilon: { float: cfg.epsilon as number } });
    } else if (cls !== 'Dropout' && cls !== 'InputLayer') {
      throw new Error(`exportSequential: layer ${n} of class ${cls} is not supported`);
    }
  }
  const outputName = opts.outputName ?? 'output';
  if (nodes.length === 0) emit('Identity', [], outputName);
  else nodes[nodes.length - 1].outputs[0] = outputName;
  const outShape = shape.rank === 4 ? [batch, shape.c, shape.h, shape.w] : [batch, shape.f];
  const outputs = [{ name: outputName, type: 'float' as const, shape: outShape }];
  if (opts.softmaxOutput) {
    nodes.push({ op: 'Softmax', inputs: [outputName], outputs: [opts.softmaxOutput], attrs: { axis: { int: shape.rank === 4 ? 1 : -1 } } });
    outputs.push({ name: opts.softmaxOutput, type: 'float', shape: outShape });
  }
  return { nodes, initializers, inputs: [{ name: inputName, type: 'float', shape: inShape }], outputs, opset: opts.opset, name: opts.name ?? model.name };
}

/** `sequentialToOnnx` encoded as ONNX bytes. */
export function exportSequential(model: tf.LayersModel, opts: ExportOptions = {}): Uint8Array {
  return encodeModel(sequentialToOnnx(model, opts));
}
