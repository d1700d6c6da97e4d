/**
 * vit-tiny's scores from logits, plain arithmetic shared by tfjs validation and the ORT eval.
 * `accuracy` counts a sample right only when both heads are (shape AND colour), the joint
 * 15-class accuracy; each head's own accuracy and confusion are kept beside it.
 */
export interface VitMetrics {
  accuracy: number;
  shapeAccuracy: number;
  colourAccuracy: number;
  loss: number; // mean of shape + colour cross-entropy, the training loss
  shapeConfusion: number[][]; // [true][predicted] counts
  colourConfusion: number[][];
}

function argmax(z: ArrayLike<number>, from: number, k: number): number {
  let best = 0;
  for (let j = 1; j < k; j++) if (z[from + j] > z[from + best]) best = j;
  return best;
}

function crossEntropy(z: ArrayLike<number>, from: number, k: number, label: number): number {
  let m = -Infinity;
  for (let j = 0; j < k; j++) m = Math.max(m, z[from + j]);
  let s = 0;
  for (let j = 0; j < k; j++) s += Math.exp(z[from + j] - m);
  return m + Math.log(s) - z[from + label];
}

export function vitMetrics(shapeLogits: ArrayLike<number>, colourLogits: ArrayLike<number>, shapes: ArrayLike<number>, colours: ArrayLike<number>): VitMetrics {
  const n = shapes.length;
  if (n === 0) throw new Error('vitMetrics: no samples');
  const S = shapeLogits.length / n;
  const C = colourLogits.length / n;
  const shapeConfusion = Array.from({ length: S }, () => new Array<number>(S).fill(0));
  const colourConfusion = Array.from({ length: C }, () => new Array<number>(C).fill(0));
  let both = 0;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const ps = argmax(shapeLogits, i * S, S);
    const pc = argmax(colourLogits, i * C, C);
    shapeConfusion[shapes[i]][ps]++;
    colourConfusion[colours[i]][pc]++;
    if (ps === shapes[i] && pc === colours[i]) both++;
    loss += crossEntropy(shapeLogits, i * S, S, shapes[i]) + crossEntropy(colourLogits, i * C, C, colours[i]);
  }
  const trace = (m: number[][]) => m.reduce((a, row, k) => a + row[k], 0);
  return {
    accuracy: both / n,
    shapeAccuracy: trace(shapeConfusion) / n,
    colourAccuracy: trace(colourConfusion) / n,
    loss: loss / n,
    shapeConfusion,
    colourConfusion,
  };
}
