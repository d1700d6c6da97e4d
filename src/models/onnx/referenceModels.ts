import type { RoiAlignOptions } from '../../kernels/roiAlignTaps';
import type { Tensor } from '../../kernels/tensor';
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

/** Depthwise Conv (group = C) with one k×k kernel shared by every channel, same-size zero padding. */
export function depthwiseConvModel(shape: number[], kernel: ArrayLike<number>, k: number): Uint8Array {
  const c = shape[1];
  const r = k >> 1;
  const weights = Array.from({ length: c }, () => Array.from(kernel)).flat();
  return encodeModel({
    nodes: [{ op: 'Conv', inputs: ['x', 'w'], outputs: ['y'], attrs: { group: { int: c }, pads: { ints: [r, r, r, r] } } }],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape }],
    initializers: [{ name: 'w', type: 'float', dims: [c, 1, k, k], data: weights }],
  });
}

/** AveragePool with kernel = stride = s. */
export function avgPoolModel(shape: number[], s: number): Uint8Array {
  const [n, c, h, w] = shape;
  return encodeModel({
    nodes: [{ op: 'AveragePool', inputs: ['x'], outputs: ['y'], attrs: { kernel_shape: { ints: [s, s] }, strides: { ints: [s, s] } } }],
    inputs: [{ name: 'x', type: 'float', shape }],
    outputs: [{ name: 'y', type: 'float', shape: [n, c, h / s, w / s] }],
  });
}

/**
 * RoiAlign (opset 16). aligned=true ⇔ coordinate_transformation_mode half_pixel (torchvision
 * aligned=True); false ⇔ output_half_pixel. batch_indices is an int64 input, as the spec requires.
 */
export function roiAlignModel(xShape: number[], k: number, opts: RoiAlignOptions, onnxMode: 'avg' | 'max' = 'avg'): Uint8Array {
  const [, c] = xShape;
  return encodeModel({
    opset: 16,
    nodes: [
      {
        op: 'RoiAlign',
        inputs: ['x', 'rois', 'batch_indices'],
        outputs: ['y'],
        attrs: {
          mode: { string: onnxMode },
          output_height: { int: opts.outputHeight },
          output_width: { int: opts.outputWidth },
          sampling_ratio: { int: opts.samplingRatio ?? 0 },
          spatial_scale: { float: opts.spatialScale ?? 1 },
          coordinate_transformation_mode: { string: (opts.aligned ?? true) ? 'half_pixel' : 'output_half_pixel' },
        },
      },
    ],
    inputs: [
      { name: 'x', type: 'float', shape: xShape },
      { name: 'rois', type: 'float', shape: [k, 4] },
      { name: 'batch_indices', type: 'int64', shape: [k] },
    ],
    outputs: [{ name: 'y', type: 'float', shape: [k, c, opts.outputHeight, opts.outputWidth] }],
  });
}

/** Feeds for roiAlignModel: batch indices become a BigInt64Array. */
export function roiAlignFeeds(x: Tensor, rois: Tensor, batchIndices: ArrayLike<number>) {
  return {
    x,
    rois,
    batch_indices: { data: BigInt64Array.from(Array.from(batchIndices, (b) => BigInt(b))), shape: [batchIndices.length] },
  };
}

/**
 * ViT patch embedding as implementations write it: Conv(kernel = stride = P, no padding) →
 * Reshape [N, D, T] → Transpose to [N, T, D]. `bias` null leaves Conv's optional B out.
 */
export function patchEmbedModel(xShape: number[], weight: Tensor, bias: Tensor | null, p: number): Uint8Array {
  const [n, , h, w] = xShape;
  const d = weight.shape[0];
  const t = (h / p) * (w / p);
  return encodeModel({
    nodes: [
      { op: 'Conv', inputs: bias ? ['x', 'w', 'b'] : ['x', 'w'], outputs: ['grid'], attrs: { kernel_shape: { ints: [p, p] }, strides: { ints: [p, p] } } },
      { op: 'Reshape', inputs: ['grid', 'seq_shape'], outputs: ['seq'] },
      { op: 'Transpose', inputs: ['seq'], outputs: ['y'], attrs: { perm: { ints: [0, 2, 1] } } },
    ],
    inputs: [{ name: 'x', type: 'float', shape: xShape }],
    outputs: [{ name: 'y', type: 'float', shape: [n, t, d] }],
    initializers: [
      { name: 'w', type: 'float', dims: weight.shape, data: weight.data },
      ...(bias ? [{ name: 'b', type: 'float' as const, dims: bias.shape, data: bias.data }] : []),
      { name: 'seq_shape', type: 'int64', dims: [3], data: [n, d, t] },
    ],
  });
}
