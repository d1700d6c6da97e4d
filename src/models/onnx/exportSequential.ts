import type * as tf from '@tensorflow/tfjs';
import { encodeModel, type OnnxGraph } from './onnxModel';
import { OnnxBuilder, convertLayer, type Shape, type Value } from './layerConverters';

/**
 * Exports a tfjs Sequential (channels-last) model to an ONNX graph that takes NCHW input.
 * Supported layers: Conv2D, MaxPooling2D, AveragePooling2D, GlobalAveragePooling2D,
 * GlobalMaxPooling2D, Flatten, Dense, Activation, ReLU, LeakyReLU, Softmax, BatchNormalization,
 * UpSampling2D (nearest), Dropout (identity at inference); activations relu, sigmoid, tanh,
 * softmax, linear. The layer conventions (kernel layout, TensorFlow 'same' pads, HWC flatten
 * order) are in layerConverters.ts, shared with exportFunctional for graphs with branches.
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

/** The model's input as an NCHW value (fixed sizes except the batch). */
export function inputValue(model: tf.LayersModel, name: string, who: string): Value {
  if (model.inputs.length !== 1) throw new Error(`${who}: the model must have exactly one input, it has ${model.inputs.length}`);
  const dims = model.inputs[0].shape.slice(1) as number[]; // [H, W, C] or [F]
  if (dims.some((d) => d == null)) throw new Error(`${who}: the input shape must be fixed (except the batch)`);
  if (dims.length !== 3 && dims.length !== 1) throw new Error(`${who}: inputs of rank ${dims.length + 1} are not supported`);
  const shape: Shape = dims.length === 3 ? { rank: 4, c: dims[2], h: dims[0], w: dims[1] } : { rank: 2, f: dims[0] };
  return { name, shape };
}

/** Names the last value `outputName`, adds the optional softmax output, and assembles the graph. */
export function finishGraph(b: OnnxBuilder, input: Value, last: Value, opts: ExportOptions, fallbackName: string): OnnxGraph {
  const batch = opts.batch ?? 'batch';
  const outputName = opts.outputName ?? 'output';
  const withBatch = (s: Shape) => (s.rank === 4 ? [batch, s.c, s.h, s.w] : [batch, s.f]);
  if (last.name === input.name) b.node('Identity', [input.name], outputName);
  else b.rename(last.name, outputName);
  const outputs = [{ name: outputName, type: 'float' as const, shape: withBatch(last.shape) }];
  if (opts.softmaxOutput) {
    b.nodes.push({ op: 'Softmax', inputs: [outputName], outputs: [opts.softmaxOutput], attrs: { axis: { int: last.shape.rank === 4 ? 1 : -1 } } });
    outputs.push({ name: opts.softmaxOutput, type: 'float', shape: withBatch(last.shape) });
  }
  return {
    nodes: b.nodes,
    initializers: b.initializers,
    inputs: [{ name: input.name, type: 'float', shape: withBatch(input.shape) }],
    outputs,
    opset: opts.opset,
    name: opts.name ?? fallbackName,
  };
}

export function sequentialToOnnx(model: tf.LayersModel, opts: ExportOptions = {}): OnnxGraph {
  const b = new OnnxBuilder('exportSequential');
  const input = inputValue(model, opts.inputName ?? 'input', b.who);
  let cur = input;
  for (const layer of model.layers) cur = convertLayer(b, layer, [cur]);
  return finishGraph(b, input, cur, opts, model.name);
}

/** `sequentialToOnnx` encoded as ONNX bytes. */
export function exportSequential(model: tf.LayersModel, opts: ExportOptions = {}): Uint8Array {
  return encodeModel(sequentialToOnnx(model, opts));
}
