import { SHAPES } from '../data/geometry';
import { COLOURS } from '../data/palette';

/**
 * The shipped vit-tiny.onnx's interface (a module of its own: the page reads it without the
 * exporter or tfjs).
 *   in:  `image` NCHW float32 [batch, 3, S, S], RGB in [0, 1]
 *   out: `shape_logits` [batch, 3] (SHAPES order), `colour_logits` [batch, 5] (COLOURS order),
 *        `attention` [batch, layers, heads, T, T] with T = 1 + (S/P)²: every layer's softmax
 *        weights, token 0 = CLS, then the patches in raster order (row-major over the patch grid).
 */
export const VIT_IO = {
  file: 'vit-tiny.onnx',
  input: 'image',
  shapeLogits: 'shape_logits',
  colourLogits: 'colour_logits',
  attention: 'attention',
  shapeLabels: [...SHAPES],
  colourLabels: COLOURS.map((c) => c.name),
  layout: 'NCHW float32 [batch, 3, S, S], RGB in [0, 1]',
} as const;

/** Every layer norm's ε (ONNX LayerNormalization's and PyTorch's default); the page's layer-1 check uses it too. */
export const LAYER_NORM_EPSILON = 1e-5;
