import type { Tensor } from './tensor';

export interface CalibrationBin {
  lo: number; // bin (lo, hi] of top-label confidence; the first bin also takes confidence 0
  hi: number;
  count: number;
  confidence: number; // mean top-label probability in the bin (0 when empty)
  accuracy: number; // share of the bin whose top label is the true one (0 when empty)
}

/**
 * Expected calibration error of probabilities [n, k] against labels [n], as Guo et al. 2017
 * (Eq. 3; Naeini et al. 2015): the top-label confidence max_j p[i, j] is binned into M equal-width
 * bins (b/M, (b+1)/M], and ECE = Σ_b |B_b|/n · |acc(B_b) − conf(B_b)|. The predicted label is
 * the first index of the row maximum (argmax). Returns ECE, the bins (for a reliability diagram)
 * and the accuracy. An empty set has ECE 0.
 */
export function expectedCalibrationError(probs: Tensor, labels: ArrayLike<number>, bins = 10): { ece: number; accuracy: number; bins: CalibrationBin[] } {
  const [n, k] = probs.shape;
  if (probs.shape.length !== 2 || labels.length !== n)
    throw new Error(`expectedCalibrationError: expected probs [n, k] and n labels, got [${probs.shape.join(', ')}] and ${labels.length}`);
  if (!(Number.isInteger(bins) && bins >= 1)) throw new Error(`expectedCalibrationError: bins must be a positive integer, got ${bins}`);
  const count = new Float64Array(bins);
  const conf = new Float64Array(bins);
  const right = new Float64Array(bins);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    let top = 0;
    for (let j = 1; j < k; j++) if (probs.data[i * k + j] > probs.data[i * k + top]) top = j;
    const c = probs.data[i * k + top];
    const b = Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
    const hit = top === labels[i] ? 1 : 0;
    count[b]++;
    conf[b] += c;
    right[b] += hit;
    correct += hit;
  }
  let ece = 0;
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const m = count[b];
    if (m > 0) ece += (m / n) * Math.abs(right[b] / m - conf[b] / m);
    out.push({ lo: b / bins, hi: (b + 1) / bins, count: m, confidence: m ? conf[b] / m : 0, accuracy: m ? right[b] / m : 0 });
  }
  return { ece, accuracy: n ? correct / n : 0, bins: out };
}
