import type * as tf from '@tensorflow/tfjs';
import { encodeModel, type OnnxGraph, type OnnxInitializer, type OnnxNode } from '../onnx/onnxModel';
import { VIT_IO } from './io';
import { LAYER_NORM_EPSILON, tokenCount, type Vit } from './model';

/**
 * vit-tiny as one ONNX graph (opset 17), node for node the tfjs forward pass (forward.ts):
 *   Conv(kernel = stride = P) → Reshape [N, D, T−1] → Transpose → Pad a zero CLS row → Add (pos + [cls; 0])
 *   per layer: LayerNormalization → MatMul/Add ×3 → Reshape [N, T, H, dh] → Transpose to heads →
 *     MatMul → Div √dh → Softmax → MatMul V → Transpose → Reshape → MatMul/Add → Add residual;
 *     LayerNormalization → MatMul/Add → GELU (Div √2 → Erf → Add 1 → Mul x → Mul ½) → MatMul/Add → Add residual
 *   Gather CLS → LayerNormalization → two MatMul/Add heads.
 * Every layer's Softmax output is Unsqueezed and Concatenated into `attention` [N, L, H, T, T].
 * The conv weight [D, C, P, P] is patchW [C·P·P, D] transposed: `patchify`'s feature order is
 * the conv weight's flattening order (src/kernels/patchify.ts).
 */
export function vitGraph(m: Vit): OnnxGraph {
  const c = m.config;
  const { width: D, heads: H, patchSize: P, channels: C, layers: L } = c;
  const T = tokenCount(c);
  const dh = D / H;
  const nodes: OnnxNode[] = [];
  const inits: OnnxInitializer[] = [];
  const node = (op: string, inputs: string[], out: string, attrs?: OnnxNode['attrs']) => {
    nodes.push({ op, inputs, outputs: [out], attrs, name: out });
    return out;
  };
  const weight = (name: string, v: tf.Tensor, dims = v.shape) => {
    inits.push({ name, type: 'float', dims, data: v.dataSync() as Float32Array });
    return name;
  };
  const ints = (name: string, data: number[], dims = [data.length]) => inits.push({ name, type: 'int64', dims, data });
  const floats = (name: string, v: number) => inits.push({ name, type: 'float', dims: [], data: [v] });
  ints('tokens_shape', [0, D, T - 1]);
  ints('cls_pad', [0, 1, 0, 0, 0, 0]);
  ints('split_shape', [0, 0, H, dh]);
  ints('merge_shape', [0, 0, D]);
  ints('axis1', [1]);
  ints('cls_index', [0], []);
  floats('sqrt_dh', Math.sqrt(dh));
  floats('sqrt2', Math.SQRT2);
  floats('one', 1);
  floats('half', 0.5);
  const patchW = m.patchW.dataSync();
  const convW = new Float32Array(D * C * P * P);
  for (let f = 0; f < C * P * P; f++) for (let d = 0; d < D; d++) convW[d * C * P * P + f] = patchW[f * D + d];
  inits.push({ name: 'patch_w', type: 'float', dims: [D, C, P, P], data: convW });
  weight('patch_b', m.patchB);
  const pos = Float32Array.from(m.pos.dataSync());
  const cls = m.cls.dataSync();
  for (let d = 0; d < D; d++) pos[d] += cls[d];
  inits.push({ name: 'pos_cls', type: 'float', dims: [T, D], data: pos });

  const ln = (x: string, g: string, b: string, out: string) =>
    node('LayerNormalization', [x, g, b], out, { axis: { int: -1 }, epsilon: { float: LAYER_NORM_EPSILON } });
  const linear = (x: string, w: string, b: string, out: string) => node('Add', [node('MatMul', [x, w], `${out}_mm`), b], out);

  node('Conv', [VIT_IO.input, 'patch_w', 'patch_b'], 'patch_conv', { kernel_shape: { ints: [P, P] }, strides: { ints: [P, P] } });
  node('Transpose', [node('Reshape', ['patch_conv', 'tokens_shape'], 'patch_flat')], 'patch_tokens', { perm: { ints: [0, 2, 1] } });
  let x = node('Add', [node('Pad', ['patch_tokens', 'cls_pad'], 'padded'), 'pos_cls'], 'embedded');
  const maps: string[] = [];
  m.layers.forEach((l, i) => {
    const p = `l${i}`;
    const w = (name: keyof typeof l) => weight(`${p}/${name}`, l[name]);
    const h = ln(x, w('ln1g'), w('ln1b'), `${p}/ln1`);
    const heads = (name: 'q' | 'k' | 'v', perm: number[]) => {
      const lin = linear(h, w(`w${name}`), w(`b${name}`), `${p}/${name}`);
      return node('Transpose', [node('Reshape', [lin, 'split_shape'], `${p}/${name}_split`)], `${p}/${name}_heads`, { perm: { ints: perm } });
    };
    const q = heads('q', [0, 2, 1, 3]);
    const kt = heads('k', [0, 2, 3, 1]);
    const v = heads('v', [0, 2, 1, 3]);
    const scores = node('Div', [node('MatMul', [q, kt], `${p}/scores`), 'sqrt_dh'], `${p}/scaled`);
    const att = node('Softmax', [scores], `${p}/attention`, { axis: { int: -1 } });
    maps.push(node('Unsqueeze', [att, 'axis1'], `${p}/attention5`));
    const ctx = node('Transpose', [node('MatMul', [att, v], `${p}/context_heads`)], `${p}/context_split`, { perm: { ints: [0, 2, 1, 3] } });
    const x1 = node('Add', [x, linear(node('Reshape', [ctx, 'merge_shape'], `${p}/context`), w('wo'), w('bo'), `${p}/attn_out`)], `${p}/x1`);
    const hid = linear(ln(x1, w('ln2g'), w('ln2b'), `${p}/ln2`), w('w1'), w('b1'), `${p}/fc1`);
    const erf = node('Erf', [node('Div', [hid, 'sqrt2'], `${p}/gelu_z`)], `${p}/gelu_erf`);
    const gelu = node('Mul', [node('Mul', [hid, node('Add', [erf, 'one'], `${p}/gelu_p`)], `${p}/gelu_xp`), 'half'], `${p}/gelu`);
    x = node('Add', [x1, linear(gelu, w('w2'), w('b2'), `${p}/fc2`)], `${p}/out`);
  });
  node('Concat', maps, VIT_IO.attention, { axis: { int: 1 } });
  const clsOut = ln(node('Gather', [x, 'cls_index'], 'cls_token', { axis: { int: 1 } }), weight('ln_g', m.lnG), weight('ln_b', m.lnB), 'cls_norm');
  linear(clsOut, weight('shape_w', m.shapeW), weight('shape_b', m.shapeB), VIT_IO.shapeLogits);
  linear(clsOut, weight('colour_w', m.colourW), weight('colour_b', m.colourB), VIT_IO.colourLogits);
  return {
    name: 'vit_tiny',
    opset: 17,
    nodes,
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
