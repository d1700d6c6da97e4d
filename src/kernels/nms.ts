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
 * A box is kept iff no kept box overlaps it with IoU > threshold, whatever order the kept boxes
 * are checked in, so candidates are checked only against kept boxes sharing a cell of a uniform
 * grid (about one mean box side per cell): the same output as ORT's scan of every kept box,
 * without its O(N·K) cost.
 */
export function greedyNms(boxes: Tensor, scores: ArrayLike<number>, iouThreshold: number, classIds?: ArrayLike<number>, what = 'nms'): Int32Array {
  const n = boxRows(boxes, `${what}: boxes`);
  // ONNX requires [0, 1]; above 1 simply keeps everything, so only negatives and NaN are refused.
  if (!(iouThreshold >= 0)) throw new Error(`${what}: iouThreshold must be ≥ 0, got ${iouThreshold}`);
  if (classIds && classIds.length !== n) throw new Error(`${what}: ${n} boxes but ${classIds.length} class ids`);
  const b = boxes.data;
  for (let i = 0; i < 4 * n; i++) if (!Number.isFinite(b[i])) throw new Error(`${what}: box ${i >> 2} has a non-finite coordinate`);
  const order = scoreOrder(scores, n, what);
  const grid = new KeptGrid(b, n);
  const kept = new Float64Array(5 * n); // x1, y1, x2, y2, area of each kept box
  const keptClass = new Float64Array(n);
  const checkedBy = new Int32Array(n).fill(-1); // a kept box spans several cells: check it once
  const keep = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < n; r++) {
    const idx = order[r];
    const [x1, y1, x2, y2] = [b[4 * idx], b[4 * idx + 1], b[4 * idx + 2], b[4 * idx + 3]];
    const area = (x2 - x1) * (y2 - y1);
    const cls = classIds ? classIds[idx] : 0;
    const [cx0, cy0, cx1, cy1] = grid.cells(x1, y1, x2, y2);
    let suppressed = false;
    scan: for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) {
        for (let e = grid.head[cy * grid.gx + cx]; e >= 0; e = grid.next[e]) {
          const s = grid.item[e];
          if (checkedBy[s] === r || (classIds && keptClass[s] !== cls)) continue;
          checkedBy[s] = r;
          const q = 5 * s;
          const iw = Math.min(x2, kept[q + 2]) - Math.max(x1, kept[q]);
          const ih = Math.min(y2, kept[q + 3]) - Math.max(y1, kept[q + 1]);
          // No overlap (or a zero-area box) never suppresses: torchvision's 0/0 = NaN > t is false.
          if (iw <= 0 || ih <= 0) continue;
          const inter = iw * ih;
          if (inter / (area + kept[q + 4] - inter) > iouThreshold) {
            suppressed = true;
            break scan;
          }
        }
      }
    }
    if (suppressed) continue;
    kept.set([x1, y1, x2, y2, area], 5 * k);
    keptClass[k] = cls;
    grid.insert(k, cx0, cy0, cx1, cy1);
    keep[k++] = idx;
  }
  return keep.slice(0, k);
}

/** Kept boxes bucketed by grid cell, as linked lists (head per cell, next per entry). */
class KeptGrid {
  gx = 1;
  gy = 1;
  cell = 1;
  minX = 0;
  minY = 0;
  head: Int32Array;
  next: Int32Array = new Int32Array(64);
  item: Int32Array = new Int32Array(64);
  private used = 0;

  constructor(b: Float32Array, n: number) {
    let [minX, minY, maxX, maxY, sides] = [Infinity, Infinity, -Infinity, -Infinity, 0];
    for (let i = 0; i < n; i++) {
      const [x1, y1, x2, y2] = [b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]];
      [minX, minY] = [Math.min(minX, x1, x2), Math.min(minY, y1, y2)];
      [maxX, maxY] = [Math.max(maxX, x1, x2), Math.max(maxY, y1, y2)];
      sides += Math.abs(x2 - x1) + Math.abs(y2 - y1);
    }
    if (n > 0) {
      const [ex, ey] = [maxX - minX, maxY - minY];
      // A cell about a mean box side wide, coarsened until the grid has at most 4N + 64 cells.
      let cell = Math.max(sides / (2 * n), Math.sqrt((ex * ey) / (2 * n)), 1e-9 * Math.max(ex, ey), Number.MIN_VALUE);
      const dims = () => [Math.floor(ex / cell) + 1, Math.floor(ey / cell) + 1];
      while (dims()[0] * dims()[1] > 4 * n + 64) cell *= 2;
      [this.gx, this.gy, this.cell, this.minX, this.minY] = [...dims(), cell, minX, minY];
    }
    this.head = new Int32Array(this.gx * this.gy).fill(-1);
  }

  /** Cell range [cx0, cy0, cx1, cy1] a box covers; empty (cx1 < cx0) for a flipped box. */
  cells(x1: number, y1: number, x2: number, y2: number): [number, number, number, number] {
    const at = (v: number, min: number, g: number) => Math.min(Math.max(Math.floor((v - min) / this.cell), 0), g - 1);
    return [at(x1, this.minX, this.gx), at(y1, this.minY, this.gy), x2 < x1 ? -1 : at(x2, this.minX, this.gx), y2 < y1 ? -1 : at(y2, this.minY, this.gy)];
  }

  insert(s: number, cx0: number, cy0: number, cx1: number, cy1: number): void {
    for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) {
        if (this.used === this.next.length) [this.next, this.item] = [grow(this.next), grow(this.item)];
        const c = cy * this.gx + cx;
        const e = this.used++;
        this.item[e] = s;
        this.next[e] = this.head[c];
        this.head[c] = e;
      }
    }
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}
