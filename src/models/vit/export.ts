import { encodeModel, type OnnxGraph } from '../onnx/onnxModel';
import { encoderStackNodes, graphBuilder, layerNormNode, linearNodes } from './encoderOnnx';
import { VIT_IO } from './io';
import { tokenCount, type Vit } from './model';

/**
 * vit-tiny as one ONNX graph (opset 17), node for node the tfjs forward pass (forward.ts):
 *   Conv(kernel = stride = P) → Reshape [N, D, T−1] → Transpose → Pad a zero CLS row → Add (pos + [cls; 0])
 *   the encoder blocks (encoderOnnx.ts)
 *   Gather CLS → LayerNormalization → two MatMul/Add heads.
 * Every layer's Softmax output is Unsqueezed and Concatenated into `attention` [N, L, H, T, T].
 * The conv weight [D, C, P, P] is patchW [C·P·P, D] transposed: `patchify`'s feature order is
 * the conv weight's flattening order (src/kernels/patchify.ts).
 */
export function vitGraph(m: Vit): OnnxGraph {
  const c = m.config;
  const { width: D, heads: H, patchSize: P, channels: C, layers: L } = c;
  const T = tokenCount(c);
  const g = graphBuilder();
  const { node, weight, inits } = g;
  g.ints('tokens_shape', [0, D, T - 1]);
  g.ints('cls_pad', [0, 1, 0, 0, 0, 0]);
  g.ints('cls_index', [0], []);
  const patchW = m.patchW.dataSync();
  const convW = new Float32Array(D * C * P * P);
  for (let f = 0; f < C * P * P; f++) for (let d = 0; d < D; d++) convW[d * C * P * P + f] = patchW[f * D + d];
  inits.push({ name: 'patch_w', type: 'float', dims: [D, C, P, P], data: convW });
  weight('patch_b', m.patchB);
  const pos = Float32Array.from(m.pos.dataSync());
  const cls = m.cls.dataSync();
  for (let d = 0; d < D; d++) pos[d] += cls[d];
  inits.push({ name: 'pos_cls', type: 'float', dims: [T, D], data: pos });

  node('Conv', [VIT_IO.input, 'patch_w', 'patch_b'], 'patch_conv', { kernel_shape: { ints: [P, P] }, strides: { ints: [P, P] } });
  node('Transpose', [node('Reshape', ['patch_conv', 'tokens_shape'], 'patch_flat')], 'patch_tokens', { perm: { ints: [0, 2, 1] } });
  const embedded = node('Add', [node('Pad', ['patch_tokens', 'cls_pad'], 'padded'), 'pos_cls'], 'embedded');
  const { x } = encoderStackNodes(g, embedded, m.layers, D, H, VIT_IO.attention);
  const clsOut = layerNormNode(
    g,
    node('Gather', [x, 'cls_index'], 'cls_token', { axis: { int: 1 } }),
    weight('ln_g', m.lnG),
    weight('ln_b', m.lnB),
    'cls_norm',
  );
  linearNodes(g, clsOut, weight('shape_w', m.shapeW), weight('shape_b', m.shapeB), VIT_IO.shapeLogits);
  linearNodes(g, clsOut, weight('colour_w', m.colourW), weight('colour_b', m.colourB), VIT_IO.colourLogits);
  return {
    name: 'vit_tiny',
    opset: 17,
    nodes: g.nodes,
    initializers: inits,
    inputs: [{ name: VIT_IO.input, type: 'float', shape: ['batch', C, c.inputSize, c.inputSize] }],
    outputs: [
      { name: VIT_IO.shapeLogits, type: 'float', shape: ['batch', c.shapeClasses] },
      { name: VIT_IO.colourLogits, type: 'float', shape: ['batch', c.colourClasses] },
      { name: VIT_IO.attention, type: 'float', shape: ['batch', L, H, T, T] },
    ],
  };
}

export function exportVit(m: Vit): Uint8Array {
  return encodeModel(vitGraph(m));
}
