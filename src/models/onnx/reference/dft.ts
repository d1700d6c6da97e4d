import { encodeModel } from '../onnxModel';

/**
 * One-node ONNX `DFT` over a complex signal stored as [batch, n, 2] (real, imaginary last), the
 * transform along axis 1. Opset 17 takes the axis as an attribute; opset 20 moved it to an int64
 * input (default −2, the same axis here). onnxruntime's DFT is unscaled forward and 1/n inverse,
 * as numpy's.
 */
export function dftModel(batch: number, n: number, inverse: boolean, opset: 17 | 20 = 17): Uint8Array {
  const shape = [batch, n, 2];
  const inv = { inverse: { int: inverse ? 1 : 0 } };
  return encodeModel({
    opset,
    nodes: [
      opset === 17
        ? { op: 'DFT', inputs: ['x'], outputs: ['y'], attrs: { ...inv, axis: { int: 1 } } }
        : { op: 'DFT', inputs: ['x', '', 'axis'], outputs: ['y'], attrs: inv },
    ],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape }],
    initializers: opset === 20 ? [{ name: 'axis', type: 'int64', dims: [], data: [1] }] : [],
  });
}

/** Two chained `DFT` nodes (opset 17) over axes 1 and 2 of [1, h, w, 2]: the 2-D transform, rows then columns as ONNX allows. */
export function dft2dModel(h: number, w: number): Uint8Array {
  const shape = [1, h, w, 2];
  return encodeModel({
    opset: 17,
    nodes: [
      { op: 'DFT', inputs: ['x'], outputs: ['t'], attrs: { axis: { int: 2 } } },
      { op: 'DFT', inputs: ['t'], outputs: ['y'], attrs: { axis: { int: 1 } } },
    ],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape }],
  });
}
