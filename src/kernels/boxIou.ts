import { assertRank, type Tensor } from './tensor';

/**
 * Pairwise overlap of two box sets, boxes [x1, y1, x2, y2] in pixels, x1 ≤ x2 and y1 ≤ y2:
 * a [N,4] and b [M,4] give [N,M] (row i, column j compares a[i] with b[j]).
 *
 * Follows torchvision.ops (boxes.py): `box_iou`, `generalized_box_iou`, `distance_box_iou` and
 * `complete_box_iou` (eps = 1e-7), term for term:
 * - area = (x2 − x1)(y2 − y1), unclamped; intersection sides clamped at 0; IoU = inter / union,
 *   so two zero-area boxes give 0/0 = NaN, as torchvision does;
 * - GIoU = IoU − (C − union) / C with C the smallest enclosing box's area;
 * - DIoU = IoU − ρ² / (c² + eps), ρ the distance between centres, c the enclosing box's diagonal;
 * - CIoU = DIoU − α·v, v = (4/π²)(atan(w_a/h_a) − atan(w_b/h_b))², α = v / (1 − IoU + v + eps).
 * Arithmetic is float64 and rounded once into the float32 output.
 */

/** The parts every variant needs for one pair, written into `t`: inter, union, enclosing w and h. */
function pairTerms(a: Float32Array, i: number, b: Float32Array, j: number, t: Float64Array): void {
  const [ax1, ay1, ax2, ay2] = [a[i], a[i + 1], a[i + 2], a[i + 3]];
  const [bx1, by1, bx2, by2] = [b[j], b[j + 1], b[j + 2], b[j + 3]];
  const iw = Math.max(Math.min(ax2, bx2) - Math.max(ax1, bx1), 0);
  const ih = Math.max(Math.min(ay2, by2) - Math.max(ay1, by1), 0);
  const inter = iw * ih;
  t[0] = inter;
  t[1] = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter;
  t[2] = Math.max(Math.max(ax2, bx2) - Math.min(ax1, bx1), 0);
  t[3] = Math.max(Math.max(ay2, by2) - Math.min(ay1, by1), 0);
}

type PairFn = (a: Float32Array, i: number, b: Float32Array, j: number, t: Float64Array) => number;

function pairwise(a: Tensor, b: Tensor, name: string, f: PairFn): Tensor {
  const n = boxRows(a, `${name}: boxes a`);
  const m = boxRows(b, `${name}: boxes b`);
  const out = new Float32Array(n * m);
  const t = new Float64Array(4);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out[i * m + j] = f(a.data, 4 * i, b.data, 4 * j, t);
  return { data: out, shape: [n, m] };
}

/** Number of rows of a [K,4] box tensor; throws otherwise. */
export function boxRows(x: Tensor, what: string): number {
  assertRank(x, 2, `${what} [K,4]`);
  if (x.shape[1] !== 4) throw new Error(`${what} must have shape [K,4], got [${x.shape}]`);
  return x.shape[0];
}

const iouOfTerms: PairFn = (a, i, b, j, t) => {
  pairTerms(a, i, b, j, t);
  return t[0] / t[1];
};

function diouOfTerms(a: Float32Array, i: number, b: Float32Array, j: number, t: Float64Array, eps: number): number {
  pairTerms(a, i, b, j, t);
  const dx = (a[i] + a[i + 2]) / 2 - (b[j] + b[j + 2]) / 2;
  const dy = (a[i + 1] + a[i + 3]) / 2 - (b[j + 1] + b[j + 3]) / 2;
  return t[0] / t[1] - (dx * dx + dy * dy) / (t[2] * t[2] + t[3] * t[3] + eps);
}

export function boxIou(a: Tensor, b: Tensor): Tensor {
  return pairwise(a, b, 'boxIou', iouOfTerms);
}

export function generalizedBoxIou(a: Tensor, b: Tensor): Tensor {
  return pairwise(a, b, 'generalizedBoxIou', (a, i, b, j, t) => {
    pairTerms(a, i, b, j, t);
    const enclosing = t[2] * t[3];
    return t[0] / t[1] - (enclosing - t[1]) / enclosing;
  });
}

export function distanceBoxIou(a: Tensor, b: Tensor, eps = 1e-7): Tensor {
  return pairwise(a, b, 'distanceBoxIou', (a, i, b, j, t) => diouOfTerms(a, i, b, j, t, eps));
}

export function completeBoxIou(a: Tensor, b: Tensor, eps = 1e-7): Tensor {
  return pairwise(a, b, 'completeBoxIou', (a, i, b, j, t) => {
    const diou = diouOfTerms(a, i, b, j, t, eps);
    const iou = t[0] / t[1];
    const d = Math.atan((a[i + 2] - a[i]) / (a[i + 3] - a[i + 1])) - Math.atan((b[j + 2] - b[j]) / (b[j + 3] - b[j + 1]));
    const v = (4 / (Math.PI * Math.PI)) * d * d;
    return diou - (v / (1 - iou + v + eps)) * v;
  });
}

/**
 * IoU of two single boxes [x1, y1, x2, y2]. pixelOffset 1 is the PASCAL VOC devkit convention
 * (py-faster-rcnn voc_eval.py, Padilla's Evaluator.py): a box covers x1 … x2 inclusive, so
 * w = x2 − x1 + 1 and the intersection side is max(min(x2) − max(x1) + 1, 0). 0 is torchvision's.
 */
export function iouOf(a: ArrayLike<number>, b: ArrayLike<number>, pixelOffset: 0 | 1 = 0): number {
  const iw = Math.max(Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + pixelOffset, 0);
  const ih = Math.max(Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + pixelOffset, 0);
  const inter = iw * ih;
  const areaA = (a[2] - a[0] + pixelOffset) * (a[3] - a[1] + pixelOffset);
  const areaB = (b[2] - b[0] + pixelOffset) * (b[3] - b[1] + pixelOffset);
  return inter / (areaA + areaB - inter);
}
