import { encodeModel } from './onnxModel';

/**
 * One-node ONNX models of standard operators. They run our kernels' inputs through
 * onnxruntime's own implementation: the reference the tests and the demos' "check" buttons use.
 */

/** Resize, mode linear, with a `sizes` input (opset 18) over an NCHW float tensor. */
export function resizeModel(shape: number[], outH: number, outW: number, coordinateMode: string): Uint8Array {
  const [n, c] = shape;
  return encodeModel({
    opset: 18,
    nodes: [
      {
        op: 'Resize',
        inputs: ['x', '', '', 'sizes'],
        outputs: ['y'],
        attrs: { mode: { string: 'linear' }, coordinate_transformation_mode: { string: coordinateMode } },
      },
    ],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape: [n, c, outH, outW] }],
    initializers: [{ name: 'sizes', type: 'int64', dims: [4], data: [n, c, outH, outW] }],
  });
}
