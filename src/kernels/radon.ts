/**
 * The Radon transform (parallel-beam projections) of an h×w image, row-major:
 *   p_θ(t) = ∫ f(t cos θ − s sin θ, t sin θ + s cos θ) ds,
 * the line integral along the line x cos θ + y sin θ = t (Kak & Slaney 1988, §3.1).
 * Pixel (r, c) sits at x = c − (w−1)/2, y = (h−1)/2 − r (x right, y up, origin at the centre).
 * Output [angles, nDet]: detector bin k at t = k − (nDet−1)/2, bins and ray steps 1 pixel apart,
 * so values are in pixel lengths × image units. Rays are sampled with bilinear interpolation
 * (zero outside the image), like scikit-image's `radon`, which rotates the image instead.
 */
export function radon(image: ArrayLike<number>, h: number, w: number, angles: ArrayLike<number>, nDet = defaultDetectorCount(h, w)): Float64Array {
  const out = new Float64Array(angles.length * nDet);
  // One ring of zeros around the image lets every bilinear tap inside the clipped ray read without checks.
  const pw = w + 2;
  const pad = new Float64Array((h + 2) * pw);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) pad[(r + 1) * pw + c + 1] = image[r * w + c];
  const [cx, cy] = [(w - 1) / 2, (h - 1) / 2];
  for (let i = 0; i < angles.length; i++) {
    const [cs, sn] = [Math.cos(angles[i]), Math.sin(angles[i])];
    for (let k = 0; k < nDet; k++) {
      const t = k - (nDet - 1) / 2;
      // Column X(u) = cx + t·cos − u·sin and row Y(u) = cy − t·sin − u·cos, for the ray step u
      // (an integer, the same grid for every ray); keep u where −1 < X < w and −1 < Y < h.
      const [x0, y0] = [cx + t * cs, cy - t * sn];
      let [lo, hi] = [-Infinity, Infinity];
      [lo, hi] = clip(lo, hi, x0, -sn, w);
      [lo, hi] = clip(lo, hi, y0, -cs, h);
      let sum = 0;
      for (let u = Math.ceil(lo); u <= hi; u++) {
        const x = x0 - u * sn + 1; // +1: padded coordinates
        const y = y0 - u * cs + 1;
        const c = Math.floor(x);
        const r = Math.floor(y);
        const [fx, fy] = [x - c, y - r];
        const p = r * pw + c;
        sum += (1 - fy) * ((1 - fx) * pad[p] + fx * pad[p + 1]) + fy * ((1 - fx) * pad[p + pw] + fx * pad[p + pw + 1]);
      }
      out[i * nDet + k] = sum;
    }
  }
  return out;
}

/** Narrows [lo, hi] to the u where −1 < start + slope·u < len (strictly, so taps stay in the padding). */
function clip(lo: number, hi: number, start: number, slope: number, len: number): [number, number] {
  if (Math.abs(slope) < 1e-12) return start > -1 && start < len ? [lo, hi] : [1, 0];
  let [a, b] = [(-1 - start) / slope, (len - start) / slope];
  if (a > b) [a, b] = [b, a];
  const eps = 1e-9; // open interval: never land exactly on the padding's outer edge
  return [Math.max(lo, a + eps), Math.min(hi, b - eps)];
}

/** Enough bins to see every pixel at every angle: ⌈diagonal⌉, made odd so a bin sits at t = 0. */
export function defaultDetectorCount(h: number, w: number): number {
  const n = Math.ceil(Math.hypot(h, w));
  return n % 2 === 0 ? n + 1 : n;
}

/** `count` angles evenly spaced over [0, π): θ_i = iπ/count, the parallel-beam half turn. */
export function projectionAngles(count: number): Float64Array {
  return Float64Array.from({ length: count }, (_, i) => (i * Math.PI) / count);
}
