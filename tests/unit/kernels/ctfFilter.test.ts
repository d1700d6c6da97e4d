import { describe, expect, it } from 'vitest';
import { ctf2d, type CtfParams } from '../../../src/kernels/ctf';
import { ctfFilter } from '../../../src/kernels/ctfFilter';
import { pearson } from '../../../src/kernels/pearson';
import { phantom } from '../../../src/kernels/sheppLogan';
import { randomSeeded } from '../../../src/kernels/random';

const KRIOS: CtfParams = { voltage: 300, defocusU: 12000, defocusV: 10000, defocusAngle: 20, cs: 2.7, amplitudeContrast: 0.07, bFactor: 50 };
const [H, W, PX] = [24, 20, 1.2];
const img = Float64Array.from({ length: H * W }, randomSeeded(1));

describe('ctfFilter', () => {
  it('a CTF that is 1 everywhere (A = 1, no defocus, no Cs) leaves the image unchanged', () => {
    const out = ctfFilter(img, H, W, { voltage: 300, defocusU: 0, cs: 0, amplitudeContrast: 1 }, PX);
    // sin(π/2) = 1 to rounding; two FFTs of 480 values in [0, 1) keep errors near 1e-15.
    for (let q = 0; q < img.length; q++) expect(Math.abs(out[q] - img[q])).toBeLessThan(1e-12);
  });

  it('the response to a unit impulse at (0, 0) is the inverse DFT of the CTF grid, summed directly (odd size: no Nyquist aliasing)', () => {
    const [H, W] = [25, 19];
    const delta = new Float64Array(H * W);
    delta[0] = 1;
    const psf = ctfFilter(delta, H, W, KRIOS, PX);
    const c = ctf2d(KRIOS, H, W, PX, { centred: false });
    for (const [r, col] of [
      [0, 0],
      [1, 3],
      [7, 11],
      [24, 18],
    ]) {
      let sum = 0; // psf(r, col) = (1/HW)·Σ CTF(i, j)·cos(2π(i·r/H + j·col/W)): the real part of the inverse DFT
      for (let i = 0; i < H; i++) for (let j = 0; j < W; j++) sum += c[i * W + j] * Math.cos(2 * Math.PI * ((i * r) / H + (j * col) / W));
      expect(Math.abs(psf[r * W + col] - sum / (H * W))).toBeLessThan(1e-12);
    }
  });

  it('phase flipping a CTF-filtered image is filtering by |CTF| (even size, astigmatic: Nyquist lines symmetrised)', () => {
    const flipped = ctfFilter(ctfFilter(img, H, W, KRIOS, PX), H, W, KRIOS, PX, 'flip');
    const abs = ctfFilter(img, H, W, KRIOS, PX, 'abs');
    for (let q = 0; q < img.length; q++) expect(Math.abs(flipped[q] - abs[q])).toBeLessThan(1e-12);
  });

  it('flipping twice is the identity', () => {
    const twice = ctfFilter(ctfFilter(img, H, W, KRIOS, PX, 'flip'), H, W, KRIOS, PX, 'flip');
    for (let q = 0; q < img.length; q++) expect(Math.abs(twice[q] - img[q])).toBeLessThan(1e-12);
  });

  it('phase flipping brings a defocused phantom closer to the truth', () => {
    const n = 128;
    const truth = phantom(n);
    const p: CtfParams = { ...KRIOS, defocusV: 12000 };
    const recorded = ctfFilter(truth, n, n, p, 2);
    const flipped = ctfFilter(recorded, n, n, p, 2, 'flip');
    expect(pearson(flipped, truth)).toBeGreaterThan(pearson(recorded, truth) + 0.1);
  });
});
