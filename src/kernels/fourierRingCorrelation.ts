import { fft2d } from './fft';

export interface FourierRingCorrelation {
  /** FRC(r) for rings r = 0 … n/2 (radius in Fourier pixels; frequency r/(n·pixel)). 0 where a ring has no power. */
  frc: Float64Array;
  /** Pixels in each ring: the FRC of independent noise has a standard deviation of about 1/√count. */
  count: Int32Array;
}

/**
 * Fourier ring correlation of two n×n images, the 2-D form of RELION's getFSC (src/fftw.cpp;
 * REFERENCE.md §26): FRC(r) = Σ Re(F1·F2*) / √(Σ|F1|²·Σ|F2|²) over the pixels whose frequency
 * index (fx, fy) rounds to radius r = round(√(fx² + fy²)), as RELION's ROUND. Sums run over the
 * whole plane; its Hermitian symmetry counts each independent coefficient twice, which changes
 * nothing in the ratio. Rings stop at Nyquist (n/2); corner frequencies beyond it are left out.
 */
export function fourierRingCorrelation(a: ArrayLike<number>, b: ArrayLike<number>, n: number): FourierRingCorrelation {
  if (a.length !== n * n || b.length !== n * n)
    throw new Error(`fourierRingCorrelation: expected two ${n}×${n} images, got ${a.length} and ${b.length} values`);
  const F1 = fft2d({ re: Float64Array.from(a), im: new Float64Array(n * n) }, n, n);
  const F2 = fft2d({ re: Float64Array.from(b), im: new Float64Array(n * n) }, n, n);
  const rings = Math.floor(n / 2) + 1;
  const [num, p1, p2] = [new Float64Array(rings), new Float64Array(rings), new Float64Array(rings)];
  const count = new Int32Array(rings);
  const f = (j: number) => (j < Math.ceil(n / 2) ? j : j - n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = Math.round(Math.hypot(f(i), f(j)));
      if (r >= rings) continue;
      const q = i * n + j;
      num[r] += F1.re[q] * F2.re[q] + F1.im[q] * F2.im[q];
      p1[r] += F1.re[q] ** 2 + F1.im[q] ** 2;
      p2[r] += F2.re[q] ** 2 + F2.im[q] ** 2;
      count[r]++;
    }
  }
  const frc = Float64Array.from(num, (v, r) => (p1[r] > 0 && p2[r] > 0 ? v / Math.sqrt(p1[r] * p2[r]) : 0));
  return { frc, count };
}

export interface FrcResolution {
  ring: number; // fractional ring where the curve first falls below the threshold (linear between rings)
  frequency: number; // ring/(n·pixel), Å⁻¹ for a pixel in Å
  resolution: number; // 1/frequency (Å): the Nyquist limit 2·pixel if the curve never falls below
}

/**
 * Where an FRC/FSC curve first drops below a threshold, 0.143 by default (the gold-standard
 * half-map criterion, Rosenthal & Henderson 2003; RELION postprocessing's cutoff; REFERENCE.md §26).
 * The DC ring is skipped; the crossing is interpolated linearly between the last ring above and
 * the first below (RELION reports the shell itself; interpolation avoids whole-ring steps).
 */
export function frcResolution(frc: ArrayLike<number>, n: number, pixelSize = 1, threshold = 0.143): FrcResolution {
  let ring = frc.length - 1;
  for (let r = 1; r < frc.length; r++) {
    if (frc[r] < threshold) {
      ring = r - 1 + (frc[r - 1] - threshold) / (frc[r - 1] - frc[r]);
      break;
    }
  }
  const frequency = ring / (n * pixelSize);
  return { ring, frequency, resolution: 1 / frequency };
}

/** RELION's Cref = √(2·FSC/(1+FSC)): the expected correlation of the full map with the truth; 0.143 gives ≈ 0.5. */
export function cRef(fsc: number): number {
  return fsc <= 0 ? 0 : Math.sqrt((2 * fsc) / (1 + fsc));
}
