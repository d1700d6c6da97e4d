import { padded, readPadded, writePadded } from './matmulTransposedSimd';
import { simdKernels } from './simdKernels';
import type { Tensor } from './tensor';

/**
 * softmax(q·kᵀ/√d)·v without a mask, for `scaledDotProductAttention`, entirely in the SIMD module
 * of simdKernels.ts: the scores, their softmax and the product with v stay in its memory, so the
 * only copies are the inputs in and the results out. q [tq, d], k [tk, d], v [tk, dv] (shapes
 * checked by the caller). Null where WebAssembly SIMD is missing.
 *
 * Layout (floats, every row padded to a multiple of 4): q [tq, d′], k [tk′, d′] (zero rows past
 * tk), scores [tq, tk′], vᵀ [dv′, tk′] (zero rows past dv), output [tq, dv′]. The padded score
 * columns are set to −∞ before the softmax, which turns them into exact zeros: exactly the zero
 * padding the second product needs.
 */
export function attentionSimd(q: Tensor, k: Tensor, v: Tensor): { output: Float32Array; weights: Float32Array } | null {
  const kernels = simdKernels();
  const [tq, d] = q.shape;
  const [tk, dv] = v.shape;
  if (!kernels || tk === 0 || d === 0) return null;
  const [dp, tkp, dvp] = [padded(d), padded(tk), padded(dv)];
  const at = { q: 0, k: tq * dp, s: (tq + tkp) * dp };
  const vt = at.s + tq * tkp;
  const out = vt + dvp * tkp;
  const mem = kernels.floats(out + tq * dvp);
  writePadded(mem, at.q, q.data, tq, d, dp);
  writePadded(mem, at.k, k.data, tk, d, dp);
  mem.fill(0, at.k + tk * dp, at.s);
  kernels.mm(4 * at.q, 4 * at.k, 4 * at.s, tq, tkp, dp);
  if (tkp > tk) for (let i = 0; i < tq; i++) mem.fill(-Infinity, at.s + i * tkp + tk, at.s + (i + 1) * tkp);
  kernels.softmaxRows(4 * at.s, tq, tkp, 1 / Math.sqrt(d));
  mem.fill(0, vt, out); // vᵀ's padding: the columns past tk and the rows past dv
  for (let r = 0; r < tk; r++) for (let c = 0; c < dv; c++) mem[vt + c * tkp + r] = v.data[r * dv + c];
  kernels.mm(4 * at.s, 4 * vt, 4 * out, tq, dvp, tkp);
  return { weights: readPadded(mem, at.s, tq, tk, tkp, new Float32Array(tq * tk)), output: readPadded(mem, out, tq, dv, dvp, new Float32Array(tq * dv)) };
}
