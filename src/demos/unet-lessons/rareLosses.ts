import { diceLoss } from '../../kernels/diceLoss';
import { focalLoss } from '../../kernels/focalLoss';

/**
 * The loss panel's case: a binary mask of `total` pixels of which `rare` belong to a rare class,
 * and a prediction that gives the rare class probability `q` on the rare pixels and `leak` on the
 * background ones. Cross-entropy is the pixel mean (focalLoss with γ = 0, two logits
 * [log(1 − p), log p] per pixel), Dice is soft Dice on the rare class's probabilities (diceLoss,
 * ε = 1), and the combination is their plain sum (as in nnU-Net's default CE + Dice).
 * Why it matters: missing a 20-pixel object in a 1,024-pixel image (q → 0) costs cross-entropy
 * only 20/1024 of the per-pixel penalty, but costs Dice almost all of it.
 */
export interface RareLosses {
  ce: number;
  dice: number;
  sum: number;
}

export function rareLosses(rare: number, total: number, q: number, leak: number): RareLosses {
  const p = new Float32Array(total);
  const g = new Float32Array(total);
  const logits = new Float32Array(2 * total);
  const labels = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const isRare = i < rare;
    p[i] = isRare ? q : leak;
    g[i] = isRare ? 1 : 0;
    labels[i] = isRare ? 1 : 0;
    logits[2 * i] = Math.log(1 - p[i]);
    logits[2 * i + 1] = Math.log(p[i]);
  }
  const ce = focalLoss(logits, labels, 2, 0);
  const dice = diceLoss(p, g);
  return { ce, dice, sum: ce + dice };
}

/** The three losses as q goes from 0.01 to 0.99: how much each one rewards finding the rare object. */
export function rareLossCurves(rare: number, total: number, leak: number, steps = 33): { q: number; losses: RareLosses }[] {
  return Array.from({ length: steps }, (_, i) => {
    const q = 0.01 + (0.98 * i) / (steps - 1);
    return { q, losses: rareLosses(rare, total, q, leak) };
  });
}
