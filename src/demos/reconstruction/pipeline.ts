import { fbp } from '../../kernels/fbp';
import { directFourier } from '../../kernels/directFourier';
import { fourierRingCorrelation, frcResolution, type FrcResolution } from '../../kernels/fourierRingCorrelation';
import { pearson } from '../../kernels/pearson';
import { defaultDetectorCount, projectionAngles } from '../../kernels/radon';
import { phantom, phantomSinogram, SHEPP_LOGAN_MODIFIED } from '../../kernels/sheppLogan';
import { normal, randomSeeded } from '../../kernels/random';
import type { RampFilter } from '../../kernels/rampKernel';
import type { JobProgress } from '../shared/serveJobs';

export interface ReconRequest {
  size: number; // image side, pixels
  angles: number; // projections over [0, π)
  noise: number; // noise sd as a fraction of the largest projection value
  filter: Exclude<RampFilter, 'none'>;
  seed: number;
}

export interface ReconResult {
  request: ReconRequest;
  nDet: number;
  truth: Float64Array; // size² phantom
  sinogram: Float64Array; // [angles, nDet], the noisy measured projections
  backprojection: Float64Array; // no ramp: the 1/r blur
  fbp: Float64Array;
  dfi: Float64Array; // direct Fourier inversion
  halves: [Float64Array, Float64Array]; // FBP of the even and of the odd projections
  frc: Float64Array; // ring 0 … size/2 between the two halves
  frcTruth: Float64Array; // between the full FBP and the phantom (what the half-map FRC predicts)
  resolution: FrcResolution; // where the half-set FRC crosses 0.143
  /** frcTruth at that crossing (linear between rings): Rosenthal & Henderson's C_ref predicts about 0.5. NaN if it never crosses. */
  truthAtCrossing: number;
  quality: { backprojection: number; fbp: number; dfi: number }; // Pearson with the phantom
  ms: number;
}

/**
 * FBP in slices of angles, so a worker can report progress between them. FBP is a sum over
 * angles scaled by π/K, so the slices' images, each weighted by its share of the angles, add up
 * to the one-call result (to rounding).
 */
export function fbpInChunks(
  sinogram: Float64Array,
  angles: Float64Array,
  nDet: number,
  n: number,
  filter: RampFilter,
  chunk: number,
  onChunk: (done: number) => void = () => {},
): Float64Array {
  const out = new Float64Array(n * n);
  const K = angles.length;
  for (let a = 0; a < K; a += chunk) {
    const b = Math.min(K, a + chunk);
    const part = fbp(sinogram.subarray(a * nDet, b * nDet), angles.subarray(a, b), nDet, n, n, { filter });
    const w = (b - a) / K;
    for (let p = 0; p < out.length; p++) out[p] += w * part[p];
    onChunk(b);
  }
  return out;
}

/** Every other projection, starting at `parity`: the two half-sets of a gold-standard split. */
export function halfSet(sinogram: Float64Array, angles: Float64Array, nDet: number, parity: 0 | 1) {
  const idx = Array.from({ length: angles.length }, (_, i) => i).filter((i) => i % 2 === parity);
  const sino = new Float64Array(idx.length * nDet);
  idx.forEach((i, r) => sino.set(sinogram.subarray(i * nDet, (i + 1) * nDet), r * nDet));
  return { sinogram: sino, angles: Float64Array.from(idx, (i) => angles[i]) };
}

/**
 * The whole reconstruction figure for one setting: the phantom's exact projections plus white
 * noise, back-projected without and with the ramp, inverted directly in Fourier space, and split
 * into two half-sets whose FBPs give the FRC curve.
 */
export function reconstruct(req: ReconRequest, progress: (p: JobProgress) => void = () => {}): ReconResult {
  const t0 = performance.now();
  const { size: n, filter } = req;
  const K = req.angles;
  const nDet = defaultDetectorCount(n, n);
  const angles = projectionAngles(K);
  const chunk = Math.max(1, Math.ceil(K / 12));
  // Units of work: one per angle for back-projection, FBP and the two halves together, and a
  // chunk's worth each for the projections and for the direct Fourier inversion.
  const total = 3 * K + 2 * chunk;
  let done = 0;
  const report = (stage: string, add = 0) => progress({ done: (done += add), total, stage });

  report('phantom and projections');
  const truth = phantom(n, SHEPP_LOGAN_MODIFIED);
  const sinogram = phantomSinogram(SHEPP_LOGAN_MODIFIED, n, angles, nDet);
  let peak = 0;
  for (const v of sinogram) peak = Math.max(peak, Math.abs(v));
  const rand = randomSeeded(req.seed);
  const sd = req.noise * peak;
  if (sd > 0) for (let i = 0; i < sinogram.length; i++) sinogram[i] += sd * normal(rand);
  report('back-projection', chunk);

  const step = (stage: string) => {
    let last = 0;
    return (upTo: number) => {
      report(stage, upTo - last);
      last = upTo;
    };
  };
  const backprojection = fbpInChunks(sinogram, angles, nDet, n, 'none', chunk, step('back-projection'));
  const fbpImage = fbpInChunks(sinogram, angles, nDet, n, filter, chunk, step('filtered back-projection'));
  report('direct Fourier inversion');
  const dfi = directFourier(sinogram, angles, nDet, n, n);
  report('half-set A', chunk);
  const halves = ([0, 1] as const).map((parity, h) => {
    const s = halfSet(sinogram, angles, nDet, parity);
    const img = fbpInChunks(s.sinogram, s.angles, nDet, n, filter, chunk, step(`half-set ${'AB'[h]}`));
    return img;
  }) as [Float64Array, Float64Array];
  const { frc } = fourierRingCorrelation(halves[0], halves[1], n);
  const frcTruth = fourierRingCorrelation(fbpImage, truth, n).frc;
  const resolution = frcResolution(frc, n);
  const r0 = Math.floor(resolution.ring);
  const t = resolution.ring - r0;
  const truthAtCrossing = r0 + 1 < frcTruth.length ? frcTruth[r0] * (1 - t) + frcTruth[r0 + 1] * t : NaN;
  report('done', total - done);
  return {
    request: req,
    nDet,
    truth,
    sinogram,
    backprojection,
    fbp: fbpImage,
    dfi,
    halves,
    frc,
    frcTruth,
    resolution,
    truthAtCrossing,
    quality: { backprojection: pearson(backprojection, truth), fbp: pearson(fbpImage, truth), dfi: pearson(dfi, truth) },
    ms: performance.now() - t0,
  };
}
