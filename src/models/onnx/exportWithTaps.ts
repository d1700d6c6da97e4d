import type * as tf from '@tensorflow/tfjs';
import { encodeModel, type OnnxGraph } from './onnxModel';
import { OnnxBuilder, convertLayer, type Value } from './layerConverters';
import { finishGraph, inputValue, type ExportOptions } from './exportSequential';

/**
 * exportFunctional plus extra graph outputs: the activations of chosen layers (by tfjs layer
 * name), NCHW [batch, C, H, W], each under its layer's name. Same walk and converters as
 * exportFunctional (layerConverters.ts), so the main output is the same computation; a tap is
 * the value after the layer's activation (a Conv2D with relu taps the Relu's output).
 * Used to re-export a trained model's weights with its feature maps visible, without retraining.
 */
export function functionalToOnnxWithTaps(model: tf.LayersModel, taps: string[], opts: ExportOptions = {}): OnnxGraph {
  const b = new OnnxBuilder('exportWithTaps');
  const input = inputValue(model, opts.inputName ?? 'input', b.who);
  const values = new Map<number, Value>([[model.inputs[0].id, input]]);
  const byLayer = new Map<string, Value>();
  for (const layer of model.layers) {
    if (layer.getClassName() === 'InputLayer') continue;
    const ins = [layer.input].flat() as tf.SymbolicTensor[];
    const args = ins.map((t) => values.get(t.id) ?? b.fail(`layer ${layer.name}: its input has not been computed`));
    const v = convertLayer(b, layer, args);
    values.set((layer.output as tf.SymbolicTensor).id, v);
    byLayer.set(layer.name, v);
  }
  const last = values.get(model.outputs[0].id) ?? b.fail('the output is not produced by any layer');
  const g = finishGraph(b, input, last, opts, model.name);
  const batch = opts.batch ?? 'batch';
  for (const name of taps) {
    const v = byLayer.get(name) ?? b.fail(`no layer named ${name}`);
    const s = v.shape;
    if (s.rank !== 4) return b.fail(`tap ${name} is not a feature map`);
    if (v.name === last.name) b.fail(`tap ${name} is the model's output`);
    // A graph output needs its own name: an Identity from the layer's value.
    b.nodes.push({ op: 'Identity', inputs: [v.name], outputs: [`tap/${name}`], name: `tap/${name}` });
    g.outputs.push({ name: `tap/${name}`, type: 'float', shape: [batch, s.c, s.h, s.w] });
  }
  return g;
}

export function exportWithTaps(model: tf.LayersModel, taps: string[], opts: ExportOptions = {}): Uint8Array {
  return encodeModel(functionalToOnnxWithTaps(model, taps, opts));
}
