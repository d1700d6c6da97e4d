import { describe, expect, it } from 'vitest';
import { defaultDetectorCount, projectionAngles, radon } from '../../../src/kernels/radon';
import { phantom, phantomSinogram, SHEPP_LOGAN_MODIFIED, type Ellipse } from '../../../src/kernels/sheppLogan';

describe('radon', () => {
  it('a centred Gaussian projects to √(2π)σ·exp(−t²/2σ²) at every angle', () => {
    // Bilinear interpolation errs by at most (|f_xx| + |f_yy|)/8 per sample (unit spacing), which
    // for a Gaussian is ≤ f(0)/(4σ²) near the peak: 0.7% of the projection at σ = 6 px. The unit-step
    // sum itself is exact to far better for a function this smooth.
    const [n, sigma] = [64, 6];
    const c = (n - 1) / 2;
    const img = Float64Array.from({ length: n * n }, (_, p) => Math.exp(-(((p % n) - c) ** 2 + (Math.floor(p / n) - c) ** 2) / (2 * sigma * sigma)));
    const angles = [0, 0.4, Math.PI / 4, 2, 3];
    const nDet = defaultDetectorCount(n, n);
    const sino = radon(img, n, n, angles, nDet);
    const peak = Math.sqrt(2 * Math.PI) * sigma;
    let worst = 0;
    for (let i = 0; i < angles.length; i++)
      for (let k = 0; k < nDet; k++) {
        const t = k - (nDet - 1) / 2;
        worst = Math.max(worst, Math.abs(sino[i * nDet + k] - peak * Math.exp(-(t * t) / (2 * sigma * sigma))));
      }
    expect(worst / peak).toBeLessThan(1 / (4 * sigma * sigma));
  });

  it('a centred disc projects to the chord 2√(r² − s²) (to within its pixel edge)', () => {
    // Disc of radius 40 px rasterised with 4×4 supersampling. Bilinear sampling blurs the edge by
    // about a pixel, so away from the rim (|s| ≤ r − 3) the chord is matched to 0.5 px.
    const n = 128;
    const r = 40;
    const disc: Ellipse[] = [{ x0: 0, y0: 0, a: (2 * r) / n, b: (2 * r) / n, angle: 0, value: 1 }];
    const img = phantom(n, disc, 4);
    const nDet = defaultDetectorCount(n, n);
    const sino = radon(img, n, n, [0, 1, 2.2], nDet);
    for (let i = 0; i < 3; i++)
      for (let k = 0; k < nDet; k++) {
        const s = k - (nDet - 1) / 2;
        if (Math.abs(s) <= r - 3) expect(Math.abs(sino[i * nDet + k] - 2 * Math.sqrt(r * r - s * s))).toBeLessThan(0.5);
      }
  });

  it('the sinogram of the rasterised Shepp–Logan phantom converges to its exact sinogram, first order in the pixel size', () => {
    // Rasterisation and bilinear ray sampling blur every edge by about a pixel; the modified
    // phantom's skull is only 1.5 px thick at 128², so rays tangent to it carry most of the error.
    // Edge errors scale with the pixel size: doubling the resolution must (nearly) halve the RMS,
    // while the total mass (Σ of the sinogram) is right to 0.5% at either size.
    const rms = (n: number) => {
      const angles = projectionAngles(10);
      const nDet = defaultDetectorCount(n, n);
      const got = radon(phantom(n, SHEPP_LOGAN_MODIFIED), n, n, angles, nDet);
      const want = phantomSinogram(SHEPP_LOGAN_MODIFIED, n, angles, nDet);
      let [err, ref, massGot, massWant] = [0, 0, 0, 0];
      for (let i = 0; i < got.length; i++) {
        err += (got[i] - want[i]) ** 2;
        ref += want[i] ** 2;
        massGot += got[i];
        massWant += want[i];
      }
      expect(Math.abs(massGot / massWant - 1)).toBeLessThan(0.005);
      return Math.sqrt(err / ref);
    };
    const [coarse, fine] = [rms(128), rms(256)];
    expect(coarse).toBeLessThan(0.035);
    expect(fine).toBeLessThan(0.6 * coarse);
  });

  it('θ = 0 sums each column and θ = π/2 each row (bottom to top), exactly', () => {
    const [h, w] = [3, 4];
    const img = Float64Array.from({ length: h * w }, (_, p) => p + 1);
    const sino = radon(img, h, w, [0, Math.PI / 2], 5);
    // Detector t = −2 … 2 around the centre (column 1.5); columns sit at t = −1.5 … 1.5, between bins.
    // At θ = 0 bin t = −1 reads halfway between columns 0 and 1: (15 + 18)/2 = 16.5.
    expect(sino[1]).toBeCloseTo((15 + 18) / 2, 10);
    // At θ = π/2, t = y: bin t = 0 is the middle row (5+6+7+8 = 26).
    expect(sino[5 + 2]).toBeCloseTo(26, 10);
  });
});
