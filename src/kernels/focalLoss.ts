/**
 * Focal loss (Lin et al. 2017, arXiv 1708.02002, Eq. 5; REFERENCE §14) over softmax class
 * probabilities, mean over samples:
 *   FL = −α_t (1 − p_t)^γ log p_t,  p_t = softmax(z)[y]
 * γ = 0 and α_t = 1 give plain cross-entropy. `alpha` weights each class (the paper's α for the
 * rare foreground class, 1 − α for background in the binary case); null means 1 for every class.
 * log p_t is computed as z_y − logsumexp(z) (max-subtracted), so large logits do not overflow.
 * The binary sigmoid form is torchvision.ops.sigmoid_focal_loss; this is its multi-class analogue.
 */
export function focalLoss(
  logits: Float32Array | Float64Array,
  labels: ArrayLike<number>,
  classes: number,
  gamma: number,
  alpha: ArrayLike<number> | null = null,
): number {
  const n = labels.length;
  if (logits.length !== n * classes) throw new Error(`focalLoss: ${n} labels need ${n * classes} logits, got ${logits.length}`);
  if (!(gamma >= 0)) throw new Error(`focalLoss: γ must be ≥ 0, got ${gamma}`);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    let m = -Infinity;
    for (let c = 0; c < classes; c++) m = Math.max(m, logits[i * classes + c]);
    let z = 0;
    for (let c = 0; c < classes; c++) z += Math.exp(logits[i * classes + c] - m);
    const logPt = logits[i * classes + y] - m - Math.log(z);
    const pt = Math.exp(logPt);
    sum += -(alpha ? alpha[y] : 1) * (1 - pt) ** gamma * logPt;
  }
  return sum / n;
}
