/**
 * The loss the imbalance trainer minimises, and its gradient with respect to the logits: the
 * focal loss of kernels/focalLoss.ts (Lin et al. 2017, Eq. 5) with a per-class weight w_y,
 *   L = (1/N) Σ_i −w_{y_i} (1 − p_t)^γ log p_t,   p_t = softmax(z_i)[y_i].
 * γ = 0 with weights 1 is plain cross-entropy; γ = 0 with weights n/(K·n_c) is class-weighted
 * cross-entropy. Note the 1/N: PyTorch's CrossEntropyLoss(weight=w) divides by Σ w_{y_i} instead,
 * which only rescales the step. The gradient is
 *   ∂L_i/∂z_j = −w (1 − p_t)^(γ−1) [(1 − p_t) − γ p_t log p_t] (δ_{j,y} − p_j),
 * checked against tf.grad of the same loss in tests/unit/models/weightedFocal.test.ts.
 */
export function weightedFocal(
  logits: Float64Array,
  labels: ArrayLike<number>,
  classes: number,
  gamma: number,
  weights: ArrayLike<number> | null,
): { loss: number; grad: Float64Array } {
  const n = labels.length;
  if (logits.length !== n * classes) throw new Error(`weightedFocal: ${n} labels need ${n * classes} logits, got ${logits.length}`);
  if (!(gamma >= 0)) throw new Error(`weightedFocal: γ must be ≥ 0, got ${gamma}`);
  const grad = new Float64Array(logits.length);
  const p = new Float64Array(classes);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    const row = i * classes;
    let m = -Infinity;
    for (let c = 0; c < classes; c++) m = Math.max(m, logits[row + c]);
    let z = 0;
    for (let c = 0; c < classes; c++) z += p[c] = Math.exp(logits[row + c] - m);
    for (let c = 0; c < classes; c++) p[c] /= z;
    const logPt = logits[row + y] - m - Math.log(z);
    const pt = Math.exp(logPt);
    const w = weights ? weights[y] : 1;
    const q = 1 - pt;
    loss += -w * q ** gamma * logPt;
    // At p_t = 1 the example is solved: its loss and gradient are 0 (the formula would give 0·∞).
    const scale = q > 0 ? -w * (q ** gamma - gamma * q ** (gamma - 1) * pt * logPt) : 0;
    for (let c = 0; c < classes; c++) grad[row + c] = (scale * ((c === y ? 1 : 0) - p[c])) / n;
  }
  return { loss: n ? loss / n : 0, grad };
}
