import type { Conv2dOptions } from '../../../kernels/conv2d';
import type { ConvTranspose2dOptions } from '../../../kernels/convTranspose2d';
import type { MaxPool2dOptions } from '../../../kernels/maxPool2d';
import type { Tensor } from '../../../kernels/tensor';
import { encodeModel, type OnnxInitializer } from '../onnxModel';

/**
 * One-node Conv, ConvTranspose and MaxPool models (opset 17) with the weights as initializers:
 * onnxruntime's own operators, the reference the conv kernels are tested and benchmarked
 * against. The output's dimensions are left symbolic, so onnxruntime infers the shape itself
 * rather than trusting ours.
 */
const OUT = ['n', 'm', 'oh', 'ow'];

function weights(w: Tensor, b: Tensor | null): OnnxInitializer[] {
  const list: OnnxInitializer[] = [{ name: 'w', type: 'float', dims: w.shape, data: w.data }];
  if (b) list.push({ name: 'b', type: 'float', dims: b.shape, data: b.data });
  return list;
}

export function convModel(xShape: number[], w: Tensor, b: Tensor | null, opts: Conv2dOptions = {}): Uint8Array {
  return encodeModel({
    nodes: [
      {
        op: 'Conv',
        inputs: b ? ['x', 'w', 'b'] : ['x', 'w'],
        outputs: ['y'],
        attrs: {
          kernel_shape: { ints: w.shape.slice(2) },
          strides: { ints: opts.stride ?? [1, 1] },
          pads: { ints: opts.padding ?? [0, 0, 0, 0] },
          dilations: { ints: opts.dilation ?? [1, 1] },
          group: { int: opts.groups ?? 1 },
        },
      },
    ],
    inputs: [{ name: 'x', type: 'float', shape: xShape }],
    outputs: [{ name: 'y', type: 'float', shape: OUT }],
    initializers: weights(w, b),
  });
}

export function convTransposeModel(xShape: number[], w: Tensor, b: Tensor | null, opts: ConvTranspose2dOptions): Uint8Array {
  return encodeModel({
    nodes: [
      {
        op: 'ConvTranspose',
        inputs: b ? ['x', 'w', 'b'] : ['x', 'w'],
        outputs: ['y'],
        attrs: {
          kernel_shape: { ints: w.shape.slice(2) },
          strides: { ints: opts.stride },
          pads: { ints: opts.padding },
          output_padding: { ints: opts.outputPadding ?? [0, 0] },
        },
      },
    ],
    inputs: [{ name: 'x', type: 'float', shape: xShape }],
    outputs: [{ name: 'y', type: 'float', shape: OUT }],
    initializers: weights(w, b),
  });
}

export function maxPoolModel(xShape: number[], opts: MaxPool2dOptions): Uint8Array {
  return encodeModel({
    nodes: [
      {
        op: 'MaxPool',
        inputs: ['x'],
        outputs: ['y'],
        attrs: { kernel_shape: { ints: opts.kernel }, strides: { ints: opts.stride }, pads: { ints: opts.padding } },
      },
    ],
    inputs: [{ name: 'x', type: 'float', shape: xShape }],
    outputs: [{ name: 'y', type: 'float', shape: OUT }],
  });
}
