import { ctf2d, type CtfParams } from '../../kernels/ctf';
import { normal, randomSeeded, type Random } from '../../kernels/random';

/**
 * The random part of `thonRings`, drawn once, so the demo can redraw the simulated spectrum for
 * every slider position without drawing 10⁶ normals each time. thonRings computes, per pixel and
 * average t, |c·sd·(g₁ + i·g₂) + nd·(g₃ + i·g₄)|² with c the CTF and g the normals it draws;
 * expanded, that is c²·sd²·A + 2c·sd·nd·B + nd²·C with A = Σ(g₁² + g₂²), B = Σ(g₁g₃ + g₂g₄),
 * C = Σ(g₃² + g₄²) over the averages (divided by their count). A, B, C do not depend on the
 * optics. Drawn in thonRings' own order (per average, per pixel: g₁, g₃, g₂, g₄), the spectrum
 * equals thonRings(p, size, pixel, rand, { snr, averages }) for the same seed, to rounding.
 */
export interface SpectrumField {
  size: number;
  snr: number;
  a: Float64Array;
  b: Float64Array;
  c: Float64Array;
}

export function spectrumField(size: number, rand: Random, snr: number, averages: number): SpectrumField {
  const n = size * size;
  const [a, b, c] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  for (let t = 0; t < averages; t++) {
    for (let i = 0; i < n; i++) {
      const [g1, g3, g2, g4] = [normal(rand), normal(rand), normal(rand), normal(rand)];
      a[i] += (g1 * g1 + g2 * g2) / averages;
      b[i] += (g1 * g3 + g2 * g4) / averages;
      c[i] += (g3 * g3 + g4 * g4) / averages;
    }
  }
  return { size, snr, a, b, c };
}

/** What the demo asks the scenes worker for: the field of `size`² pixels drawn from `seed`. */
export interface SpectrumFieldRequest {
  size: number;
  seed: number;
  snr: number;
  averages: number;
}

/** spectrumField from a seed, as a scenes-worker job (4·averages·size² normals: ~0.1–0.3 s at 256², too long for the page). */
export const seededSpectrumField = ({ size, seed, snr, averages }: SpectrumFieldRequest): SpectrumField =>
  spectrumField(size, randomSeeded(seed), snr, averages);

/** The simulated power spectrum (centred, [size, size]) of these optics over a drawn field. */
export function spectrumFromField(f: SpectrumField, p: CtfParams, pixel: number): Float64Array {
  const ctf = ctf2d(p, f.size, f.size, pixel);
  const sd = Math.sqrt(f.snr / 2);
  const nd = Math.SQRT1_2;
  return ctf.map((v, i) => v * v * sd * sd * f.a[i] + 2 * v * sd * nd * f.b[i] + nd * nd * f.c[i]);
}
