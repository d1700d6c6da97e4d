import { assertRank, type Tensor } from './tensor';

/**
 * Exact Euclidean distance transform by Felzenszwalb & Huttenlocher ("Distance Transforms of
 * Sampled Functions", Theory of Computing 8, 2012): for every pixel of a single-channel image
 * [H, W], the distance to the nearest zero pixel (0 on zero pixels), as OpenCV `distanceTransform`
 * with DIST_L2 and DIST_MASK_PRECISE, which uses the same algorithm. Squared distances are the
 * lower envelope of parabolas, computed exactly in O(HW) by one 1-D pass over columns and one over
 * rows. With no zero pixel at all every distance is Infinity.
 */
/** 1-D squared distance transform of f (length n) into d; v, z are scratch of length n and n + 1. */
function envelope(f: Float64Array, n: number, d: Float64Array, v: Int32Array, z: Float64Array): void {
  // Where the parabola rooted at q overtakes the one rooted at p.
  const cross = (q: number, p: number) => (f[q] + q * q - (f[p] + p * p)) / (2 * q - 2 * p);
  let k = 0;
  v[0] = 0;
  z[0] = -Infinity;
  z[1] = Infinity;
  for (let q = 1; q < n; q++) {
    let s = cross(q, v[k]);
    // z[0] = −∞ stops the loop at k = 0.
    while (s <= z[k]) s = cross(q, v[--k]);
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = Infinity;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1] < q) k++;
    d[q] = (q - v[k]) ** 2 + f[v[k]];
  }
}

export function distanceTransform(img: Tensor): Float32Array {
  assertRank(img, 2, 'distanceTransform input');
  const [h, w] = img.shape;
  const n = Math.max(h, w);
  const f = new Float64Array(n);
  const d = new Float64Array(n);
  const v = new Int32Array(n);
  const z = new Float64Array(n + 1);
  const sq = new Float64Array(h * w);
  // A finite stand-in for ∞, above every real squared distance (≤ h² + w²), small enough that
  // adding q² to it in the envelope stays exact (∞ − ∞ would be NaN).
  const far = 2 * (h * h + w * w) + 1;
  for (let x = 0; x < w; x++) {
    for (let y = 0; y < h; y++) f[y] = img.data[y * w + x] === 0 ? 0 : far;
    envelope(f, h, d, v, z);
    for (let y = 0; y < h; y++) sq[y * w + x] = d[y];
  }
  const out = new Float32Array(h * w);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) f[x] = sq[y * w + x];
    envelope(f, w, d, v, z);
    for (let x = 0; x < w; x++) out[y * w + x] = d[x] >= far ? Infinity : Math.sqrt(d[x]);
  }
  return out;
}
