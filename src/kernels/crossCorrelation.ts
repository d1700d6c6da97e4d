import { fft2d, type Complex } from './fft';

/**
 * Circular cross-correlation of two h×w images by FFT: c(s) = Σ_p a(p + s)·b(p), s in DFT order
 * (row shift s_y = i for i < ⌈h/2⌉, else i − h; likewise columns). If a is b moved by s₀ (a(p) =
 * b(p − s₀)), c peaks at s₀. Computed as IFFT(A·conj(B)), the correlation theorem. Takes
 * spectra so that callers comparing one image with many can transform it once.
 */
export function crossCorrelationFromSpectra(A: Complex, B: Complex, h: number, w: number): Float64Array {
  const n = h * w;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let q = 0; q < n; q++) {
    re[q] = A.re[q] * B.re[q] + A.im[q] * B.im[q];
    im[q] = A.im[q] * B.re[q] - A.re[q] * B.im[q];
  }
  return fft2d({ re, im }, h, w, true).re;
}

/** The circular cross-correlation of two h×w images (see crossCorrelationFromSpectra). */
export function crossCorrelation(a: ArrayLike<number>, b: ArrayLike<number>, h: number, w: number): Float64Array {
  return crossCorrelationFromSpectra(spectrum(a, h, w), spectrum(b, h, w), h, w);
}

/** The 2-D FFT of a real image. */
export function spectrum(img: ArrayLike<number>, h: number, w: number): Complex {
  return fft2d({ re: Float64Array.from(img), im: new Float64Array(h * w) }, h, w);
}

export interface Shift {
  dy: number; // rows, down positive
  dx: number; // columns, right positive
  value: number; // the correlation at the peak
}

/** The integer shift s maximising c(s) = Σ a(p + s)·b(p): how far b's content must move to match a. Ties: the first in row-major DFT order. */
export function bestShift(a: ArrayLike<number>, b: ArrayLike<number>, h: number, w: number): Shift {
  return peakShift(crossCorrelation(a, b, h, w), h, w);
}

export function peakShift(c: Float64Array, h: number, w: number): Shift {
  let best = 0;
  for (let q = 1; q < c.length; q++) if (c[q] > c[best]) best = q;
  const [i, j] = [Math.floor(best / w), best % w];
  return { dy: i < Math.ceil(h / 2) ? i : i - h, dx: j < Math.ceil(w / 2) ? j : j - w, value: c[best] };
}

/** Moves the content of an h×w image by (dy, dx) pixels, wrapping around: out(p) = img(p − s). */
export function shift2d(img: ArrayLike<number>, h: number, w: number, dy: number, dx: number): Float64Array {
  const out = new Float64Array(h * w);
  for (let r = 0; r < h; r++) {
    const rr = (((r + dy) % h) + h) % h;
    for (let c = 0; c < w; c++) out[rr * w + ((((c + dx) % w) + w) % w)] = img[r * w + c];
  }
  return out;
}
