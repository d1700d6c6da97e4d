import { fft, fft2d, type Complex } from './fft';

/**
 * The centred spectrum of one projection: P(ω_j) = Σ_k p[k]·e^(−2πi·ω_j·t_k) with t_k = k − (nDet−1)/2
 * (the detector layout of `radon`) at ω_j = f(j)/m cycles per pixel, f(j) = j for j < ⌈m/2⌉ else
 * j − m, after zero-padding to m ≥ nDet samples. The FFT puts the origin at k = 0, so the result
 * is turned by e^(+2πi·ω_j·(nDet−1)/2) to put it at the detector centre.
 */
export function projectionSpectrum(p: ArrayLike<number>, m: number): Complex {
  const n = p.length;
  if (m < n) throw new Error(`projectionSpectrum: padded length ${m} is shorter than the projection (${n})`);
  const re = new Float64Array(m);
  for (let k = 0; k < n; k++) re[k] = p[k];
  const P = fft({ re, im: new Float64Array(m) });
  const c = (n - 1) / 2;
  for (let j = 0; j < m; j++) {
    const a = (2 * Math.PI * (j < Math.ceil(m / 2) ? j : j - m) * c) / m;
    const [cr, ci] = [Math.cos(a), Math.sin(a)];
    const [r, i] = [P.re[j], P.im[j]];
    P.re[j] = r * cr - i * ci;
    P.im[j] = r * ci + i * cr;
  }
  return P;
}

export interface DirectFourierOptions {
  oversample?: number; // Fourier grid = oversample × the image (zero-padding the image); default 2
  radialOversample?: number; // detector zero-padding relative to the grid size (samples per cell along ω); default 1
}

/**
 * Reconstruction by direct Fourier inversion (the projection-slice theorem, Kak & Slaney 1988
 * §3.2 and §3.4; REFERENCE.md §26): the 1-D transform of the projection at angle θ is the line
 * F(ω cos θ, ω sin θ) of the image's 2-D transform. Every projection's spectrum is laid on its
 * line, spread onto the four nearest cells of a Cartesian grid with bilinear weights (each cell
 * the weighted mean of the samples that reached it), and one inverse 2-D FFT gives the image.
 * Gridding happens in the frame centred on the image, where the spectrum varies slowly.
 * The grid is `oversample` times the image (the image is zero-padded, then cropped back), which
 * keeps gridding errors at the edge of the field. Cells no line reaches stay 0, which is where
 * few angles hurt. Layout as `radon`/`fbp`: sinogram [angles, nDet], output h×w, y up.
 * Its errors come from interpolating in frequency rather than in space; RELION inserts slices
 * into a 3-D grid the same way, with a gridding correction this 2-D version leaves out.
 */
export function directFourier(
  sinogram: ArrayLike<number>,
  angles: ArrayLike<number>,
  nDet: number,
  h: number,
  w: number,
  opts: DirectFourierOptions = {},
): Float64Array {
  const { oversample = 2, radialOversample = 1 } = opts;
  const K = angles.length;
  if (sinogram.length !== K * nDet) throw new Error(`directFourier: sinogram has ${sinogram.length} values, expected ${K}×${nDet}`);
  const gh = Math.ceil(h * oversample);
  const gw = Math.ceil(w * oversample);
  const [oy, ox] = [Math.floor((gh - h) / 2), Math.floor((gw - w) / 2)];
  // Centre of the image inside the padded grid, in grid pixels: (column cx, row cy) is x = y = 0.
  const [cx, cy] = [ox + (w - 1) / 2, oy + (h - 1) / 2];
  const m = Math.max(nDet, Math.ceil(radialOversample * Math.max(gh, gw)));
  const sumRe = new Float64Array(gh * gw);
  const sumIm = new Float64Array(gh * gw);
  const weight = new Float64Array(gh * gw);
  for (let i = 0; i < K; i++) {
    const P = projectionSpectrum(Array.prototype.slice.call(sinogram, i * nDet, (i + 1) * nDet), m);
    const [c, s] = [Math.cos(angles[i]), Math.sin(angles[i])];
    for (let j = 0; j < m; j++) {
      const omega = (j < Math.ceil(m / 2) ? j : j - m) / m;
      // Rows run down, so the row frequency is −ωy: the sample lands at kc = gw·ωx, kr = −gh·ωy.
      splat(sumRe, sumIm, weight, gh, gw, -gh * omega * s, gw * omega * c, P.re[j], P.im[j]);
    }
  }
  // The spectrum is gridded about the image centre, where it is smooth; the grid's DFT has its
  // origin at pixel (0, 0), which turns each cell by e^(−2πi(fc·cx/gw + fr·cy/gh)). Applying that
  // to whole cells, after interpolation, keeps the interpolation away from a phase ramp of ~π per cell.
  for (let kr = 0; kr < gh; kr++) {
    const fr = kr < Math.ceil(gh / 2) ? kr : kr - gh;
    for (let kc = 0; kc < gw; kc++) {
      const q = kr * gw + kc;
      if (weight[q] < 1e-9) continue;
      const fc = kc < Math.ceil(gw / 2) ? kc : kc - gw;
      const a = -2 * Math.PI * ((fc * cx) / gw + (fr * cy) / gh);
      const [vr, vi] = [sumRe[q] / weight[q], sumIm[q] / weight[q]];
      sumRe[q] = vr * Math.cos(a) - vi * Math.sin(a);
      sumIm[q] = vr * Math.sin(a) + vi * Math.cos(a);
    }
  }
  const img = fft2d({ re: sumRe, im: sumIm }, gh, gw, true);
  const out = new Float64Array(h * w);
  for (let r = 0; r < h; r++) for (let col = 0; col < w; col++) out[r * w + col] = img.re[(r + oy) * gw + col + ox];
  return out;
}

/** Adds a value to the four grid cells around the fractional frequency (kr, kc), wrapping to DFT order. */
function splat(re: Float64Array, im: Float64Array, weight: Float64Array, gh: number, gw: number, kr: number, kc: number, vr: number, vi: number): void {
  const r0 = Math.floor(kr);
  const c0 = Math.floor(kc);
  const [fr, fc] = [kr - r0, kc - c0];
  for (let dr = 0; dr <= 1; dr++) {
    const wr = dr ? fr : 1 - fr;
    const row = ((((r0 + dr) % gh) + gh) % gh) * gw;
    for (let dc = 0; dc <= 1; dc++) {
      const wt = wr * (dc ? fc : 1 - fc);
      if (wt === 0) continue;
      const q = row + ((((c0 + dc) % gw) + gw) % gw);
      re[q] += wt * vr;
      im[q] += wt * vi;
      weight[q] += wt;
    }
  }
}
