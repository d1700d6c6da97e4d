import { SHAPES } from '../../models/data/geometry';

/** γ above this leaves the range RetinaNet found robust, γ ∈ [0.5, 5] (REFERENCE §14). */
export const GAMMA_ROBUST_MAX = 5;

/**
 * What the page says about settings at the edge: empty classes, a mix with nothing to tell
 * apart, and focal γ at 0 or past the paper's range. `blocking` means no model is trained.
 */
export function imbalanceNotices(ratios: readonly number[], gamma: number): { blocking: string | null; notes: string[] } {
  const empty = SHAPES.filter((_, c) => ratios[c] === 0);
  const notes: string[] = [];
  if (empty.length >= SHAPES.length - 1) {
    return {
      blocking: `${empty.length === SHAPES.length ? 'Every class has' : 'Only one class has a ratio above 0; the others have'} ratio 0: there is nothing to tell apart, so no model is trained. Set at least two ratios above 0.`,
      notes,
    };
  }
  for (const s of empty) {
    notes.push(
      `No ${s}s (ratio 0): the class is in neither the training nor the validation set. No loss or sampler can learn it; its class weight n/(K·n_c) would divide by 0 (it is set to 0), its recall is undefined (—), and macro-F1 averages over the other classes only.`,
    );
  }
  if (gamma === 0) notes.push('γ = 0: focal loss is plain cross-entropy, so its row repeats the first one.');
  if (gamma > GAMMA_ROBUST_MAX) {
    const kept = 0.1 ** gamma;
    notes.push(
      `γ = ${gamma} is past ${GAMMA_ROBUST_MAX}, the top of the range the RetinaNet paper found robust. An example at p_t = 0.9 keeps (1 − 0.9)^γ = ${kept.toExponential(0)} of its cross-entropy, so the focal loss value is not comparable with the others; the trainer's Adam divides each step by the gradient's own scale, which is why it still learns (plain SGD would all but stop).`,
    );
  }
  return { blocking: null, notes };
}
