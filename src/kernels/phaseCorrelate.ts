import { fft2d } from './fft';
import { hannWindow } from './hannWindow';
import { assertRank, type Tensor } from './tensor';

export type SubpixelEstimator = 'parabolic' | 'centroid' | 'sinc' | 'none';

export interface PhaseCorrelateOptions {
  window?: boolean; // Hann window both images first (default true; OpenCV leaves it to the caller)
  subpixel?: SubpixelEstimator; // default 'parabolic'
}

export interface PhaseCorrelation {
  dx: number; // b(x, y) ≈ a(x − dx, y − dy): b is a moved right by dx and down by dy
  dy: number;
  response: number; // height of the correlation peak, 1 for a perfect circular shift
  surface: Float64Array; // [H, W] correlation surface, zero shift at index 0 (fftshift it to display)
}

/** Integer shift index k on an axis of length n, folded to (−n/2, n/2]. */
const signed = (k: number, n: number) => (k > n / 2 ? k - n : k);

/**
 * Translation between two equal-size single-channel images [H, W] by phase correlation (Kuglin &
 * Hines 1975): the inverse FFT of the normalised cross-power spectrum B·A̅/|B·A̅| is a delta at
 * the shift. Sub-pixel peak, per axis from the peak and its two circular neighbours:
 * - 'parabolic' (default): vertex of the parabola through the three values. On the ideal
 *   (Dirichlet ≈ sinc) peak of a fractional shift it is biased towards the integer by up to ≈ 0.12 px.
 * - 'sinc': Foroosh, Zerubia & Berthod (IEEE TIP 11(3), 2002): d = c₁/(c₁ + c₀) with c₁ the larger
 *   neighbour, exact for a sinc peak; the most accurate of the three in our tests.
 * - 'centroid': OpenCV `phaseCorrelate`'s weighted centroid of the 5×5 neighbourhood (least accurate).
 * Shifts are found modulo the image size, folded into (−size/2, size/2].
 */
export function phaseCorrelate(a: Tensor, b: Tensor, opts: PhaseCorrelateOptions = {}): PhaseCorrelation {
  assertRank(a, 2, 'phaseCorrelate a');
  assertRank(b, 2, 'phaseCorrelate b');
  const [h, w] = a.shape;
  if (b.shape[0] !== h || b.shape[1] !== w) throw new Error(`phaseCorrelate: sizes differ, [${a.shape}] vs [${b.shape}]`);
  const win = (opts.window ?? true) ? hannWindow(h, w) : undefined;
  const prep = (t: Tensor) => ({ re: Float64Array.from(t.data, (v, i) => (win ? v * win[i] : v)), im: new Float64Array(h * w) });
  const fa = fft2d(prep(a), h, w);
  const fb = fft2d(prep(b), h, w);
  const cross = { re: new Float64Array(h * w), im: new Float64Array(h * w) };
  for (let i = 0; i < h * w; i++) {
    const re = fb.re[i] * fa.re[i] + fb.im[i] * fa.im[i];
    const im = fb.im[i] * fa.re[i] - fb.re[i] * fa.im[i];
    // Tiny floor: frequencies where either spectrum vanishes carry no phase; leave them ~0.
    const mag = Math.hypot(re, im) + 1e-15;
    cross.re[i] = re / mag;
    cross.im[i] = im / mag;
  }
  const surface = fft2d(cross, h, w, true).re;
  let peak = 0;
  for (let i = 1; i < h * w; i++) if (surface[i] > surface[peak]) peak = i;
  const [py, px] = [Math.floor(peak / w), peak % w];
  const at = (y: number, x: number) => surface[(((y % h) + h) % h) * w + (((x % w) + w) % w)];
  let [fy, fx] = [0, 0];
  const mode = opts.subpixel ?? 'parabolic';
  if (mode === 'parabolic') {
    const vertex = (m: number, c: number, p: number) => {
      const d = m - 2 * c + p;
      return d < 0 ? (0.5 * (m - p)) / d : 0;
    };
    fx = w > 2 ? vertex(at(py, px - 1), at(py, px), at(py, px + 1)) : 0;
    fy = h > 2 ? vertex(at(py - 1, px), at(py, px), at(py + 1, px)) : 0;
  } else if (mode === 'sinc') {
    const foroosh = (m: number, c: number, p: number) => (p >= m ? p / (p + c) : -m / (m + c));
    fx = w > 2 ? foroosh(at(py, px - 1), at(py, px), at(py, px + 1)) : 0;
    fy = h > 2 ? foroosh(at(py - 1, px), at(py, px), at(py + 1, px)) : 0;
  } else if (mode === 'centroid') {
    let [s, sx, sy] = [0, 0, 0];
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const v = at(py + dy, px + dx);
        s += v;
        sx += v * dx;
        sy += v * dy;
      }
    }
    [fx, fy] = s > 0 ? [sx / s, sy / s] : [0, 0];
  }
  return { dx: signed(px, w) + fx, dy: signed(py, h) + fy, response: surface[peak], surface };
}
