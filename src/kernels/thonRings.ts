import { ctf2d, type CtfParams } from './ctf';
import { normal, type Random } from './random';

export interface ThonRingOptions {
  snr?: number; // specimen power / noise power per Fourier pixel; default 1
  averages?: number; // periodograms averaged (CTFFIND averages tiles of the micrograph); default 4
}

/**
 * A simulated power spectrum of a micrograph, centred (DC at (⌊size/2⌋, ⌊size/2⌋)), [size, size].
 *
 * The micrograph model is built directly in Fourier space, so no FFT is needed: a white specimen
 * S(k) (complex Gaussian, variance `snr`) filtered by the CTF plus white detector noise N(k)
 * (variance 1), averaged over independent draws: E|CTF·S + N|² = snr·CTF² + 1. The dark rings are
 * the CTF zeros (`ctfZeros`); their contrast falls with the B-factor envelope, as in real data.
 */
export function thonRings(p: CtfParams, size: number, pixelSize: number, rand: Random, opts: ThonRingOptions = {}): Float64Array {
  const { snr = 1, averages = 4 } = opts;
  const c = ctf2d(p, size, size, pixelSize);
  const out = new Float64Array(size * size);
  // A complex Gaussian of variance v has re, im each of variance v/2.
  const sd = Math.sqrt(snr / 2);
  const nd = Math.SQRT1_2;
  for (let t = 0; t < averages; t++) {
    for (let i = 0; i < out.length; i++) {
      const re = c[i] * sd * normal(rand) + nd * normal(rand);
      const im = c[i] * sd * normal(rand) + nd * normal(rand);
      out[i] += (re * re + im * im) / averages;
    }
  }
  return out;
}
