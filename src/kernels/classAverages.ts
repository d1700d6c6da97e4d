import { crossCorrelationFromSpectra, peakShift, shift2d, spectrum } from './crossCorrelation';
import type { Complex } from './fft';
import type { Random } from './random';

export interface ClassAverageOptions {
  classes: number;
  iterations?: number; // default 10
  rand: Random; // picks the seed particles
  /** Gaussian low-pass (σ in cycles/pixel) applied to particles and references when they are compared; default 0.1. Averages stay unfiltered. */
  lowpass?: number;
}

export interface ClassAverageResult {
  averages: Float64Array[]; // one h×w image per class (of the normalised particles)
  assignment: Int32Array; // class of each particle
  shifts: Int32Array; // [dy, dx] per particle: the shift that aligned it to its class (the particle moved by −shift)
  scores: Float64Array; // normalised cross-correlation of each aligned particle with its class reference
}

/**
 * 2-D classification of noisy particles with translational alignment, reference-free: no external
 * template, the references come from the data (the multi-reference alignment loop of 2-D
 * classification, e.g. Penczek et al. 1992, with hard assignments instead of RELION's ML weights):
 * 1. normalise each particle to zero mean and unit variance;
 * 2. seed K references with particles chosen k-means++ style (far, by correlation, from those taken);
 * 3. repeat: align every particle to every reference by the peak of their FFT cross-correlation,
 *    assign it to the best (highest normalised peak), average the aligned members, and re-centre each
 *    average on its centre of mass so the references cannot drift around the periodic box.
 * Comparisons use low-passed copies (a Gaussian of σ = `lowpass` cycles/pixel): particle shapes
 * live at low frequency and white noise everywhere, so filtering raises the SNR of every
 * correlation many-fold and keeps high-frequency noise from pulling particles into a class
 * (the guard against "Einstein from noise" that low-pass filtered references give in practice).
 * A class that empties is reseeded with the worst-fitting particle. Averaging n aligned copies
 * lowers the noise variance n-fold: the class averages look like the templates no single particle does.
 */
export function classAverages(particles: readonly ArrayLike<number>[], h: number, w: number, opts: ClassAverageOptions): ClassAverageResult {
  const { classes: K, iterations = 10, rand, lowpass = 0.1 } = opts;
  const n = particles.length;
  if (K < 1 || K > n) throw new Error(`classAverages: need 1 ≤ classes ≤ particles, got ${K} for ${n}`);
  const data = particles.map((p) => normalise(p));
  const gauss = lowpassWeights(h, w, lowpass);
  const filtered = (x: ArrayLike<number>) => filterSpectrum(spectrum(x, h, w), gauss);
  const spectra = data.map(filtered);
  const norms = spectra.map((X) => spectralNorm(X));
  let refs = seed(data, spectra, norms, K, h, w, rand);
  const assignment = new Int32Array(n);
  const shifts = new Int32Array(2 * n);
  const scores = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const refSpectra = refs.map(filtered);
    const refNorms = refSpectra.map((X) => spectralNorm(X));
    const sums = Array.from({ length: K }, () => new Float64Array(h * w));
    const counts = new Int32Array(K);
    for (let p = 0; p < n; p++) {
      let [bestK, bestScore, dy, dx] = [0, -Infinity, 0, 0];
      for (let k = 0; k < K; k++) {
        const peak = peakShift(crossCorrelationFromSpectra(spectra[p], refSpectra[k], h, w), h, w);
        const score = peak.value / (norms[p] * refNorms[k] || 1);
        if (score > bestScore) [bestK, bestScore, dy, dx] = [k, score, peak.dy, peak.dx];
      }
      [assignment[p], scores[p], shifts[2 * p], shifts[2 * p + 1]] = [bestK, bestScore, dy, dx];
      const aligned = shift2d(data[p], h, w, -dy, -dx);
      for (let q = 0; q < aligned.length; q++) sums[bestK][q] += aligned[q];
      counts[bestK]++;
    }
    refs = sums.map((s, k) => {
      if (counts[k] === 0) return data[scores.indexOf(Math.min(...scores))].slice();
      return recentre(
        s.map((v) => v / counts[k]),
        h,
        w,
      );
    });
  }
  return { averages: refs, assignment, shifts, scores };
}

function normalise(p: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(p);
  const mean = x.reduce((a, v) => a + v, 0) / x.length;
  const sd = Math.sqrt(x.reduce((a, v) => a + (v - mean) ** 2, 0) / x.length) || 1;
  return x.map((v) => (v - mean) / sd);
}

/** exp(−f²/(2σ²)) at every DFT frequency f (cycles/pixel) of an h×w grid. */
function lowpassWeights(h: number, w: number, sigma: number): Float64Array {
  const f = (j: number, n: number) => (j < Math.ceil(n / 2) ? j : j - n) / n;
  return Float64Array.from({ length: h * w }, (_, q) => Math.exp(-(f(Math.floor(q / w), h) ** 2 + f(q % w, w) ** 2) / (2 * sigma * sigma)));
}

function filterSpectrum(X: Complex, g: Float64Array): Complex {
  return { re: X.re.map((v, q) => v * g[q]), im: X.im.map((v, q) => v * g[q]) };
}

/** ‖x‖ from its spectrum (Parseval: Σx² = Σ|X|²/n). */
function spectralNorm(X: Complex): number {
  let s = 0;
  for (let q = 0; q < X.re.length; q++) s += X.re[q] ** 2 + X.im[q] ** 2;
  return Math.sqrt(s / X.re.length);
}

/** k-means++ seeding with 1 − (best normalised correlation over shifts) as the distance. */
function seed(data: Float64Array[], spectra: Complex[], norms: number[], K: number, h: number, w: number, rand: Random): Float64Array[] {
  const chosen = [Math.floor(rand() * data.length)];
  const dist = new Float64Array(data.length).fill(Infinity);
  while (chosen.length < K) {
    const l = chosen[chosen.length - 1];
    for (let p = 0; p < data.length; p++) {
      const c = peakShift(crossCorrelationFromSpectra(spectra[p], spectra[l], h, w), h, w).value / (norms[p] * norms[l] || 1);
      dist[p] = Math.min(dist[p], Math.max(1 - c, 0) ** 2);
    }
    const total = dist.reduce((a, v) => a + v, 0);
    let u = rand() * total;
    let pick = 0;
    while (pick < data.length - 1 && (u -= dist[pick]) > 0) pick++;
    chosen.push(pick);
  }
  return chosen.map((p) => data[p].slice());
}

/** Shifts an image so the centre of mass of its above-mean part sits at (⌊h/2⌋, ⌊w/2⌋). */
function recentre(img: Float64Array, h: number, w: number): Float64Array {
  const mean = img.reduce((a, v) => a + v, 0) / img.length;
  let [m, my, mx] = [0, 0, 0];
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++) {
      const v = Math.max(img[r * w + c] - mean, 0);
      [m, my, mx] = [m + v, my + v * r, mx + v * c];
    }
  if (m === 0) return img;
  return shift2d(img, h, w, Math.floor(h / 2) - Math.round(my / m), Math.floor(w / 2) - Math.round(mx / m));
}
