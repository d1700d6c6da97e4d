import { type OnnxGraph } from '../onnx/onnxModel';
import { encoderStackNodes, graphBuilder, layerNormNode } from '../vit/encoderOnnx';
import { CLIP_IO } from './io';
import type { Clip } from './model';
import { MASK_NEGATIVE } from './textTransformer';

/**
 * The text transformer (textTransformer.ts) as ONNX nodes, up to the projection:
 *   Gather E[tokens] → Pad a zero CLS row in front → Add (pos + [cls; 0])[: L + 1] (Shape → Slice)
 *   key mask: Pad mask with a 1 in front (CLS) → (1 − keys) · −1e9 → Unsqueeze to [N, 1, 1, L + 1]
 *   the encoder blocks (src/models/vit/encoderOnnx.ts), attention → `attention` [N, layers, heads, L + 1, L + 1]
 *   Gather CLS → LayerNormalization → MatMul W_t → `projected`.
 */
export function textTransformerGraph(m: Clip, projected: string): OnnxGraph {
  const io = CLIP_IO.text;
  const t = m.text;
  const { textWidth: W, textHeads: H, textLayers: L, embedDim: D } = m.config;
  const g = graphBuilder();
  const { node, weight, inits } = g;
  const pos = Float32Array.from(t.pos.dataSync());
  const cls = t.cls.dataSync();
  for (let d = 0; d < W; d++) pos[d] += cls[d];
  inits.push({ name: 'pos_cls', type: 'float', dims: t.pos.shape, data: pos });
  g.ints('cls_pad', [0, 1, 0, 0, 0, 0]);
  g.ints('mask_pad', [0, 1, 0, 0]);
  g.ints('zero', [0]);
  g.ints('cls_index', [0], []);
  g.ints('mask_axes', [1, 2]);
  g.floats('mask_negative', MASK_NEGATIVE);

  const words = node('Gather', [weight('token_embedding', t.tokens), io.tokens], 'words', { axis: { int: 0 } }); // [N, L, W]
  const length = node('Slice', [node('Shape', [io.tokens], 'tokens_shape'), 'axis1', 'two'], 'length'); // [1] = L
  const posRows = node('Slice', ['pos_cls', 'zero', node('Add', [length, 'axis1'], 'tokens_with_cls'), 'zero'], 'pos_rows');
  const embedded = node('Add', [node('Pad', [words, 'cls_pad'], 'padded'), posRows], 'embedded');
  const keys = node('Pad', [io.mask, 'mask_pad', 'one'], 'keys'); // CLS is always a key
  const bias = node('Unsqueeze', [node('Mul', [node('Sub', ['one', keys], 'padding'), 'mask_negative'], 'bias2'), 'mask_axes'], 'bias');
  g.ints('two', [2]);
  const { x } = encoderStackNodes(g, embedded, t.layers, W, H, io.attention, bias);
  const clsOut = layerNormNode(
    g,
    node('Gather', [x, 'cls_index'], 'cls_token', { axis: { int: 1 } }),
    weight('ln_g', t.lnG),
    weight('ln_b', t.lnB),
    'cls_norm',
  );
  node('MatMul', [clsOut, weight('text_projection', t.projection)], projected);
  return {
    name: 'clip_text',
    opset: 17,
    nodes: g.nodes,
    initializers: inits,
    inputs: [
      { name: io.tokens, type: 'int64', shape: ['batch', 'length'] },
      { name: io.mask, type: 'float', shape: ['batch', 'length'] },
    ],
    outputs: [
      { name: projected, type: 'float', shape: ['batch', D] },
      { name: io.attention, type: 'float', shape: ['batch', L, H, 'tokens', 'tokens'] },
    ],
  };
}
