import { encodeModel } from '../onnxModel';

/**
 * Reference graphs for `layerNorm` and `gelu`, run in onnxruntime-web by the tests.
 */

/** LayerNormalization (opset 17) over the last axis of x `shape`, with scale and bias baked in. */
export function layerNormModel(shape: number[], gamma: ArrayLike<number>, beta: ArrayLike<number>, epsilon: number): Uint8Array {
  const d = shape[shape.length - 1];
  return encodeModel({
    opset: 17,
    nodes: [{ op: 'LayerNormalization', inputs: ['x', 'scale', 'B'], outputs: ['y'], attrs: { axis: { int: -1 }, epsilon: { float: epsilon } } }],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape }],
    initializers: [
      { name: 'scale', type: 'float', dims: [d], data: gamma },
      { name: 'B', type: 'float', dims: [d], data: beta },
    ],
  });
}

/** The standard-domain Gelu (opset 20): approximate 'none' is the erf form, 'tanh' the tanh form. */
export function geluModel(shape: number[], approximate: 'none' | 'tanh'): Uint8Array {
  return encodeModel({
    opset: 20,
    nodes: [{ op: 'Gelu', inputs: ['x'], outputs: ['y'], attrs: { approximate: { string: approximate } } }],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape }],
  });
}

/**
 * The erf GELU as exporters decompose it before opset 20 (torch.onnx, tf2onnx):
 * Div(x, √2) → Erf → Add 1 → Mul x → Mul ½. (ORT may fuse it back into its own Gelu kernel.)
 */
export function geluErfGraphModel(shape: number[]): Uint8Array {
  const s = (name: string, v: number) => ({ name, type: 'float' as const, dims: [], data: [v] });
  return encodeModel({
    opset: 17,
    nodes: [
      { op: 'Div', inputs: ['x', 'sqrt2'], outputs: ['z'] },
      { op: 'Erf', inputs: ['z'], outputs: ['e'] },
      { op: 'Add', inputs: ['e', 'one'], outputs: ['p'] },
      { op: 'Mul', inputs: ['x', 'p'], outputs: ['xp'] },
      { op: 'Mul', inputs: ['xp', 'half'], outputs: ['y'] },
    ],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape }],
    initializers: [s('sqrt2', Math.SQRT2), s('one', 1), s('half', 0.5)],
  });
}

/** BatchNormalization (opset 15, inference form) over NCHW with per-channel scale, bias, mean and variance baked in. */
export function batchNormModel(
  shape: number[],
  p: { scale: ArrayLike<number>; bias: ArrayLike<number>; mean: ArrayLike<number>; variance: ArrayLike<number> },
  epsilon: number,
): Uint8Array {
  const c = shape[1];
  const init = (name: string, data: ArrayLike<number>) => ({ name, type: 'float' as const, dims: [c], data });
  return encodeModel({
    opset: 15,
    nodes: [{ op: 'BatchNormalization', inputs: ['x', 'scale', 'B', 'mean', 'var'], outputs: ['y'], attrs: { epsilon: { float: epsilon } } }],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape }],
    initializers: [init('scale', p.scale), init('B', p.bias), init('mean', p.mean), init('var', p.variance)],
  });
}

/** InstanceNormalization (opset 6): per-(sample, channel) normalisation, group norm with G = C. */
export function instanceNormModel(shape: number[], scale: ArrayLike<number>, bias: ArrayLike<number>, epsilon: number): Uint8Array {
  const c = shape[1];
  return encodeModel({
    nodes: [{ op: 'InstanceNormalization', inputs: ['x', 'scale', 'B'], outputs: ['y'], attrs: { epsilon: { float: epsilon } } }],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape }],
    initializers: [
      { name: 'scale', type: 'float', dims: [c], data: scale },
      { name: 'B', type: 'float', dims: [c], data: bias },
    ],
  });
}
