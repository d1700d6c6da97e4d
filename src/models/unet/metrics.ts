/**
 * Segmentation scores on plain typed arrays, shared by training (tfjs), evaluation (onnxruntime)
 * and the demo, so every number is computed the same way.
 *
 * Layouts: scores are per-pixel class scores (logits or probabilities), either 'nhwc'
 * [N, H, W, C] (tfjs) or 'nchw' [N, C, H, W] (ONNX); labels are [N, H, W] class indices.
 * IoU of class k = TP / (TP + FP + FN) over all pixels given (data-set level, not a mean of
 * per-image IoUs); a class that is neither present nor predicted has IoU NaN.
 */

export type Layout = 'nhwc' | 'nchw';

/** Argmax over the class axis; ties go to the lower class index. */
export function argmaxClasses(scores: ArrayLike<number>, layout: Layout, n: number, plane: number, classes: number): Uint8Array {
  const out = new Uint8Array(n * plane);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < plane; p++) {
      const at = (c: number) => (layout === 'nhwc' ? (i * plane + p) * classes + c : (i * classes + c) * plane + p);
      let best = 0;
      let bestV = scores[at(0)];
      for (let c = 1; c < classes; c++) {
        const v = scores[at(c)];
        if (v > bestV) [best, bestV] = [c, v];
      }
      out[i * plane + p] = best;
    }
  }
  return out;
}

/** Mean softmax cross-entropy of logits against labels, per pixel. */
export function pixelCrossEntropy(logits: ArrayLike<number>, labels: Uint8Array, layout: Layout, n: number, plane: number, classes: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < plane; p++) {
      const at = (c: number) => (layout === 'nhwc' ? (i * plane + p) * classes + c : (i * classes + c) * plane + p);
      let m = -Infinity;
      for (let c = 0; c < classes; c++) m = Math.max(m, logits[at(c)]);
      let z = 0;
      for (let c = 0; c < classes; c++) z += Math.exp(logits[at(c)] - m);
      sum += m + Math.log(z) - logits[at(labels[i * plane + p])];
    }
  }
  return sum / (n * plane);
}

/** Confusion counts [true][predicted]. */
export function segConfusion(pred: Uint8Array, truth: Uint8Array, classes: number): number[][] {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < truth.length; i++) m[truth[i]][pred[i]]++;
  return m;
}

export interface SegMetrics {
  pixelAccuracy: number;
  iou: number[]; // per class, NaN where the class is neither present nor predicted
  meanIoU: number; // over the foreground classes 1..C-1 that have an IoU (the shape classes)
  meanIoUAll: number; // over every class with an IoU, background included
  confusion: number[][];
}

export function segMetrics(confusion: number[][]): SegMetrics {
  const C = confusion.length;
  let correct = 0,
    total = 0;
  const iou = confusion.map((row, k) => {
    const tp = row[k];
    const fn = row.reduce((a, b) => a + b, 0) - tp;
    let fp = 0;
    for (let t = 0; t < C; t++) if (t !== k) fp += confusion[t][k];
    correct += tp;
    total += tp + fn;
    return tp + fp + fn === 0 ? NaN : tp / (tp + fp + fn);
  });
  const mean = (v: number[]) => {
    const ok = v.filter((x) => !Number.isNaN(x));
    return ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : NaN;
  };
  return { pixelAccuracy: total ? correct / total : NaN, iou, meanIoU: mean(iou.slice(1)), meanIoUAll: mean(iou), confusion };
}
