import { randomSeeded, uniform } from '../../../kernels/random';
import type { OnnxGraph, OnnxInitializer, OnnxNode } from '../onnxModel';

/**
 * Small graphs for checking graphCost: one that onnxruntime can run, touching every shape rule
 * with awkward attributes (asymmetric pads, dilation, ceil_mode, output_padding, a Reshape whose
 * target is computed from Shape → Gather → Concat), every intermediate of interest a graph
 * output with symbolic dims so onnxruntime reports the real shapes; and one with an op nobody
 * implements, for the "report, never crash" path.
 */
const rand = randomSeeded(31);
const floats = (name: string, dims: number[]): OnnxInitializer => ({
  name,
  type: 'float',
  dims,
  data: Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => uniform(rand, -1, 1)),
});
const ints = (name: string, data: number[]): OnnxInitializer => ({ name, type: 'int64', dims: [data.length], data });
const node = (op: string, inputs: string[], out: string, attrs?: OnnxNode['attrs']): OnnxNode => ({ op, inputs, outputs: [out], attrs, name: out });

/** Input x [2, 3, 5, 7]; the outputs are SHAPE_ZOO_OUTPUTS. Hand counts: see graphCost.test.ts. */
export function shapeZooGraph(): OnnxGraph {
  return {
    nodes: [
      node('Conv', ['x', 'w1'], 'conv', { pads: { ints: [1, 0, 2, 1] }, strides: { ints: [2, 1] }, dilations: { ints: [1, 2] } }),
      node('ConvTranspose', ['conv', 'wt'], 'convT', { strides: { ints: [2, 2] }, pads: { ints: [1, 1, 0, 0] }, output_padding: { ints: [1, 0] } }),
      node('MaxPool', ['convT'], 'maxpool', { kernel_shape: { ints: [3, 3] }, strides: { ints: [2, 2] }, ceil_mode: { int: 1 } }),
      node('AveragePool', ['convT'], 'avgpool', { kernel_shape: { ints: [2, 2] }, strides: { ints: [2, 2] }, pads: { ints: [0, 0, 1, 1] } }),
      node('Resize', ['maxpool', '', '', 'sizes'], 'resized', { mode: { string: 'nearest' } }),
      node('Shape', ['resized'], 'shape'),
      node('Gather', ['shape', 'zero'], 'batch'),
      node('Concat', ['batch', 'minus1'], 'target', { axis: { int: 0 } }),
      node('Reshape', ['resized', 'target'], 'flat'),
      node('Gemm', ['flat', 'wg'], 'gemm', { transB: { int: 1 } }),
      node('Softmax', ['gemm'], 'softmax', { axis: { int: 1 } }),
      node('MatMul', ['avgpool', 'wm'], 'matmul'),
      node('Unsqueeze', ['gemm', 'axis1'], 'unsqueezed'),
      node('Squeeze', ['unsqueezed', 'axis1'], 'squeezed'),
      node('Slice', ['convT', 'starts', 'ends', 'axes', 'steps'], 'sliced'),
      node('Transpose', ['sliced'], 'transposed', { perm: { ints: [0, 3, 1, 2] } }),
      node('BatchNormalization', ['conv', 'bn_scale', 'bn_B', 'bn_mean', 'bn_var'], 'bn'),
      node('GlobalAveragePool', ['conv'], 'gap'),
      node('Add', ['bn', 'gap'], 'added'),
      node('Flatten', ['added'], 'flattened', { axis: { int: 2 } }),
      node('Pad', ['x', 'pads'], 'padded'),
      node('ReduceMean', ['padded'], 'mean', { axes: { ints: [2, 3] }, keepdims: { int: 0 } }),
    ],
    inputs: [{ name: 'x', type: 'float', shape: [2, 3, 5, 7] }],
    outputs: Object.entries(SHAPE_ZOO_OUTPUTS).map(([name, rank]) => ({
      name,
      type: 'float' as const,
      shape: Array.from({ length: rank }, (_, i) => `${name}_${i}`),
    })),
    initializers: [
      floats('w1', [4, 3, 3, 2]),
      floats('wt', [4, 2, 3, 3]),
      floats('wg', [10, 144]),
      floats('wm', [6, 5]),
      ...['bn_scale', 'bn_B', 'bn_mean'].map((n) => floats(n, [4])),
      { name: 'bn_var', type: 'float', dims: [4], data: [0.5, 1, 1.5, 2] },
      ints('sizes', [2, 2, 6, 12]),
      ints('zero', [0]),
      ints('minus1', [-1]),
      ints('axis1', [1]),
      ints('starts', [1]),
      ints('ends', [-1]),
      ints('axes', [3]),
      ints('steps', [2]),
      ints('pads', [0, 0, 1, 2, 0, 0, 0, 1]),
    ],
  };
}

/** The outputs and their ranks (onnxruntime checks declared ranks; the dims are left symbolic). */
export const SHAPE_ZOO_OUTPUTS: Record<string, number> = {
  conv: 4,
  convT: 4,
  maxpool: 4,
  avgpool: 4,
  resized: 4,
  flat: 2,
  softmax: 2,
  matmul: 4,
  squeezed: 2,
  transposed: 4,
  flattened: 2,
  mean: 2,
};

/**
 * x [1,2,6,6] → Conv 3×3 (w [4,2,3,3] + bias) → FancyOp (no such operator) → Relu → Conv 1×1
 * (w [3,4,1,1]). With `declareFancy`, FancyOp's output is also a graph output of declared shape
 * [1,4,4,4], as exporters declare value_info.
 */
export function unknownOpGraph(declareFancy: boolean): OnnxGraph {
  return {
    nodes: [
      node('Conv', ['x', 'w1', 'b1'], 'conv1'),
      node('FancyOp', ['conv1'], 'fancy'),
      node('Relu', ['fancy'], 'relu'),
      node('Conv', ['relu', 'w2'], 'conv2'),
    ],
    inputs: [{ name: 'x', type: 'float', shape: [1, 2, 6, 6] }],
    outputs: [{ name: 'conv2', type: 'float', shape: [1, 3, 4, 4] }, ...(declareFancy ? [{ name: 'fancy', type: 'float' as const, shape: [1, 4, 4, 4] }] : [])],
    initializers: [floats('w1', [4, 2, 3, 3]), floats('b1', [4]), floats('w2', [3, 4, 1, 1])],
  };
}
