import { logSumExp } from './softmax';
import { assertRank, type Tensor } from './tensor';

/**
 * The symmetric InfoNCE loss of a batch of paired embeddings (CLIP, Radford et al. 2021, Fig. 3;
 * InfoNCE, van den Oord et al. 2018): a [n, d] and b [n, d], row i of a paired with row i of b.
 * Rows are L2-normalised (a zero row stays zero), logits = â·b̂ᵀ / τ, and
 *   loss = ½ [ (1/n) Σ_i CE(row i, target i) + (1/n) Σ_j CE(column j, target j) ],
 *   CE(z, t) = logSumExp(z) − z_t    (the max-subtracted form: no overflow at small τ).
 * τ is the temperature (CLIP learns logit scale 1/τ, clamped at 100). Matches the tfjs training
 * loss `clipLoss(clipLogits(â, b̂, log(1/τ)))` of src/models/clip/loss.ts (tests/unit/kernels/infoNce.test.ts).
 * Float64 throughout. n = 0 throws (the mean over no pairs is undefined).
 */
export interface InfoNceResult {
  loss: number;
  aToB: number; // mean CE over rows: each a_i finding b_i among all b
  bToA: number; // mean CE over columns
  logits: Float64Array; // [n, n], row-major
}

export function infoNce(a: Tensor, b: Tensor, temperature: number): InfoNceResult {
  assertRank(a, 2, 'infoNce a [n,d]');
  assertRank(b, 2, 'infoNce b [n,d]');
  const [n, d] = a.shape;
  if (b.shape[0] !== n || b.shape[1] !== d) throw new Error(`infoNce: a is [${a.shape}] but b is [${b.shape}]; they must match`);
  if (n === 0) throw new Error('infoNce: the batch is empty');
  if (!(temperature > 0 && Number.isFinite(temperature))) throw new Error(`infoNce: temperature must be a positive finite number, got ${temperature}`);
  const an = unitRows(a.data, n, d);
  const bn = unitRows(b.data, n, d);
  const logits = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += an[i * d + k] * bn[j * d + k];
      logits[i * n + j] = s / temperature;
    }
  }
  let rows = 0;
  let cols = 0;
  const col = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rows += logSumExp(logits.subarray(i * n, (i + 1) * n)) - logits[i * n + i];
    for (let r = 0; r < n; r++) col[r] = logits[r * n + i];
    cols += logSumExp(col) - logits[i * n + i];
  }
  const aToB = rows / n;
  const bToA = cols / n;
  return { loss: (aToB + bToA) / 2, aToB, bToA, logits };
}

function unitRows(x: ArrayLike<number>, n: number, d: number): Float64Array {
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += x[i * d + k] ** 2;
    const norm = Math.sqrt(s) || 1;
    for (let k = 0; k < d; k++) out[i * d + k] = x[i * d + k] / norm;
  }
  return out;
}
