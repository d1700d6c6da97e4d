import type { MultiHeadWeights } from '../../../kernels/multiHeadAttention';
import { encodeModel, type OnnxInitializer, type OnnxNode } from '../onnxModel';

/**
 * Attention written as the ONNX graphs exporters emit (MatMul → Div → Softmax → MatMul), to run
 * in onnxruntime-web as the reference for `scaledDotProductAttention` and `multiHeadAttention`.
 * Masks enter the two ways exported models use: Add of a bias (0 or a large negative) and
 * Where(condition, scores, large negative). The condition arrives as a float 0/1 input and is
 * Cast to bool, because our writer has no bool tensors.
 */

/** What exporters put in place of −∞: exp(−1e9 − max) is exactly 0 in float32. */
export const MASK_NEGATIVE = -1e9;

const CAST_TO_BOOL = { to: { int: 9 } };
const scalar = (name: string, v: number): OnnxInitializer => ({ name, type: 'float', dims: [], data: [v] });

/**
 * One head: inputs q [Tq,d], k [Tk,d], v [Tk,dv]; with mask 'add' also `bias` [Tq,Tk] (added
 * after the scaling), with 'where' also `allowed` [Tq,Tk] (1 = may attend). Outputs
 * `output` [Tq,dv] and `weights` [Tq,Tk].
 */
export function attentionModel(tq: number, tk: number, d: number, dv: number, mask: 'none' | 'add' | 'where' = 'none'): Uint8Array {
  const nodes: OnnxNode[] = [
    { op: 'Transpose', inputs: ['k'], outputs: ['kt'], attrs: { perm: { ints: [1, 0] } } },
    { op: 'MatMul', inputs: ['q', 'kt'], outputs: ['scores'] },
    { op: 'Div', inputs: ['scores', 'sqrt_d'], outputs: ['scaled'] },
  ];
  let logits = 'scaled';
  if (mask === 'add') {
    nodes.push({ op: 'Add', inputs: ['scaled', 'bias'], outputs: ['masked'] });
    logits = 'masked';
  } else if (mask === 'where') {
    nodes.push({ op: 'Cast', inputs: ['allowed'], outputs: ['cond'], attrs: CAST_TO_BOOL });
    nodes.push({ op: 'Where', inputs: ['cond', 'scaled', 'neg'], outputs: ['masked'] });
    logits = 'masked';
  }
  nodes.push({ op: 'Softmax', inputs: [logits], outputs: ['weights'], attrs: { axis: { int: -1 } } });
  nodes.push({ op: 'MatMul', inputs: ['weights', 'v'], outputs: ['output'] });
  const maskInput = {
    add: [{ name: 'bias', type: 'float' as const, shape: [tq, tk] }],
    where: [{ name: 'allowed', type: 'float' as const, shape: [tq, tk] }],
    none: [],
  }[mask];
  return encodeModel({
    nodes,
    inputs: [
      { name: 'q', type: 'float', shape: [tq, d] },
      { name: 'k', type: 'float', shape: [tk, d] },
      { name: 'v', type: 'float', shape: [tk, dv] },
      ...maskInput,
    ],
    outputs: [
      { name: 'output', type: 'float', shape: [tq, dv] },
      { name: 'weights', type: 'float', shape: [tq, tk] },
    ],
    initializers: [scalar('sqrt_d', Math.sqrt(d)), scalar('neg', MASK_NEGATIVE)],
  });
}

/**
 * Multi-head self-attention on x [T,D] with the weights baked in as initializers:
 * MatMul + Add per projection → Reshape [T,H,dh] → Transpose to [H,T,dh] (K to [H,dh,T]) →
 * MatMul → Div √dh → (Add `bias` [T,T]) → (Where on `padding` [1,T], 1 = padding key) →
 * Softmax → MatMul V → Transpose [T,H,dh] → Reshape [T,D] → MatMul Wo + Add bo.
 * Outputs `output` [T,D] and `weights` [H,T,T].
 */
