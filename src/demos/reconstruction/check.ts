import { fft, fft2d } from '../../kernels/fft';
import { radon } from '../../kernels/radon';

/**
 * The projection-slice theorem at θ = 0, on the phantom on screen: the projection along the
 * columns (radon with one detector bin per column) has as its 1-D DFT exactly row 0 of the
 * image's 2-D DFT. Differences are relative to the largest coefficient.
 */
export function projectionSliceCheck(image: Float64Array, n: number): { maxAbsDiff: number; note: string } {
  const p = radon(image, n, n, [0], n);
  const P = fft({ re: Float64Array.from(p), im: new Float64Array(n) });
  const F = fft2d({ re: Float64Array.from(image), im: new Float64Array(n * n) }, n, n);
  let [diff, peak] = [0, 0];
  for (let j = 0; j < n; j++) {
    diff = Math.max(diff, Math.hypot(P.re[j] - F.re[j], P.im[j] - F.im[j]));
    peak = Math.max(peak, Math.hypot(F.re[j], F.im[j]));
  }
  return {
    maxAbsDiff: diff / peak,
    note: `|Δ| relative to the largest of the ${n} coefficients (${peak.toFixed(1)}), from the θ = 0 projection of the ${n}×${n} phantom`,
  };
}
