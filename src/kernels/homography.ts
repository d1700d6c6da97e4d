import { jacobiEigen } from './pca';

/** A 3×3 homography, row-major, scaled so H[8] = 1 when possible: (u, v, 1) ∝ H·(x, y, 1). */
export type Homography = Float64Array;

/** Applies H to the point (x, y). */
export function applyHomography(H: ArrayLike<number>, x: number, y: number): [number, number] {
  const w = H[6] * x + H[7] * y + H[8];
  return [(H[0] * x + H[1] * y + H[2]) / w, (H[3] * x + H[4] * y + H[5]) / w];
}

/**
 * Hartley's normalisation (Hartley & Zisserman, Multiple View Geometry, 2nd ed., Alg. 4.2): a
 * similarity T moving the points' centroid to the origin and their mean distance from it to √2.
 * Without it the DLT's matrix mixes entries of size 1 and of size x², and its null vector is
 * ill-conditioned for pixel coordinates.
 */
function normaliser(pts: ArrayLike<number>, n: number): Float64Array {
  let [mx, my] = [0, 0];
  for (let i = 0; i < n; i++) [mx, my] = [mx + pts[2 * i] / n, my + pts[2 * i + 1] / n];
  let d = 0;
  for (let i = 0; i < n; i++) d += Math.hypot(pts[2 * i] - mx, pts[2 * i + 1] - my) / n;
  const s = d > 0 ? Math.SQRT2 / d : 1;
  return Float64Array.from([s, 0, -s * mx, 0, s, -s * my, 0, 0, 1]);
}

const mul3 = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  const c = new Float64Array(9);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) c[i * 3 + j] += a[i * 3 + k] * b[k * 3 + j];
  return c;
};

/** Inverse of a normaliser [s, 0, tx; 0, s, ty; 0, 0, 1]. */
const invertSimilarity = (t: Float64Array) => Float64Array.from([1 / t[0], 0, -t[2] / t[0], 0, 1 / t[4], -t[5] / t[4], 0, 0, 1]);

/**
 * Homography mapping src[i] → dst[i] (points as flat [x0, y0, x1, y1, …], n ≥ 4) by the
 * normalised direct linear transform (Hartley & Zisserman Alg. 4.2): each correspondence gives
 * two rows of A·h = 0, and h is the right singular vector of A with the smallest singular value,
 * taken here as the eigenvector of AᵀA (9×9, Jacobi) with the smallest eigenvalue. Exact for 4
 * points in general position; the algebraic least-squares fit for more.
 */
export function findHomographyDLT(src: ArrayLike<number>, dst: ArrayLike<number>): Homography {
  const n = src.length / 2;
  if (!Number.isInteger(n) || n < 4 || dst.length !== src.length)
    throw new Error(`findHomographyDLT: need ≥ 4 matching points, got ${src.length / 2} and ${dst.length / 2}`);
  const ts = normaliser(src, n);
  const td = normaliser(dst, n);
  const ata = new Float64Array(81);
  const row = new Float64Array(9);
  const accumulate = () => {
    for (let a = 0; a < 9; a++) for (let b = 0; b < 9; b++) ata[a * 9 + b] += row[a] * row[b];
  };
  for (let i = 0; i < n; i++) {
    const [x, y] = [ts[0] * src[2 * i] + ts[2], ts[4] * src[2 * i + 1] + ts[5]];
    const [u, v] = [td[0] * dst[2 * i] + td[2], td[4] * dst[2 * i + 1] + td[5]];
    row.set([-x, -y, -1, 0, 0, 0, u * x, u * y, u]);
    accumulate();
    row.set([0, 0, 0, -x, -y, -1, v * x, v * y, v]);
    accumulate();
  }
  const { values, vectors } = jacobiEigen(ata, 9);
  let k = 0;
  for (let i = 1; i < 9; i++) if (values[i] < values[k]) k = i;
  const hn = Float64Array.from({ length: 9 }, (_, i) => vectors[i * 9 + k]);
  const H = mul3(mul3(invertSimilarity(td), hn), ts);
  const scale = Math.abs(H[8]) > 1e-12 ? H[8] : Math.hypot(...H);
  return H.map((v) => v / scale);
}
