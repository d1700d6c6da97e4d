import { boxRows } from './boxIou';
import type { Tensor } from './tensor';

/**
 * Greedy non-maximum suppression over boxes [N,4] = [x1, y1, x2, y2] (x1 ≤ x2, y1 ≤ y2) with
 * scores [N]: visit boxes by decreasing score and keep one unless its IoU with an already kept
 * box is strictly greater than `iouThreshold`. Returns the kept indices in decreasing score order.
 *
 * Matches torchvision `nms` (and its `_reference_nms`) and onnxruntime's NonMaxSuppression with
 * center_point_box = 0 and one class (tested against it; ORT wants [y1, x1, y2, x2]). Equal scores
 * keep input order (lower index first), as ORT's priority queue does. A zero-area box never
 * suppresses or is suppressed (torchvision: 0/0 is NaN and NaN > t is false; ORT: explicit check).
 * Unlike ORT we do not reorder flipped corners: like torchvision, a box with x1 > x2 is malformed.
 */
export function nms(boxes: Tensor, scores: ArrayLike<number>, iouThreshold: number): Int32Array {
  return greedyNms(boxes, scores, iouThreshold);
}

/** Indices 0…n−1 by decreasing score, ties by increasing index. Throws on a NaN score. */
export function scoreOrder(scores: ArrayLike<number>, n: number, what: string): Int32Array {
  if (scores.length !== n) throw new Error(`${what}: ${n} boxes but ${scores.length} scores`);
  for (let i = 0; i < n; i++) if (Number.isNaN(scores[i])) throw new Error(`${what}: score ${i} is NaN`);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((p, q) => scores[q] - scores[p] || p - q);
}

/**
 * The greedy loop shared by `nms` and `batchedNms`. With `classIds`, a box is compared only with
 * kept boxes of its own class: the same result as torchvision's per-class coordinate offset trick.
 * Each candidate is compared with the kept boxes only (as ORT does), O(N·K) instead of O(N²).
 */
export function greedyNms(boxes: Tensor, scores: ArrayLike<number>, iouThreshold: number, classIds?: ArrayLike<number>, what = 'nms'): Int32Array {
  const n = boxRows(boxes, `${what}: boxes`);
  // ONNX requires [0, 1]; above 1 simply keeps everything, so only negatives and NaN are refused.
  if (!(iouThreshold >= 0)) throw new Error(`${what}: iouThreshold must be ≥ 0, got ${iouThreshold}`);
  if (classIds && classIds.length !== n) throw new Error(`${what}: ${n} boxes but ${classIds.length} class ids`);
  const order = scoreOrder(scores, n, what);
  const b = boxes.data;
  // Kept boxes packed as x1, y1, x2, y2, area so the inner loop walks one contiguous array.
  const kept = new Float64Array(5 * n);
  const keptClass = new Float64Array(n);
  const keep = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    const idx = order[r];
    const [x1, y1, x2, y2] = [b[4 * idx], b[4 * idx + 1], b[4 * idx + 2], b[4 * idx + 3]];
    const area = (x2 - x1) * (y2 - y1);
    const cls = classIds ? classIds[idx] : 0;
    let suppressed = false;
    for (let s = 0; s < k; s++) {
      if (classIds && keptClass[s] !== cls) continue;
      const q = 5 * s;
      const iw = Math.min(x2, kept[q + 2]) - Math.max(x1, kept[q]);
      if (iw <= 0) continue;
      const ih = Math.min(y2, kept[q + 3]) - Math.max(y1, kept[q + 1]);
      if (ih <= 0) continue;
      const inter = iw * ih;
      if (inter / (area + kept[q + 4] - inter) > iouThreshold) {
        suppressed = true;
        break;
      }
    }
    if (suppressed) continue;
    const o = 5 * k;
    kept[o] = x1;
    kept[o + 1] = y1;
    kept[o + 2] = x2;
    kept[o + 3] = y2;
    kept[o + 4] = area;
    keptClass[k] = cls;
    keep[k++] = idx;
  }
  return keep.slice(0, k);
}
