import { describe, expect, it } from 'vitest';
import { directFourier, projectionSpectrum } from '../../../src/kernels/directFourier';
import { fft, fft2d } from '../../../src/kernels/fft';
import { fbp } from '../../../src/kernels/fbp';
import { pearson } from '../../../src/kernels/pearson';
import { defaultDetectorCount, projectionAngles, radon } from '../../../src/kernels/radon';
import { phantom, phantomSinogram, SHEPP_LOGAN_MODIFIED, type Ellipse } from '../../../src/kernels/sheppLogan';
import { randomSeeded } from '../../../src/kernels/random';

const zeros = (n: number) => new Float64Array(n);

/** A smooth off-centre blob (two Gaussians), so phases and low frequencies both matter. */
function blob(h: number, w: number): Float64Array {
  const [cx, cy] = [(w - 1) / 2, (h - 1) / 2];
  return Float64Array.from({ length: h * w }, (_, p) => {
    const [x, y] = [(p % w) - cx, cy - Math.floor(p / w)];
    return Math.exp(-((x - 4) ** 2 + (y + 2) ** 2) / 18) + 0.5 * Math.exp(-((x + 5) ** 2 + (y - 6) ** 2) / 8);
  });
}

describe('central slice theorem', () => {
  it('θ = 0: the 1-D FFT of the projection (column sums) is row 0 of the 2-D FFT, exactly', () => {
    const [h, w] = [20, 33];
    const img = Float64Array.from({ length: h * w }, randomSeeded(1));
    const p = radon(img, h, w, [0], w); // nDet = w: bins fall on the columns
    const P = fft({ re: p, im: zeros(w) });
    const F = fft2d({ re: img, im: zeros(h * w) }, h, w);
    for (let k = 0; k < w; k++) {
      // Sums of 20 values in [0, 1): 1e-9 is far above rounding and far below any real mismatch.
      expect(Math.abs(P.re[k] - F.re[k])).toBeLessThan(1e-9);
      expect(Math.abs(P.im[k] - F.im[k])).toBeLessThan(1e-9);
    }
  });

  it('θ = π/2: the projection (row sums, bottom row first) is column 0 of the 2-D FFT, reflected', () => {
    const [h, w] = [25, 16];
    const img = Float64Array.from({ length: h * w }, randomSeeded(2));
    const p = radon(img, h, w, [Math.PI / 2], h); // t = y = (h−1)/2 − r, so p[k] is row h−1−k
    const P = fft({ re: p, im: zeros(h) });
    const F = fft2d({ re: img, im: zeros(h * w) }, h, w);
    for (let kr = 0; kr < h; kr++) {
      // With r = h−1−k: G[kr, 0] = e^(−2πi·kr(h−1)/h)·P[−kr mod h].
      const a = (-2 * Math.PI * kr * (h - 1)) / h;
      const j = (h - kr) % h;
      const [re, im] = [P.re[j] * Math.cos(a) - P.im[j] * Math.sin(a), P.re[j] * Math.sin(a) + P.im[j] * Math.cos(a)];
      expect(Math.abs(re - F.re[kr * w])).toBeLessThan(1e-9);
      expect(Math.abs(im - F.im[kr * w])).toBeLessThan(1e-9);
    }
  });

  it('any θ: the projection spectrum is F(ω cos θ, ω sin θ), the image DTFT on that line, at low frequency', () => {
    // F evaluated by its definition Σ f(x, y)·e^(−2πi(ωx·x + ωy·y)) (a direct sum over pixels). The
    // projection integrates the bilinear interpolant of the pixels, whose transform differs from
    // the DTFT by a factor ≈ 1 − (πω)²/3 per axis: below 1.5% of F(0) for |ω| ≤ 0.1 cycles/px.
    const [h, w] = [48, 48];
    const img = blob(h, w);
    const [cx, cy] = [(w - 1) / 2, (h - 1) / 2];
    const nDet = defaultDetectorCount(h, w);
    const m = 4 * nDet;
    for (const theta of [0.3, 1.1, 2.4]) {
      const P = projectionSpectrum(radon(img, h, w, [theta], nDet), m);
      const F0 = P.re[0];
      for (let j = 0; j <= 0.1 * m; j++) {
        const [wx, wy] = [(j / m) * Math.cos(theta), (j / m) * Math.sin(theta)];
        let [re, im] = [0, 0];
        for (let p = 0; p < img.length; p++) {
          const a = -2 * Math.PI * (wx * ((p % w) - cx) + wy * (cy - Math.floor(p / w)));
          re += img[p] * Math.cos(a);
          im += img[p] * Math.sin(a);
        }
        expect(Math.hypot(P.re[j] - re, P.im[j] - im)).toBeLessThan(0.015 * F0);
      }
    }
  });
});

describe('directFourier', () => {
  const N = 96;
  const NDET = defaultDetectorCount(N, N);
  it('reconstructs a disc from exact projections: correlation > 0.99, interior mean within 2% of 1', () => {
    const disc: Ellipse[] = [{ x0: -0.15, y0: 0.1, a: 0.45, b: 0.45, angle: 0, value: 1 }];
    const angles = projectionAngles(180);
    const img = directFourier(phantomSinogram(disc, N, angles, NDET), angles, NDET, N, N);
    const truth = phantom(N, disc, 4);
    let [sum, count] = [0, 0];
    for (let p = 0; p < truth.length; p++) if (truth[p] === 1) [sum, count] = [sum + img[p], count + 1];
    expect(pearson(img, truth)).toBeGreaterThan(0.99);
    expect(Math.abs(sum / count - 1)).toBeLessThan(0.02);
  });

  it('reconstructs the phantom from 180 angles (correlation > 0.95), better than from 16, and on a par with FBP (within 0.03)', () => {
    const truth = phantom(N, SHEPP_LOGAN_MODIFIED);
    const run = (count: number) => {
      const angles = projectionAngles(count);
      const sino = radon(truth, N, N, angles, NDET);
      return [pearson(directFourier(sino, angles, NDET, N, N), truth), pearson(fbp(sino, angles, NDET, N, N), truth)];
    };
    const [[few], [many, fbpMany]] = [run(16), run(180)];
    expect(many).toBeGreaterThan(0.95);
    expect(many).toBeGreaterThan(few);
    expect(Math.abs(fbpMany - many)).toBeLessThan(0.03);
  });
});
