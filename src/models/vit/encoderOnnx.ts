import type * as tf from '@tensorflow/tfjs';
import type { OnnxInitializer, OnnxNode } from '../onnx/onnxModel';
import { LAYER_NORM_EPSILON } from './io';
import type { VitLayer } from './model';

/**
 * The ONNX nodes of a stack of pre-norm encoder blocks (forward.ts's encoderBlock, node for node),
 * shared by vit-tiny's graph and CLIP's text graph. Per block:
 *   LayerNormalization → MatMul/Add ×3 → Reshape [N, T, H, dh] → Transpose to heads →
 *   MatMul → Div √dh (→ Add mask bias) → Softmax → MatMul V → Transpose → Reshape → MatMul/Add → Add residual;
 *   LayerNormalization → MatMul/Add → GELU (Div √2 → Erf → Add 1 → Mul x → Mul ½) → MatMul/Add → Add residual.
 * Every block's Softmax output is Unsqueezed and Concatenated into one [N, L, H, T, T] tensor.
 */
export interface GraphBuilder {
  nodes: OnnxNode[];
  inits: OnnxInitializer[];
  node(op: string, inputs: string[], out: string, attrs?: OnnxNode['attrs']): string;
  weight(name: string, v: tf.Tensor, dims?: number[]): string;
  ints(name: string, data: number[], dims?: number[]): void;
  floats(name: string, v: number): void;
}

export function graphBuilder(): GraphBuilder {
  const nodes: OnnxNode[] = [];
  const inits: OnnxInitializer[] = [];
  return {
    nodes,
    inits,
    node(op, inputs, out, attrs) {
      nodes.push({ op, inputs, outputs: [out], attrs, name: out });
      return out;
    },
    weight(name, v, dims = v.shape) {
      inits.push({ name, type: 'float', dims, data: v.dataSync() as Float32Array });
      return name;
    },
    ints: (name, data, dims = [data.length]) => void inits.push({ name, type: 'int64', dims, data }),
    floats: (name, v) => void inits.push({ name, type: 'float', dims: [], data: [v] }),
  };
}

export const layerNormNode = (g: GraphBuilder, x: string, gamma: string, beta: string, out: string) =>
  g.node('LayerNormalization', [x, gamma, beta], out, { axis: { int: -1 }, epsilon: { float: LAYER_NORM_EPSILON } });

export const linearNodes = (g: GraphBuilder, x: string, w: string, b: string, out: string) => g.node('Add', [g.node('MatMul', [x, w], `${out}_mm`), b], out);

/**
 * Blocks on `x` [N, T, D]; `bias` (optional) names a [N, 1, 1, T] additive key mask added to the
 * scaled scores. Returns the residual stream's last name and the concatenated attention's.
 */
export function encoderStackNodes(g: GraphBuilder, x: string, layers: VitLayer[], width: number, heads: number, attention: string, bias?: string) {
  const dh = width / heads;
  g.ints('split_shape', [0, 0, heads, dh]);
  g.ints('merge_shape', [0, 0, width]);
  g.ints('axis1', [1]);
  g.floats('sqrt_dh', Math.sqrt(dh));
  g.floats('sqrt2', Math.SQRT2);
  g.floats('one', 1);
  g.floats('half', 0.5);
  const maps: string[] = [];
  layers.forEach((l, i) => {
    const p = `l${i}`;
    const w = (name: keyof typeof l) => g.weight(`${p}/${name}`, l[name]);
    const h = layerNormNode(g, x, w('ln1g'), w('ln1b'), `${p}/ln1`);
    const split = (name: 'q' | 'k' | 'v', perm: number[]) => {
      const lin = linearNodes(g, h, w(`w${name}`), w(`b${name}`), `${p}/${name}`);
      return g.node('Transpose', [g.node('Reshape', [lin, 'split_shape'], `${p}/${name}_split`)], `${p}/${name}_heads`, { perm: { ints: perm } });
    };
    const q = split('q', [0, 2, 1, 3]);
    const kt = split('k', [0, 2, 3, 1]);
    const v = split('v', [0, 2, 1, 3]);
    const scaled = g.node('Div', [g.node('MatMul', [q, kt], `${p}/scores`), 'sqrt_dh'], `${p}/scaled`);
    const scores = bias ? g.node('Add', [scaled, bias], `${p}/masked`) : scaled;
    const att = g.node('Softmax', [scores], `${p}/attention`, { axis: { int: -1 } });
    maps.push(g.node('Unsqueeze', [att, 'axis1'], `${p}/attention5`));
    const ctx = g.node('Transpose', [g.node('MatMul', [att, v], `${p}/context_heads`)], `${p}/context_split`, { perm: { ints: [0, 2, 1, 3] } });
    const x1 = g.node('Add', [x, linearNodes(g, g.node('Reshape', [ctx, 'merge_shape'], `${p}/context`), w('wo'), w('bo'), `${p}/attn_out`)], `${p}/x1`);
    const hid = linearNodes(g, layerNormNode(g, x1, w('ln2g'), w('ln2b'), `${p}/ln2`), w('w1'), w('b1'), `${p}/fc1`);
    const erf = g.node('Erf', [g.node('Div', [hid, 'sqrt2'], `${p}/gelu_z`)], `${p}/gelu_erf`);
    const gelu = g.node('Mul', [g.node('Mul', [hid, g.node('Add', [erf, 'one'], `${p}/gelu_p`)], `${p}/gelu_xp`), 'half'], `${p}/gelu`);
    x = g.node('Add', [x1, linearNodes(g, gelu, w('w2'), w('b2'), `${p}/fc2`)], `${p}/out`);
  });
  g.node('Concat', maps, attention, { axis: { int: 1 } });
  return { x, attention };
}
