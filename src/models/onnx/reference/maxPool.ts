import { encodeModel } from '../onnxModel';

/**
 * MaxPool, stride 1, over a [1, 1, H, W] image with a kh×kw window whose anchor (the output
 * pixel's place in the window) is (ax, ay): pads begin = anchor, end = size − 1 − anchor, so the
 * output keeps the input size. Padding never wins a max (onnxruntime pads MaxPool with −∞): a
 * grey dilation by a full rectangle with OpenCV's default border.
 */
export function maxPoolModel(h: number, w: number, kh: number, kw: number, ay = kh >> 1, ax = kw >> 1): Uint8Array {
  return encodeModel({
    nodes: [
      {
        op: 'MaxPool',
        inputs: ['x'],
        outputs: ['y'],
        attrs: { kernel_shape: { ints: [kh, kw] }, pads: { ints: [ay, ax, kh - 1 - ay, kw - 1 - ax] } },
      },
    ],
    inputs: [{ name: 'x', type: 'float', shape: [1, 1, h, w] }],
    outputs: [{ name: 'y', type: 'float', shape: [1, 1, h, w] }],
  });
}
