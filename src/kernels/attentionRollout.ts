import { type Tensor } from './tensor';

export type HeadFusion = 'mean' | 'max' | 'min';

/**
 * Attention rollout (Abnar & Zuidema 2020, §3; REFERENCE.md §12): how much each output token of
 * the last layer draws, through every layer, on each input token.
 *
 * weights: [L, T, T] (already one matrix per layer) or [L, H, T, T] (fused over heads first by
 * `headFusion`: 'mean' is the paper's choice; 'max' and 'min' are the variants of
 * jacobgil/vit-explain, whose discard_ratio we leave out; its `a / a.sum(dim=-1)` broadcasts over
 * columns, we divide rows). Layer 0 is the first (closest to the input).
 *
 * Per layer: Â = residual·I + (1 − residual)·A, then every row of Â is divided by its sum;
 * then R = Â_{L−1} · … · Â_1 · Â_0 (the newer layer multiplies from the left). Returns R [T, T]:
 * row i is output token i's share over input tokens (row CLS is what the ViT demo draws).
 *
 * `residual` weights the identity, i.e. the skip connection around each attention block: the
 * paper argues V_{l+1} = V_l + W_att·V_l, so it takes 0.5 (A = 0.5·W_att + 0.5·I). residual = 0
 * is plain recursive multiplication of attention, as ViT App. D.8 describes it; residual = 1
 * gives the identity. Because rows are renormalised, residual = 0.5 is exactly the official
 * code's (A + I) then row-normalise (samiraabnar/attention_flow), whatever A's row sums; the
 * renormalisation changes the result only when rows do not sum to 1 ('max' or 'min' fusion, or
 * attention cut to a sub-block). A row that sums to 0 is left at 0.
 */
export function attentionRollout(weights: Tensor, residual = 0.5, headFusion: HeadFusion = 'mean'): Tensor {
  const perLayer = fuseHeads(weights, headFusion);
  const [layers, t] = perLayer.shape;
  if (!(residual >= 0 && residual <= 1)) throw new Error(`attentionRollout: residual must be in [0, 1], got ${residual}`);
  let rollout = identity(t);
  for (let l = 0; l < layers; l++) {
    const a = augment(perLayer.data.subarray(l * t * t, (l + 1) * t * t), t, residual);
    rollout = matmul(a, rollout, t);
  }
  return { data: Float32Array.from(rollout), shape: [t, t] };
}

/** [L, T, T] as is, or [L, H, T, T] reduced over H. */
export function fuseHeads(weights: Tensor, fusion: HeadFusion): Tensor {
  const s = weights.shape;
  if (s.length === 3) {
    if (s[1] !== s[2]) throw new Error(`attentionRollout: weights must be [L,T,T], got [${s}]`);
    return weights;
  }
  if (s.length !== 4 || s[2] !== s[3]) throw new Error(`attentionRollout: weights must be [L,T,T] or [L,H,T,T], got [${s}]`);
  if (fusion !== 'mean' && fusion !== 'max' && fusion !== 'min')
    throw new Error(`attentionRollout: head fusion must be 'mean', 'max' or 'min', got '${fusion}'`);
  const [layers, heads, t] = s;
  const tt = t * t;
  const out = new Float32Array(layers * tt);
  for (let l = 0; l < layers; l++) {
    const o = out.subarray(l * tt, (l + 1) * tt);
    o.set(weights.data.subarray(l * heads * tt, l * heads * tt + tt));
    for (let h = 1; h < heads; h++) {
      const w = weights.data.subarray((l * heads + h) * tt, (l * heads + h + 1) * tt);
      for (let i = 0; i < tt; i++) o[i] = fusion === 'mean' ? o[i] + w[i] : fusion === 'max' ? Math.max(o[i], w[i]) : Math.min(o[i], w[i]);
    }
    if (fusion === 'mean') for (let i = 0; i < tt; i++) o[i] /= heads;
  }
  return { data: out, shape: [layers, t, t] };
}

/** residual·I + (1 − residual)·A, rows renormalised to sum 1, in float64. */
function augment(a: Float32Array, t: number, residual: number): Float64Array {
  const out = new Float64Array(t * t);
  for (let i = 0; i < t; i++) {
    let sum = 0;
    for (let j = 0; j < t; j++) {
      const v = (1 - residual) * a[i * t + j] + (i === j ? residual : 0);
      out[i * t + j] = v;
      sum += v;
    }
    if (sum !== 0) for (let j = 0; j < t; j++) out[i * t + j] /= sum;
  }
  return out;
}

function identity(t: number): Float64Array {
  const m = new Float64Array(t * t);
  for (let i = 0; i < t; i++) m[i * t + i] = 1;
  return m;
}

/** a [T,T] · b [T,T], kept in float64 across the layers. */
function matmul(a: Float64Array, b: Float64Array, t: number): Float64Array {
  const out = new Float64Array(t * t);
  for (let i = 0; i < t; i++) {
    for (let k = 0; k < t; k++) {
      const x = a[i * t + k];
      if (x === 0) continue;
      for (let j = 0; j < t; j++) out[i * t + j] += x * b[k * t + j];
    }
  }
  return out;
}
