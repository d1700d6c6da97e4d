import { encodeModel } from '../onnxModel';

/** ONNX `Pad` modes and the OpenCV border each one equals ('reflect' excludes the edge pixel: BORDER_REFLECT_101). */
export type OnnxPadMode = 'constant' | 'reflect' | 'edge' | 'wrap';

/**
 * Pad (opset 19, which added 'wrap') then a valid Conv with one kh×kw kernel: a single-channel
 * [1, 1, H, W] image filtered with a chosen border, entirely inside onnxruntime.
 */
export function paddedConvModel(h: number, w: number, kernel: ArrayLike<number>, kh: number, kw: number, mode: OnnxPadMode, value = 0): Uint8Array {
  const [ry, rx] = [kh >> 1, kw >> 1];
  return encodeModel({
    opset: 19,
    nodes: [
      { op: 'Pad', inputs: ['x', 'pads', 'value'], outputs: ['p'], attrs: { mode: { string: mode } } },
      { op: 'Conv', inputs: ['p', 'k'], outputs: ['y'] },
    ],
    inputs: [{ name: 'x', type: 'float', shape: [1, 1, h, w] }],
    outputs: [{ name: 'y', type: 'float', shape: [1, 1, h, w] }],
    initializers: [
      { name: 'pads', type: 'int64', dims: [8], data: [0, 0, ry, rx, 0, 0, ry, rx] },
      { name: 'value', type: 'float', dims: [], data: [value] },
      { name: 'k', type: 'float', dims: [1, 1, kh, kw], data: kernel },
    ],
  });
}

/** AveragePool, stride 1, same-size padding, count_include_pad = 1: a box filter with a zero border. */
export function boxPoolModel(h: number, w: number, kh: number, kw: number): Uint8Array {
  const [ry, rx] = [kh >> 1, kw >> 1];
  return encodeModel({
    nodes: [
      {
        op: 'AveragePool',
        inputs: ['x'],
        outputs: ['y'],
        attrs: { kernel_shape: { ints: [kh, kw] }, pads: { ints: [ry, rx, ry, rx] }, count_include_pad: { int: 1 } },
      },
    ],
    inputs: [{ name: 'x', type: 'float', shape: [1, 1, h, w] }],
    outputs: [{ name: 'y', type: 'float', shape: [1, 1, h, w] }],
  });
}
