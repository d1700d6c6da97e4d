import { encodeModel, type OnnxGraph, type OnnxNode } from '../onnx/onnxModel';
import { textTransformerGraph } from './textGraph';
import { sequentialToOnnx } from '../onnx/exportSequential';
import { CLIP_IO } from './io';
import type { Clip } from './model';

export { CLIP_IO };

/**
 * The tiny CLIP as two ONNX graphs (opset 17), each ending in the same L2 normalisation:
 *   y = x / max(ReduceL2(x, axis 1), 1e-12)
 * Image: our Sequential exporter (NCHW in, layerConverters.ts conventions) plus that ending.
 * Text: the transformer's nodes (textGraph.ts) plus that ending; it also outputs every block's
 * attention weights. The parity test holds tfjs and onnxruntime together.
 */

function normalizeNodes(x: string, out: string, prefix: string): { nodes: OnnxNode[]; eps: string } {
  const eps = `${prefix}/eps`;
  return {
    eps,
    nodes: [
      { op: 'ReduceL2', inputs: [x], outputs: [`${prefix}/norm`], attrs: { axes: { ints: [1] }, keepdims: { int: 1 } }, name: `${prefix}/norm` },
      { op: 'Max', inputs: [`${prefix}/norm`, eps], outputs: [`${prefix}/norm_safe`], name: `${prefix}/norm_safe` },
      { op: 'Div', inputs: [x, `${prefix}/norm_safe`], outputs: [out], name: `${prefix}/normalize` },
    ],
  };
}

export function imageEncoderGraph(m: Clip): OnnxGraph {
  const io = CLIP_IO.image;
  const g = sequentialToOnnx(m.image, { inputName: io.input, outputName: 'projected', name: 'clip_image' });
  const { nodes, eps } = normalizeNodes('projected', io.output, 'l2');
  return {
    ...g,
    nodes: [...g.nodes, ...nodes],
    initializers: [...(g.initializers ?? []), { name: eps, type: 'float', dims: [], data: [1e-12] }],
    outputs: [{ name: io.output, type: 'float', shape: ['batch', m.config.embedDim] }],
  };
}

export function textEncoderGraph(m: Clip): OnnxGraph {
  const io = CLIP_IO.text;
  const g = textTransformerGraph(m, 'projected');
  const { nodes, eps } = normalizeNodes('projected', io.output, 'l2');
  return {
    ...g,
    nodes: [...g.nodes, ...nodes],
    initializers: [...(g.initializers ?? []), { name: eps, type: 'float', dims: [], data: [1e-12] }],
    outputs: [{ name: io.output, type: 'float', shape: ['batch', m.config.embedDim] }, g.outputs[1]],
  };
}

export function exportClip(m: Clip): { image: Uint8Array; text: Uint8Array } {
  return { image: encodeModel(imageEncoderGraph(m)), text: encodeModel(textEncoderGraph(m)) };
}
