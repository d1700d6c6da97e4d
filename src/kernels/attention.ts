import { matmulTransposed } from './matmulTransposed';
import { assertRank, type Tensor } from './tensor';

/**
 * Which query–key pairs take part. Both fields may be given; a pair must pass both.
 * - `additive` [Tq, Tk] is added to the scaled scores before the softmax, as PyTorch's
 *   `scaled_dot_product_attention` adds a float `attn_mask` (use −1e9 or −Infinity to forbid).
 * - `allowed` holds Tq·Tk row-major flags: truthy = query i may attend to key j (PyTorch SDPA's
 *   boolean convention; nn.MultiheadAttention's `attn_mask` uses the opposite one).
 * A forbidden pair gets weight exactly 0. A query with every key forbidden gets an all-zero row
 * of weights and a zero output (PyTorch would give NaN; a zero row keeps rollouts finite).
 */
export interface AttentionMask {
  additive?: Tensor;
  allowed?: ArrayLike<number | boolean>;
}

export interface AttentionResult {
  output: Tensor; // [Tq, dv]
  weights: Tensor; // [Tq, Tk], each row sums to 1 (or is all zero, see AttentionMask)
}

/**
 * Scaled dot-product attention (Vaswani et al. 2017, Eq. 1): weights = softmax(QKᵀ/√d + mask),
 * output = weights·V, for one head. q [Tq, d], k [Tk, d], v [Tk, dv]; Tq may differ from Tk
 * (cross-attention). The softmax subtracts each row's maximum first, so large scores never
 * overflow exp; a forbidden pair's score becomes −∞ and so its weight exactly 0.
 *
 * Matches the ONNX graph MatMul(Q, Kᵀ) → Div(√d) → [Add mask | Where] → Softmax(axis −1) →
 * MatMul(V) run by onnxruntime-web (tests/unit/kernels/attention.test.ts).
 *
 * Speed: both products are `matmulTransposed` (gemm.ts's 4×4 register-blocked micro-kernel on rows
 * packed as panels): scores = Q·Kᵀ reads K as it is, and output = W·V reads V transposed once to [dv, Tk].
 */
export function scaledDotProductAttention(q: Tensor, k: Tensor, v: Tensor, mask?: AttentionMask): AttentionResult {
  assertRank(q, 2, 'attention q [Tq,d]');
  assertRank(k, 2, 'attention k [Tk,d]');
  assertRank(v, 2, 'attention v [Tk,dv]');
  const [tq, d] = q.shape;
  const [tk, dk] = k.shape;
  const [tv, dv] = v.shape;
  if (dk !== d) throw new Error(`attention: q has width ${d} but k has width ${dk}`);
  if (tv !== tk) throw new Error(`attention: k has ${tk} rows but v has ${tv}`);
  checkMask(mask, tq, tk);
  const weights = matmulTransposed(q.data, k.data, tq, tk, d);
  const scale = 1 / Math.sqrt(d);
  for (let i = 0; i < tq; i++) softmaxRow(weights.subarray(i * tk, (i + 1) * tk), scale, i, mask);
  const output = matmulTransposed(weights, transpose(v.data, tk, dv), tq, dv, tk);
  return { output: { data: output, shape: [tq, dv] }, weights: { data: weights, shape: [tq, tk] } };
}

/** In place: row = softmax(scale·row + additive) over the allowed keys of query i; forbidden keys get 0. */
function softmaxRow(row: Float32Array, scale: number, i: number, mask?: AttentionMask): void {
  const tk = row.length;
  const add = mask?.additive?.data;
  const allowed = mask?.allowed;
  let max = -Infinity;
  for (let j = 0; j < tk; j++) {
    let s = row[j] * scale;
    if (add) s += add[i * tk + j];
    if (allowed && !allowed[i * tk + j]) s = -Infinity;
    row[j] = s;
    if (row[j] > max) max = row[j]; // the float32-rounded score, so the top key gets exp(0) = 1
  }
  if (max === -Infinity) {
    row.fill(0); // every key forbidden: a zero row
    return;
  }
  let sum = 0;
  for (let j = 0; j < tk; j++) {
    const e = Math.exp(row[j] - max); // exp(−∞) = 0 for forbidden keys
    row[j] = e;
    sum += e;
  }
  const inv = 1 / sum;
  for (let j = 0; j < tk; j++) row[j] *= inv;
}

function checkMask(mask: AttentionMask | undefined, tq: number, tk: number): void {
  if (mask?.additive && (mask.additive.shape.length !== 2 || mask.additive.shape[0] !== tq || mask.additive.shape[1] !== tk)) {
    throw new Error(`attention: additive mask must have shape [${tq},${tk}], got [${mask.additive.shape}]`);
  }
  if (mask?.allowed && mask.allowed.length !== tq * tk) {
    throw new Error(`attention: allowed mask needs ${tq}·${tk} = ${tq * tk} flags, got ${mask.allowed.length}`);
  }
}

/** [rows, cols] → [cols, rows]. */
export function transpose(a: Float32Array, rows: number, cols: number): Float32Array {
  const t = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = a[r * cols + c];
  return t;
}
