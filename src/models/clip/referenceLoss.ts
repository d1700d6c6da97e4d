import { encodeModel } from '../onnx/onnxModel';

/**
 * CLIP's symmetric loss written with onnxruntime's own operators, the reference our plain-TS
 * contrastiveLoss is checked against (tests and the page's check button):
 *   rows  = SoftmaxCrossEntropyLoss(logits, arange(n), reduction mean)
 *   cols  = SoftmaxCrossEntropyLoss(Transpose(logits), arange(n))
 *   loss  = (rows + cols) · 0.5,  and  probs = Softmax(logits, axis 1) (image → text rows)
 * Input `logits` float32 [n, n] = exp(t) · cos.
 */
export function clipLossModel(n: number): Uint8Array {
  const node = (op: string, inputs: string[], out: string, attrs?: Record<string, { int: number } | { string: string } | { ints: number[] }>) => ({
    op,
    inputs,
    outputs: [out],
    attrs,
    name: out,
  });
  return encodeModel({
    opset: 17,
    name: 'clip_loss_reference',
    nodes: [
      node('SoftmaxCrossEntropyLoss', ['logits', 'labels'], 'rows', { reduction: { string: 'mean' } }),
      node('Transpose', ['logits'], 'logits_t', { perm: { ints: [1, 0] } }),
      node('SoftmaxCrossEntropyLoss', ['logits_t', 'labels'], 'cols', { reduction: { string: 'mean' } }),
      node('Add', ['rows', 'cols'], 'sum'),
      node('Mul', ['sum', 'half'], 'loss'),
      node('Softmax', ['logits'], 'probs', { axis: { int: 1 } }),
    ],
    inputs: [{ name: 'logits', type: 'float', shape: [n, n] }],
    outputs: [
      { name: 'loss', type: 'float', shape: [] },
      { name: 'rows', type: 'float', shape: [] },
      { name: 'cols', type: 'float', shape: [] },
      { name: 'probs', type: 'float', shape: [n, n] },
    ],
    initializers: [
      { name: 'labels', type: 'int64', dims: [n], data: Array.from({ length: n }, (_, i) => i) },
      { name: 'half', type: 'float', dims: [], data: [0.5] },
    ],
  });
}
