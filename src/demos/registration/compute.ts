import { fftshift2d } from '../../kernels/fft';
import { fourierMellinStages, type FourierMellinStages } from '../../kernels/fourierMellin';
import { phaseCorrelate, type PhaseCorrelation, type SubpixelEstimator } from '../../kernels/phaseCorrelate';
import { randomSeeded } from '../../kernels/random';
import { ransacHomography, type RansacResult } from '../../kernels/ransacHomography';
import { ransacTrace, type RansacTrace } from '../../kernels/ransacTrace';
import { findMatches, type Matches } from './features';
import { IDENTITY, render, type Similarity } from './scene';

/** One method's work on one pair of images, as the page sends it to the worker. */
export interface RegTask {
  view: 'phase' | 'mellin' | 'ransac';
  scene: 'blobs' | 'shapes';
  size: number;
  truth: Similarity;
  noise: number;
  window: boolean;
  subpixel: SubpixelEstimator;
  outliers: number;
  threshold: number;
  confidence: number;
  seed: number;
}

/** A phase correlation without its surface (not drawn, so not sent). */
export type Shift = Omit<PhaseCorrelation, 'surface'>;
export type MellinStages = Omit<FourierMellinStages, 'correlation'> & { correlation: Shift };

export type RegResult = { a: Float32Array; b: Float32Array; ms: number } & (
  | { view: 'phase'; phase: PhaseCorrelation & { centred: Float64Array } }
  | {
      view: 'mellin';
      stages: Omit<FourierMellinStages, 'correlation'> & { correlation: Omit<PhaseCorrelation, 'surface'> };
      surface: Float64Array;
      shift: Omit<PhaseCorrelation, 'surface'>;
    }
  | { view: 'ransac'; matches: Matches; trace: RansacTrace | null; final: RansacResult | null }
);

/**
 * Renders a and b (b through the true similarity, each with its own seeded noise) and runs the
 * chosen method. Pure, so the worker and the tests run the same code; the big correlation
 * surfaces not drawn are dropped before the result crosses to the page.
 */
export function runRegistration(t: RegTask): RegResult {
  const t0 = performance.now();
  const a = render(t.scene, t.size, IDENTITY, t.noise, 1);
  const b = render(t.scene, t.size, t.truth, t.noise, 2);
  const base = { a: a.data, b: b.data };
  const done = <R extends object>(r: R) => ({ ...base, ...r, ms: performance.now() - t0 });
  if (t.view === 'phase') {
    const r = phaseCorrelate(a, b, { window: t.window, subpixel: t.subpixel });
    return done({ view: 'phase' as const, phase: { ...r, centred: fftshift2d(r.surface, t.size, t.size) } });
  }
  if (t.view === 'mellin') {
    // Rotation and scale first; then the shift, by phase correlation of b against a turned and scaled by the estimate.
    const stages = fourierMellinStages(a, b, t.subpixel === 'none' ? 'parabolic' : t.subpixel);
    const { angle, scale } = stages.result;
    const undone = render(t.scene, t.size, { angle, scale, dx: 0, dy: 0 }, t.noise, 1);
    const { surface: _drop, ...shift } = phaseCorrelate(undone, b, { window: t.window, subpixel: t.subpixel });
    const { surface, ...correlation } = stages.correlation;
    return done({ view: 'mellin' as const, stages: { ...stages, correlation }, surface: fftshift2d(surface, 4 * t.size, t.size), shift });
  }
  const matches = findMatches(a, b, t.truth, t.outliers, t.threshold);
  if (matches.src.length < 8) return done({ view: 'ransac' as const, matches, trace: null, final: null });
  const opts = { threshold: t.threshold, confidence: t.confidence, maxIterations: 2000 };
  // The same seed twice: the trace shows exactly the draws ransacHomography makes before its refit.
  const trace = ransacTrace(matches.src, matches.dst, { ...opts, rand: randomSeeded(t.seed) });
  const final = trace.best ? ransacHomography(matches.src, matches.dst, { ...opts, rand: randomSeeded(t.seed) }) : null;
  return done({ view: 'ransac' as const, matches, trace, final });
}
