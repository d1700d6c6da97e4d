import { ctf1d, ctfConstants, electronWavelength } from '../../kernels/ctf';
import { ctfFilter } from '../../kernels/ctfFilter';
import { ctfZeros } from '../../kernels/ctfZeros';
import { normal, randomSeeded } from '../../kernels/random';
import { notebookRows, ringPaths, toCtfParams } from './optics';
import { particle } from './particle';
import { spectrumFromField, type SpectrumField, type SpectrumFieldRequest } from './spectrumField';
import { makeScenesWorker } from '../shared/scenesWorker';
import { WorkerTask } from '../shared/workerTask.svelte';
import type { CtfValues } from './meta';

/** Side of the simulated power spectrum and of the phase-flipping image, in pixels. */
export const RING_SIZE = 256;
export const IMAGE_SIZE = 128;
const CURVE_POINTS = 600;
const RINGS_DRAWN = 6;
/** Specimen-to-noise power per Fourier pixel of the simulated spectrum: rings at log(1 + 4) above the zeros. */
const SPECTRUM_SNR = 4;
/** Log-power colour range: the noise floor's spread below 0 and the rings' top, fixed so the grey levels mean the same for every setting. */
export const SPECTRUM_DOMAIN: [number, number] = [-1.5, Math.log(1 + SPECTRUM_SNR) + 0.8];

/**
 * Everything the CTF demo draws, derived from its params: the kernel's CTF on a 1-D azimuth,
 * its closed-form zeros, a simulated power spectrum (Thon rings) and a particle imaged through
 * the CTF and phase-flipped. Spectrum noise and image noise use fixed seeds, so a slider moves
 * only the physics, never the grain. The spectrum's noise field comes from the scenes worker, so
 * `spectrum` is null until it arrives; everything else is there at once.
 */
export class CtfDemo {
  readonly #params: () => CtfValues;
  // thonRings' noise, drawn once (10⁶ normals) off the page: each redraw then costs one CTF grid.
  readonly #field: WorkerTask<SpectrumFieldRequest, SpectrumField>;
  constructor(params: () => CtfValues, fail: (message: string) => void) {
    this.#params = params;
    this.#field = new WorkerTask(() => makeScenesWorker('spectrumField'), 'The noise-field worker', fail);
    this.#field.request({ size: RING_SIZE, seed: 17, snr: SPECTRUM_SNR, averages: 4 });
  }

  dispose(): void {
    this.#field.dispose();
  }

  readonly p = $derived.by(() => toCtfParams(this.#params()));
  readonly nyquist = $derived.by(() => 1 / (2 * this.#params().pixel));
  readonly lambda = $derived.by(() => electronWavelength(this.#params().kv));
  readonly constants = $derived.by(() => ctfConstants(this.p));

  /** Frequencies 0 … Nyquist and the curve along the chosen azimuth. */
  readonly k = $derived.by(() => Float64Array.from({ length: CURVE_POINTS + 1 }, (_, i) => (i * this.nyquist) / CURVE_POINTS));
  readonly curve = $derived.by(() => {
    const v = this.#params();
    const c = ctf1d(this.p, this.k, v.azimuth);
    return v.curve === 'abs' ? c.map(Math.abs) : v.curve === 'power' ? c.map((x) => x * x) : c;
  });
  readonly envelope = $derived.by(() => this.k.map((k) => Math.exp((-this.#params().bf * k * k) / 4)));
  readonly zeros = $derived.by(() => ctfZeros(this.p, this.nyquist, this.#params().azimuth));
  /** Defocus along the curve's azimuth, in Å. */
  readonly defocusHere = $derived.by(() => {
    const v = this.#params();
    const t = ((v.azimuth - v.astAngle) * Math.PI) / 180;
    return ((v.dfU + v.dfV) / 2 + ((v.dfU - v.dfV) / 2) * Math.cos(2 * t)) * 1e4;
  });

  /** The log power spectrum, null until the noise field has arrived. */
  readonly spectrum = $derived.by(() => {
    const field = this.#field.result;
    if (!field) return null;
    const s = spectrumFromField(field, this.p, this.#params().pixel);
    // Log scale, as CTFFIND and every viewer show a power spectrum; the centre pixel (DC) is set
    // to its neighbour so it does not take the whole colour range.
    const c = (RING_SIZE / 2) * RING_SIZE + RING_SIZE / 2;
    s[c] = s[c + 1];
    return s.map(Math.log);
  });
  readonly ringLines = $derived.by(() => (this.#params().rings ? ringPaths(this.p, RING_SIZE, this.#params().pixel, RINGS_DRAWN) : []));

  readonly truth = particle(IMAGE_SIZE);
  readonly #noise = (() => {
    const r = randomSeeded(29);
    return Float64Array.from({ length: IMAGE_SIZE * IMAGE_SIZE }, () => normal(r));
  })();
  readonly recorded = $derived.by(() => {
    const clean = ctfFilter(this.truth, IMAGE_SIZE, IMAGE_SIZE, this.p, this.#params().pixel, 'ctf');
    const sd = Math.sqrt(clean.reduce((a, x) => a + x * x, 0) / clean.length - (clean.reduce((a, x) => a + x, 0) / clean.length) ** 2);
    const n = this.#params().noise * sd;
    return clean.map((x, i) => x + n * this.#noise[i]);
  });
  readonly flipped = $derived.by(() => ctfFilter(this.recorded, IMAGE_SIZE, IMAGE_SIZE, this.p, this.#params().pixel, 'flip'));
  /** The notebook's first-zero table, recomputed with the current voltage, Cs, A and phase shift. */
  readonly notebook = $derived.by(() => notebookRows(this.#params()));
}
