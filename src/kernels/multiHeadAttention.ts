import { scaledDotProductAttention, transpose, type AttentionMask } from './attention';
import { matmulTransposed } from './matmulTransposed';
import { assertRank, type Tensor } from './tensor';

/**
 * Projections of one self-attention block. Every W is [D, D] applied as y = x·W + b (x a row),
 * the layout of tfjs Dense kernels and ONNX MatMul; a PyTorch `nn.Linear` weight is its
 * transpose. Biases are [D]; a missing bias is zero.
 */
export interface MultiHeadWeights {
  wq: Tensor;
  wk: Tensor;
  wv: Tensor;
  wo: Tensor;
  bq?: Tensor;
  bk?: Tensor;
  bv?: Tensor;
  bo?: Tensor;
}

/**
 * Which pairs take part. `allowed`: T·T row-major flags, truthy = query i may attend to key j
 * (e.g. causal). `keyPadding`: T flags, truthy = key j is padding and nobody attends to it
 * (PyTorch `key_padding_mask`'s convention). Both apply to every head.
 */
export interface MultiHeadMask {
  allowed?: ArrayLike<number | boolean>;
  keyPadding?: ArrayLike<number | boolean>;
}

/**
 * Multi-head self-attention (Vaswani et al. 2017, §3.2.2) over one sequence x [T, D] with
 * `heads` heads of width dh = D/heads: Q = xWq + bq (likewise K, V); head h reads columns
 * h·dh … (h+1)·dh − 1 of Q, K and V, attends with softmax(QₕKₕᵀ/√dh)Vₕ, and the heads'
 * outputs are concatenated in head order before output = concat·Wo + bo.
 * Returns output [T, D] and every head's weights [heads, T, T].
 *
 * The column split is ONNX Reshape [T, H, dh] → Transpose [H, T, dh], which is what PyTorch
 * `nn.MultiheadAttention` and tfjs-style implementations do; the test runs exactly that graph
 * in onnxruntime-web.
 */
export function multiHeadAttention(x: Tensor, w: MultiHeadWeights, heads: number, mask?: MultiHeadMask): { output: Tensor; weights: Tensor } {
  assertRank(x, 2, 'multiHeadAttention x [T,D]');
  const [t, dModel] = x.shape;
  if (!(Number.isInteger(heads) && heads > 0 && dModel % heads === 0)) {
    throw new Error(`multiHeadAttention: heads must be a positive integer dividing D = ${dModel}, got ${heads}`);
  }
  const dh = dModel / heads;
  const allowed = combineMasks(mask, t);
  const q = linear(x, w.wq, w.bq, 'wq');
  const k = linear(x, w.wk, w.bk, 'wk');
  const v = linear(x, w.wv, w.bv, 'wv');
  const concat = new Float32Array(t * dModel);
  const weights = new Float32Array(heads * t * t);
  for (let h = 0; h < heads; h++) {
    const r = scaledDotProductAttention(columns(q, h * dh, dh), columns(k, h * dh, dh), columns(v, h * dh, dh), allowed ? { allowed } : undefined);
    weights.set(r.weights.data, h * t * t);
    for (let i = 0; i < t; i++) concat.set(r.output.data.subarray(i * dh, (i + 1) * dh), i * dModel + h * dh);
  }
  const output = linear({ data: concat, shape: [t, dModel] }, w.wo, w.bo, 'wo');
  return { output, weights: { data: weights, shape: [heads, t, t] } };
}

/** One T·T flag array from both mask kinds, or undefined when nothing is masked. */
function combineMasks(mask: MultiHeadMask | undefined, t: number): AttentionMask['allowed'] | undefined {
  if (!mask?.allowed && !mask?.keyPadding) return undefined;
  if (mask.allowed && mask.allowed.length !== t * t) throw new Error(`multiHeadAttention: allowed mask needs ${t * t} flags, got ${mask.allowed.length}`);
  if (mask.keyPadding && mask.keyPadding.length !== t) throw new Error(`multiHeadAttention: keyPadding needs ${t} flags, got ${mask.keyPadding.length}`);
  const out = new Uint8Array(t * t);
  for (let i = 0; i < t; i++) {
    for (let j = 0; j < t; j++) out[i * t + j] = (!mask.allowed || mask.allowed[i * t + j]) && !mask.keyPadding?.[j] ? 1 : 0;
  }
  return out;
}

/** x [T, D] · W [D, E] + b [E]. */
function linear(x: Tensor, wt: Tensor, b: Tensor | undefined, what: string): Tensor {
  const [t, d] = x.shape;
  if (wt.shape.length !== 2 || wt.shape[0] !== d) throw new Error(`multiHeadAttention: ${what} must have shape [${d},E], got [${wt.shape}]`);
  const e = wt.shape[1];
  if (b && b.data.length !== e) throw new Error(`multiHeadAttention: bias of ${what} must have ${e} values, got ${b.data.length}`);
  const out = matmulTransposed(x.data, transpose(wt.data, d, e), t, e, d);
  if (b) for (let i = 0; i < t; i++) for (let j = 0; j < e; j++) out[i * e + j] += b.data[j];
  return { data: out, shape: [t, e] };
}

/** Columns from … from + width − 1 of a [T, D] tensor, as [T, width]. */
function columns(x: Tensor, from: number, width: number): Tensor {
  const [t, d] = x.shape;
  const out = new Float32Array(t * width);
  for (let i = 0; i < t; i++) out.set(x.data.subarray(i * d + from, i * d + from + width), i * width);
  return { data: out, shape: [t, width] };
}
