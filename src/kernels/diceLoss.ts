/**
 * Soft Dice loss of a predicted probability map against a binary (or soft) target, both flat
 * arrays of the same length (any shape, row-major):
 *   dice = (2·Σ p·g + ε) / (Σ p + Σ g + ε),   loss = 1 − dice.
 * This is the form of MONAI `DiceLoss(squared_pred=False, smooth_nr=smooth_dr=ε)` and of most
 * segmentation code; V-Net (Milletari et al. 2016, Eq. 1) squares the denominator terms instead
 * (`squared: true`). ε keeps two empty masks at dice 1 (loss 0) instead of 0/0.
 * Float64 sums. Tested against the same expression in tfjs ops and hand cases
 * (tests/unit/kernels/diceLoss.test.ts).
 */
export interface DiceOptions {
  epsilon?: number; // default 1
  squared?: boolean; // default false: Σp + Σg; true: Σp² + Σg² (V-Net)
}

export function diceLoss(pred: ArrayLike<number>, target: ArrayLike<number>, opts: DiceOptions = {}): number {
  const { epsilon = 1, squared = false } = opts;
  if (pred.length !== target.length) throw new Error(`diceLoss: prediction has ${pred.length} values but target has ${target.length}`);
  if (!(epsilon >= 0)) throw new Error(`diceLoss: epsilon must be ≥ 0, got ${epsilon}`);
  let inter = 0;
  let sp = 0;
  let sg = 0;
  for (let i = 0; i < pred.length; i++) {
    const p = pred[i];
    const g = target[i];
    inter += p * g;
    sp += squared ? p * p : p;
    sg += squared ? g * g : g;
  }
  return 1 - (2 * inter + epsilon) / (sp + sg + epsilon);
}
