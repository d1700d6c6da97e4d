import { describe, expect, it } from 'vitest';
import { fbp } from '../../../src/kernels/fbp';
import { phantom, SHEPP_LOGAN_MODIFIED } from '../../../src/kernels/sheppLogan';
import { defaultDetectorCount, projectionAngles } from '../../../src/kernels/radon';
import { phantomSinogram } from '../../../src/kernels/sheppLogan';
import { fbpInChunks, halfSet, reconstruct } from '../../../src/demos/reconstruction/pipeline';
import { bestCorrelation, classify, turnEllipses } from '../../../src/demos/reconstruction/particles';
import { shift2d } from '../../../src/kernels/crossCorrelation';
import { projectionSliceCheck } from '../../../src/demos/reconstruction/check';

describe('reconstruction pipeline', () => {
  it('FBP in slices of 7 angles equals one fbp call over all 30 (FBP is a sum over angles scaled by π/K)', () => {
    const n = 40;
    const nDet = defaultDetectorCount(n, n);
    const angles = projectionAngles(30);
    const sino = phantomSinogram(SHEPP_LOGAN_MODIFIED, n, angles, nDet);
    const whole = fbp(sino, angles, nDet, n, n, { filter: 'shepp-logan' });
    let done = 0;
    const sliced = fbpInChunks(sino, angles, nDet, n, 'shepp-logan', 7, (d) => (done = d));
    // Only the order of additions differs; values are O(1), so double rounding stays below 1e-12.
    let diff = 0;
    for (let p = 0; p < whole.length; p++) diff = Math.max(diff, Math.abs(whole[p] - sliced[p]));
    expect(diff).toBeLessThan(1e-12);
    expect(done).toBe(30);
  });

  it('the half-sets are the even and the odd projections, with their angles', () => {
    const sino = Float64Array.from([0, 1, 10, 11, 20, 21, 30, 31, 40, 41]); // 5 angles × 2 bins
    const angles = Float64Array.from([0, 0.1, 0.2, 0.3, 0.4]);
    expect(Array.from(halfSet(sino, angles, 2, 0).sinogram)).toEqual([0, 1, 20, 21, 40, 41]);
    expect(Array.from(halfSet(sino, angles, 2, 1).angles)).toEqual([0.1, 0.3]);
  });

  it('where the half-set FRC crosses 0.143, the full map correlates about 0.5 with the truth (C_ref, Rosenthal & Henderson 2003)', () => {
    // Noise-limited cases (128², 180 angles, noise 20–30% of the peak). A ring near the crossing holds
    // ~150 independent coefficients, so each value scatters by ~1/√150 ≈ 0.08; the mean of four by
    // ~0.04; 0.1 around 0.5 is over 2 sd of that, and far from C_ref(0.5) ≈ 0.82, what a crossing at FSC = 0.5 would give.
    const at = [0.2, 0.3].flatMap((noise) => [1, 2].map((seed) => reconstruct({ size: 128, angles: 180, noise, filter: 'ram-lak', seed }).truthAtCrossing));
    const mean = at.reduce((a, v) => a + v, 0) / at.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.1);
  });

  it('more noise moves the 0.143 crossing to a lower frequency (a worse resolution)', () => {
    const ring = (noise: number) => reconstruct({ size: 64, angles: 120, noise, filter: 'ram-lak', seed: 3 }).resolution.ring;
    const [low, mid, high] = [ring(0.02), ring(0.15), ring(0.4)];
    expect(mid).toBeLessThan(low);
    expect(high).toBeLessThan(mid);
  });

  it('the projection-slice check: the θ = 0 projection’s DFT is row 0 of the image’s 2-D DFT', () => {
    // An identity of the DFT (summing columns commutes with the row transform); only rounding is left.
    expect(projectionSliceCheck(phantom(48), 48).maxAbsDiff).toBeLessThan(1e-12);
  });
});

describe('particles for 2-D classification', () => {
  it('turning the ellipses by 90° turns the raster: turned[r][c] = original[c][n − 1 − r]', () => {
    // A point (x, y) of the turned phantom reads the original at (y, −x); pixel centres (and the
    // supersamples) map onto pixel centres exactly for this quarter turn.
    const n = 24;
    const orig = phantom(n, SHEPP_LOGAN_MODIFIED);
    const turned = phantom(n, turnEllipses(SHEPP_LOGAN_MODIFIED, 90));
    let diff = 0;
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) diff = Math.max(diff, Math.abs(turned[r * n + c] - orig[c * n + n - 1 - r]));
    expect(diff).toBeLessThan(1e-9);
  });

  it('the best correlation of an image with a circularly shifted copy of itself is 1', () => {
    const img = phantom(32, turnEllipses(SHEPP_LOGAN_MODIFIED, 30, 0.7));
    expect(bestCorrelation(img, shift2d(img, 32, 32, 3, -5), 32)).toBeCloseTo(1, 12);
  });

  it('at low noise every particle lands in the class of its own view, and each average matches its view (r > 0.95)', () => {
    // Noise σ = 0.5× the signal: single particles already correlate ~0.9 with their view, so any
    // working classifier must separate the three views completely.
    const r = classify({ perView: 12, noise: 0.5, classes: 3, iterations: 3, seed: 4 });
    expect(r.purity).toBe(1);
    expect(new Set(r.match.map((m) => m.view)).size).toBe(3);
    for (const m of r.match) expect(m.correlation).toBeGreaterThan(0.95);
  });
});
