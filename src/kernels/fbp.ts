import { rampKernel, type RampFilter } from './rampKernel';

export interface FbpOptions {
  filter?: RampFilter; // default 'ram-lak'
}

/**
 * Filtered back-projection of a parallel-beam sinogram [angles, nDet] in the layout of `radon`
 * (bins 1 pixel apart, t = k − (nDet−1)/2) onto an h×w image (Kak & Slaney 1988, §3.3.3):
 *   Q_θ = P_θ ∗ h (the ramp kernel of rampKernel.ts, linear convolution over the whole detector),
 *   f(x, y) = (π/K)·Σ_θ Q_θ(x cos θ + y sin θ), Q read with linear interpolation, K angles over [0, π).
 * With exact projections of a density ρ the result is ρ, not a scaled copy: that is the test.
 * The convolution costs nDet² per angle and needs no FFT; filter 'none' back-projects P itself,
 * the 1/r-blurred image that the ramp corrects.
 */
export function fbp(sinogram: ArrayLike<number>, angles: ArrayLike<number>, nDet: number, h: number, w: number, opts: FbpOptions = {}): Float64Array {
  const { filter = 'ram-lak' } = opts;
  const K = angles.length;
  if (sinogram.length !== K * nDet) throw new Error(`fbp: sinogram has ${sinogram.length} values, expected ${K}×${nDet}`);
  const kernel = rampKernel(filter, nDet - 1);
  const q = new Float64Array(nDet + 1); // one trailing 0 so interpolation at the last bin reads in bounds
  const out = new Float64Array(h * w);
  const [cx, cy] = [(w - 1) / 2, (h - 1) / 2];
  const centre = (nDet - 1) / 2;
  for (let i = 0; i < K; i++) {
    const row = i * nDet;
    for (let n = 0; n < nDet; n++) {
      let sum = 0;
      // q[n] = Σ_k h[n − k]·p[k]; kernel index n − k + (nDet − 1).
      const base = n + nDet - 1;
      for (let k = 0; k < nDet; k++) sum += kernel[base - k] * sinogram[row + k];
      q[n] = sum;
    }
    const [c, s] = [Math.cos(angles[i]), Math.sin(angles[i])];
    for (let r = 0; r < h; r++) {
      // t = x cos θ + y sin θ steps by cos θ along a row.
      let t = -cx * c + (cy - r) * s + centre;
      const o = r * w;
      for (let col = 0; col < w; col++, t += c) {
        if (t < 0 || t > nDet - 1) continue;
        const k = Math.floor(t);
        const f = t - k;
        out[o + col] += q[k] + f * (q[k + 1] - q[k]);
      }
    }
  }
  const scale = Math.PI / K;
  for (let p = 0; p < out.length; p++) out[p] *= scale;
  return out;
}
