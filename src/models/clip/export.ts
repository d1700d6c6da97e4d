import { encodeModel, type OnnxGraph, type OnnxNode } from '../onnx/onnxModel';
import { sequentialToOnnx } from '../onnx/exportSequential';
import { CLIP_IO } from './io';
import type { Clip } from './model';

export { CLIP_IO };

/**
 * The tiny CLIP as two ONNX graphs (opset 17), each ending in the same L2 normalisation:
 *   y = x / max(ReduceL2(x, axis 1), 1e-12)
 * Image: our Sequential exporter (NCHW in, layerConverters.ts conventions) plus that ending.
 * Text, written node by node:
 *   E[tokens] (Gather) · mask → ReduceSum over words / max(ReduceSum(mask), 1) → MatMul W_t → normalise
 * The masked mean is what tfjs computes as bag · E (model.ts); the parity test holds them together.
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
  const E = m.text.embedding.dataSync() as Float32Array;
  const W = m.text.projection.dataSync() as Float32Array;
  const [V, H] = m.text.embedding.shape;
  const D = m.config.embedDim;
  const norm = normalizeNodes('projected', io.output, 'l2');
  const node = (op: string, inputs: string[], out: string, attrs?: OnnxNode['attrs']): OnnxNode => ({ op, inputs, outputs: [out], attrs, name: out });
  return {
    name: 'clip_text',
    opset: 17,
    nodes: [
      node('Gather', ['embedding_table', io.tokens], 'words', { axis: { int: 0 } }), // [N, L, H]
      node('Unsqueeze', [io.mask, 'axis2'], 'mask3'), // [N, L, 1]
      node('Mul', ['words', 'mask3'], 'masked'),
      node('ReduceSum', ['masked', 'axis1'], 'summed', { keepdims: { int: 0 } }), // [N, H]
      node('ReduceSum', [io.mask, 'axis1'], 'count', { keepdims: { int: 1 } }), // [N, 1]
      node('Max', ['count', 'one'], 'count_safe'), // an all-pad row: 0 / 1 = a zero vector, not NaN
      node('Div', ['summed', 'count_safe'], 'pooled'),
      node('MatMul', ['pooled', 'text_projection'], 'projected'), // [N, D]
      ...norm.nodes,
    ],
    inputs: [
      { name: io.tokens, type: 'int64', shape: ['batch', 'length'] },
      { name: io.mask, type: 'float', shape: ['batch', 'length'] },
    ],
    outputs: [{ name: io.output, type: 'float', shape: ['batch', D] }],
    initializers: [
      { name: 'embedding_table', type: 'float', dims: [V, H], data: E },
      { name: 'text_projection', type: 'float', dims: [H, D], data: W },
      { name: 'axis1', type: 'int64', dims: [1], data: [1] },
      { name: 'axis2', type: 'int64', dims: [1], data: [2] },
      { name: 'one', type: 'float', dims: [], data: [1] },
      { name: norm.eps, type: 'float', dims: [], data: [1e-12] },
    ],
  };
}

export function exportClip(m: Clip): { image: Uint8Array; text: Uint8Array } {
  return { image: encodeModel(imageEncoderGraph(m)), text: encodeModel(textEncoderGraph(m)) };
}
