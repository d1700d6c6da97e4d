import { describe, expect, it } from 'vitest';
import { fbp } from '../../../src/kernels/fbp';
import { rampKernel } from '../../../src/kernels/rampFilter';
import { pearson } from '../../../src/kernels/pearson';
import { defaultDetectorCount, projectionAngles, radon } from '../../../src/kernels/radon';
import { phantom, phantomSinogram, SHEPP_LOGAN_MODIFIED, type Ellipse } from '../../../src/kernels/sheppLogan';

const N = 96;
const NDET = defaultDetectorCount(N, N);
const DISC: Ellipse[] = [{ x0: 0.1, y0: -0.05, a: 0.5, b: 0.5, angle: 0, value: 1 }];

describe('rampKernel', () => {
  it('Ram-Lak: Σ h[n]·cos(2πfn) is |f| for |f| ≤ ½ (Kak & Slaney eq. 61), to the truncation bound', () => {
    // Cutting the kernel at |n| ≤ 400 drops Σ_{odd n > 400} 2/(πn)² < 1/(π²·400) ≈ 2.5e-4.
    const half = 400;
    const h = rampKernel('ram-lak', half);
    for (const f of [0, 0.05, 0.2, 0.37, 0.5]) {
      let H = 0;
      for (let n = -half; n <= half; n++) H += h[n + half] * Math.cos(2 * Math.PI * f * n);
      expect(Math.abs(H - f)).toBeLessThan(2.6e-4);
    }
  });
  it('Shepp–Logan: h[0] = 2/π² and its response is sin(πf)/π, the ramp |f| times sinc(f)', () => {
    // Kak & Slaney §3.3.3 (Shepp & Logan 1974): H(f) = |f|·sin(πf)/(πf) for |f| ≤ ½ with τ = 1.
    const half = 2000;
    const h = rampKernel('shepp-logan', half);
    expect(h[half]).toBeCloseTo(2 / Math.PI ** 2, 15);
    for (const f of [0.1, 0.3, 0.5]) {
      let H = 0;
      for (let n = -half; n <= half; n++) H += h[n + half] * Math.cos(2 * Math.PI * f * n);
      // Tail Σ_{|n| > 2000} 2/(π²(4n²−1)) < 1/(π²·2000) ≈ 5e-5.
      expect(Math.abs(H - Math.sin(Math.PI * f) / Math.PI)).toBeLessThan(1e-4);
    }
  });
});

describe('fbp', () => {
  it('exact projections of a density-1 disc reconstruct to 1 inside (scale calibrated) and 0 outside', () => {
    const angles = projectionAngles(180);
    const img = fbp(phantomSinogram(DISC, N, angles, NDET), angles, NDET, N, N);
    const truth = phantom(N, DISC, 4);
    let [inside, nIn, outside, nOut] = [0, 0, 0, 0];
    for (let p = 0; p < truth.length; p++) {
      if (truth[p] === 1) [inside, nIn] = [inside + img[p], nIn + 1];
      else if (truth[p] === 0) [outside, nOut] = [outside + Math.abs(img[p]), nOut + 1];
    }
    // Discretisation (finite bins, linear interpolation) leaves Gibbs ripples near the edge; the
    // means over hundreds of pixels are within 2% of the truth.
    expect(Math.abs(inside / nIn - 1)).toBeLessThan(0.02);
    expect(outside / nOut).toBeLessThan(0.02);
    expect(pearson(img, truth)).toBeGreaterThan(0.99);
  });

  it('FBP of the projected phantom correlates > 0.95 with it from 180 angles, and quality grows with angles', () => {
    const truth = phantom(N, SHEPP_LOGAN_MODIFIED);
    const score = (count: number) => {
      const angles = projectionAngles(count);
      return pearson(fbp(radon(truth, N, N, angles, NDET), angles, NDET, N, N), truth);
    };
    const [few, some, many] = [score(8), score(32), score(180)];
    expect(many).toBeGreaterThan(0.95);
    expect(some).toBeGreaterThan(few);
    expect(many).toBeGreaterThan(some);
  });

  it('without the ramp filter the back-projection is a blurred copy that correlates worse', () => {
    const angles = projectionAngles(90);
    const truth = phantom(N, SHEPP_LOGAN_MODIFIED);
    const sino = phantomSinogram(SHEPP_LOGAN_MODIFIED, N, angles, NDET);
    const ramp = pearson(fbp(sino, angles, NDET, N, N), truth);
    const plain = pearson(fbp(sino, angles, NDET, N, N, { filter: 'none' }), truth);
    const sl = pearson(fbp(sino, angles, NDET, N, N, { filter: 'shepp-logan' }), truth);
    expect(plain).toBeLessThan(ramp - 0.1);
    expect(sl).toBeGreaterThan(0.9);
  });
});
