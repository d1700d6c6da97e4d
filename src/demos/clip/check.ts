import { contrastiveLoss, softmaxRows } from '../../models/clip/contrastive';
import { maxAbsDiff } from '../../kernels/tensor';

/**
 * The page's loss and softmax (plain TS, contrastive.ts) against onnxruntime-web's own
 * SoftmaxCrossEntropyLoss and Softmax operators on the batch on screen (loaded on demand).
 */
export async function checkLossAgainstOrt(cos: Float32Array, n: number, scale: number) {
  const [{ runOnce }, { clipLossModel }] = await Promise.all([import('../../models/runtime/ort'), import('../../models/clip/referenceLoss')]);
  const out = await runOnce(clipLossModel(n), { logits: { data: cos.map((v) => v * scale), shape: [n, n] } });
  const ours = contrastiveLoss(cos, n, scale);
  const dLoss = Math.abs(out.loss.data[0] - ours.loss);
  const dProbs = maxAbsDiff(out.probs.data, softmaxRows(cos, n, n, scale));
  return { maxAbsDiff: Math.max(dLoss, dProbs), note: `loss ${ours.loss.toFixed(5)} vs ${out.loss.data[0].toFixed(5)}; ${n}×${n} row softmax` };
}
