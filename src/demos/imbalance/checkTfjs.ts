import { normal, randInt, randomSeeded } from '../../kernels/random';
import { weightedFocal } from '../../models/imbalance/weightedFocal';

/**
 * The in-page check: the trainer's loss and gradient at the current γ and class weights against
 * the same loss written in tfjs ops and differentiated by tf.grad (tfjs loaded on click), on 64
 * seeded logit rows with labels drawn from the current mix. Reported per sample (gradient × N).
 */
export async function checkLossAgainstTfjs(gamma: number, weights: number[], seed: number): Promise<{ maxAbsDiff: number; note: string }> {
  const [tf, { weightedFocalTfjs }] = await Promise.all([import('@tensorflow/tfjs'), import('../../models/imbalance/weightedFocalTfjs')]);
  await tf.setBackend('cpu');
  const rand = randomSeeded(seed);
  const k = weights.length;
  const present = weights.map((w, c) => (w > 0 ? c : -1)).filter((c) => c >= 0);
  const n = 64;
  const logits = Float64Array.from({ length: n * k }, () => 3 * normal(rand));
  const labels = Int32Array.from({ length: n }, () => present[randInt(rand, 0, present.length - 1)]);
  const ours = weightedFocal(logits, labels, k, gamma, weights);
  const ref = weightedFocalTfjs(logits, labels, k, gamma, weights);
  let worst = Math.abs(ours.loss - ref.loss);
  for (let i = 0; i < ours.grad.length; i++) worst = Math.max(worst, n * Math.abs(ours.grad[i] - ref.grad[i]));
  return { maxAbsDiff: worst, note: `loss and ${n}×${k} per-sample gradients at γ = ${gamma}, weights ${weights.map((w) => w.toFixed(2)).join(', ')}` };
}