export function multiHeadAttentionModel(
  t: number,
  dModel: number,
  heads: number,
  w: MultiHeadWeights,
  masks: { bias?: boolean; padding?: boolean } = {},
): Uint8Array {
  const dh = dModel / heads;
  const nodes: OnnxNode[] = [];
  const project = (name: 'q' | 'k' | 'v', perm: number[]) => {
    nodes.push({ op: 'MatMul', inputs: ['x', `w${name}`], outputs: [`${name}_mm`] });
    nodes.push({ op: 'Add', inputs: [`${name}_mm`, `b${name}`], outputs: [`${name}_lin`] });
    nodes.push({ op: 'Reshape', inputs: [`${name}_lin`, 'split_shape'], outputs: [`${name}_split`] });
    nodes.push({ op: 'Transpose', inputs: [`${name}_split`], outputs: [`${name}_heads`], attrs: { perm: { ints: perm } } });
  };
  project('q', [1, 0, 2]);
  project('k', [1, 2, 0]);
  project('v', [1, 0, 2]);
  nodes.push({ op: 'MatMul', inputs: ['q_heads', 'k_heads'], outputs: ['scores'] });
  nodes.push({ op: 'Div', inputs: ['scores', 'sqrt_dh'], outputs: ['s0'] });
  let logits = 's0';
  if (masks.bias) {
    nodes.push({ op: 'Add', inputs: [logits, 'bias'], outputs: ['s1'] });
    logits = 's1';
  }
  if (masks.padding) {
    nodes.push({ op: 'Cast', inputs: ['padding'], outputs: ['pad_bool'], attrs: CAST_TO_BOOL });
    nodes.push({ op: 'Where', inputs: ['pad_bool', 'neg', logits], outputs: ['s2'] });
    logits = 's2';
  }
  nodes.push(
    { op: 'Softmax', inputs: [logits], outputs: ['weights'], attrs: { axis: { int: -1 } } },
    { op: 'MatMul', inputs: ['weights', 'v_heads'], outputs: ['ctx_heads'] },
    { op: 'Transpose', inputs: ['ctx_heads'], outputs: ['ctx_split'], attrs: { perm: { ints: [1, 0, 2] } } },
    { op: 'Reshape', inputs: ['ctx_split', 'merge_shape'], outputs: ['ctx'] },
    { op: 'MatMul', inputs: ['ctx', 'wo'], outputs: ['o_mm'] },
    { op: 'Add', inputs: ['o_mm', 'bo'], outputs: ['output'] },
  );
  const matrix = (name: string, m: { data: Float32Array; shape: number[] }): OnnxInitializer => ({ name, type: 'float', dims: m.shape, data: m.data });
  const bias = (name: string, b?: { data: Float32Array }): OnnxInitializer => ({
    name,
    type: 'float',
    dims: [dModel],
    data: b?.data ?? new Float32Array(dModel),
  });
  return encodeModel({
    nodes,
    inputs: [
      { name: 'x', type: 'float', shape: [t, dModel] },
      ...(masks.bias ? [{ name: 'bias', type: 'float' as const, shape: [t, t] }] : []),
      ...(masks.padding ? [{ name: 'padding', type: 'float' as const, shape: [1, t] }] : []),
    ],
    outputs: [
      { name: 'output', type: 'float', shape: [t, dModel] },
      { name: 'weights', type: 'float', shape: [heads, t, t] },
    ],
    initializers: [
      matrix('wq', w.wq),
      matrix('wk', w.wk),
      matrix('wv', w.wv),
      matrix('wo', w.wo),
      bias('bq', w.bq),
      bias('bk', w.bk),
      bias('bv', w.bv),
      bias('bo', w.bo),
      { name: 'split_shape', type: 'int64', dims: [3], data: [t, heads, dh] },
      { name: 'merge_shape', type: 'int64', dims: [2], data: [t, dModel] },
      scalar('sqrt_dh', Math.sqrt(dh)),
      scalar('neg', MASK_NEGATIVE),
    ],
  });
}

/** 0 where allowed, MASK_NEGATIVE where not: the `bias` input for a boolean mask. */
export function maskBias(allowed: ArrayLike<number | boolean>): Float32Array {
  return Float32Array.from(Array.from(allowed, (a) => (a ? 0 : MASK_NEGATIVE)));
}
