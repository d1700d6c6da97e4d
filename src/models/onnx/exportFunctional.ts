import type * as tf from '@tensorflow/tfjs';
import { encodeModel, type OnnxGraph } from './onnxModel';
import { OnnxBuilder, convertLayer, type Value } from './layerConverters';
import { finishGraph, inputValue, type ExportOptions } from './exportSequential';

/**
 * Exports a tfjs functional model (tf.model: a DAG of layers, e.g. a U-Net whose skip
 * connections join two branches with Concatenate) to an ONNX graph that takes NCHW input.
 * Same layers and conventions as exportSequential (layerConverters.ts), plus the multi-input
 * Concatenate and Add. One input, one output; a layer applied more than once (shared weights)
 * is refused rather than guessed at.
 *
 * Walks `model.layers`, which tfjs keeps in topological order (by decreasing depth), mapping each
 * symbolic tensor to the ONNX value it became.
 */
export function functionalToOnnx(model: tf.LayersModel, opts: ExportOptions = {}): OnnxGraph {
  const b = new OnnxBuilder('exportFunctional');
  if (model.outputs.length !== 1) b.fail(`the model must have exactly one output, it has ${model.outputs.length}`);
  const input = inputValue(model, opts.inputName ?? 'input', b.who);
  const values = new Map<number, Value>([[model.inputs[0].id, input]]);
  for (const layer of model.layers) {
    if (layer.getClassName() === 'InputLayer') continue;
    if (layer.inboundNodes.length !== 1) b.fail(`layer ${layer.name} is applied ${layer.inboundNodes.length} times; shared layers are not supported`);
    const ins = [layer.input].flat() as tf.SymbolicTensor[];
    const args = ins.map((t) => values.get(t.id) ?? b.fail(`layer ${layer.name}: its input ${t.name} has not been computed (graph not in topological order?)`));
    values.set((layer.output as tf.SymbolicTensor).id, convertLayer(b, layer, args));
  }
  const last = values.get(model.outputs[0].id) ?? b.fail(`the output ${model.outputs[0].name} is not produced by any layer`);
  return finishGraph(b, input, last, opts, model.name);
}

/** `functionalToOnnx` encoded as ONNX bytes. */
export function exportFunctional(model: tf.LayersModel, opts: ExportOptions = {}): Uint8Array {
  return encodeModel(functionalToOnnx(model, opts));
}
