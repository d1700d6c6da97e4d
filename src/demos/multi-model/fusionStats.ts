import { expectedCalibrationError, type CalibrationBin } from '../../kernels/expectedCalibrationError';
import { logSoftmaxRows } from '../../kernels/logSoftmaxRows';
import { poolOpinions, type PoolRule } from '../../kernels/poolOpinions';
import type { Tensor } from '../../kernels/tensor';

/** One classifier's numbers on the held-out scenes. */
export interface ModelStats {
  probs: Tensor; // [n, k]
  pred: Int32Array; // argmax per scene
  accuracy: number;
  ece: number;
  bins: CalibrationBin[];
  perClass: number[]; // accuracy per true class (NaN for a class with no scene)
}

export const ECE_BINS = 10;
/** The weights the accuracy curve is drawn at (0, 0.05, …, 1). */
export const SWEEP = Array.from({ length: 21 }, (_, i) => i / 20);

/** Log-probabilities back to probabilities (exp(−∞) = 0). */
export const probsOf = (t: Tensor): Tensor => ({ data: t.data.map(Math.exp), shape: t.shape });

export function argmaxRows(p: Tensor): Int32Array {
  const [n, k] = p.shape;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) for (let j = 1; j < k; j++) if (p.data[i * k + j] > p.data[i * k + out[i]]) out[i] = j;
  return out;
}

export function modelStats(probs: Tensor, labels: Int32Array): ModelStats {
  const k = probs.shape[1];
  const pred = argmaxRows(probs);
  const { ece, accuracy, bins } = expectedCalibrationError(probs, labels, ECE_BINS);
  const perClass = Array.from({ length: k }, (_, c) => {
    let right = 0;
    let total = 0;
    labels.forEach((y, i) => y === c && (total++, (right += Number(pred[i] === c))));
    return total ? right / total : NaN;
  });
  return { probs, pred, accuracy, ece, bins, perClass };
}

/** CLIP's zero-shot logits exp(t)·cos as log-probabilities; a class missing from the prompt set gets −∞ (it cannot be named). */
export function clipLogProbs(cos: Float32Array, n: number, k: number, scale: number, missing: number | null): Tensor {
  const z = Float32Array.from(cos, (c, i) => (i % k === missing ? -Infinity : scale * c));
  return logSoftmaxRows({ data: z, shape: [n, k] });
}

export interface Fusion {
  vit: ModelStats;
  clip: ModelStats;
  fused: ModelStats;
  sweep: { w: number; accuracy: number; ece: number }[];
  best: { w: number; accuracy: number };
  disagree: number[]; // scenes where the two argmaxes differ
}

export function fuse(logVit: Tensor, logClip: Tensor, labels: Int32Array, w: number, rule: PoolRule): Fusion {
  const vit = modelStats(probsOf(logVit), labels);
  const clip = modelStats(probsOf(logClip), labels);
  const fused = modelStats(poolOpinions(logVit, logClip, w, rule), labels);
  const sweep = SWEEP.map((v) => {
    const r = expectedCalibrationError(poolOpinions(logVit, logClip, v, rule), labels, ECE_BINS);
    return { w: v, accuracy: r.accuracy, ece: r.ece };
  });
  const best = sweep.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
  const disagree = Array.from(vit.pred.keys()).filter((i) => vit.pred[i] !== clip.pred[i]);
  return { vit, clip, fused, sweep, best: { w: best.w, accuracy: best.accuracy }, disagree };
}

export interface Cascade {
  first: 'vit' | 'clip'; // the model every scene goes to: the cheaper one, as measured in this page
  escalated: number; // share of scenes also sent to the other model (and answered by the fusion)
  accuracy: number;
  msPerImage: number; // t_first + q·t_second
  msBoth: number; // t_first + t_second: always fusing
  wrongKept: number; // scenes the first model answered alone, confidently, and wrongly
}

/**
 * The cheaper model first; a scene whose top probability from it is below τ also goes to the
 * other model and takes the fused answer. Expected cost E[c] = c₁ + q·c₂ (the notebook's formula).
 */
export function cascade(f: Fusion, labels: Int32Array, tau: number, ms: { vit: number; clip: number }): Cascade {
  const first = ms.clip <= ms.vit ? 'clip' : 'vit';
  const m = f[first];
  const [n, k] = m.probs.shape;
  let up = 0;
  let right = 0;
  let wrongKept = 0;
  for (let i = 0; i < n; i++) {
    const escalate = m.probs.data[i * k + m.pred[i]] < tau;
    const pred = escalate ? f.fused.pred[i] : m.pred[i];
    up += Number(escalate);
    right += Number(pred === labels[i]);
    wrongKept += Number(!escalate && pred !== labels[i]);
  }
  const q = n ? up / n : 0;
  const [c1, c2] = first === 'clip' ? [ms.clip, ms.vit] : [ms.vit, ms.clip];
  return { first, escalated: q, accuracy: n ? right / n : 0, msPerImage: c1 + q * c2, msBoth: c1 + c2, wrongKept };
}
