import { describe, expect, it } from 'vitest';
import { ctf, ctf1d, ctf2d, electronWavelength } from '../../../src/kernels/ctf';
import { randomSeeded, uniform } from '../../../src/kernels/random';
import { ASTIGMATIC, KRIOS, RELION_TOLERANCE, relionCtf } from './relionCtf';

describe('electron wavelength', () => {
  // REFERENCE.md §10 (recomputed from RELION's formula): 0.01969 Å at 300 kV. The values commonly
  // tabulated (e.g. Williams & Carter, Transmission Electron Microscopy, Table 1.1; not re-read for
  // this test) are 0.00370, 0.00251, 0.00197 nm at 100, 200, 300 kV. Each tolerance is half a unit
  // of the last quoted digit.
  it('is 0.01969 Å at 300 kV', () => expect(Math.abs(electronWavelength(300) - 0.01969)).toBeLessThan(5e-6));
  it('is 0.0251 Å at 200 kV and 0.0370 Å at 100 kV', () => {
    expect(Math.abs(electronWavelength(200) - 0.0251)).toBeLessThan(5e-5);
    expect(Math.abs(electronWavelength(100) - 0.037)).toBeLessThan(5e-5);
  });
});

describe('ctf (RELION convention, REFERENCE.md §10 corrected sign)', () => {
  it('CTF(0) = +A for any amplitude contrast, envelope and defocus', () => {
    for (const A of [0, 0.07, 0.1, 0.3]) {
      expect(ctf({ ...ASTIGMATIC, amplitudeContrast: A, phaseShift: 0 }, 0, 0)).toBeCloseTo(A, 14);
    }
  });

  it('equals RELION getCTF at 200 random frequencies, astigmatic, with B-factor and phase shift', () => {
    const rand = randomSeeded(3);
    let worst = 0;
    for (let t = 0; t < 200; t++) {
      const [kx, ky] = [uniform(rand, -0.5, 0.5), uniform(rand, -0.5, 0.5)];
      worst = Math.max(worst, Math.abs(ctf(ASTIGMATIC, kx, ky) - relionCtf(ASTIGMATIC, kx, ky)));
    }
    expect(worst).toBeLessThan(RELION_TOLERANCE);
  });

  it('the 2-D grid in FFT order is RELION getFftwImage: kx = f(j)/(w·pixel), ky = f(i)/(h·pixel)', () => {
    const [h, w, px] = [6, 5, 1.3];
    const grid = ctf2d(ASTIGMATIC, h, w, px, { centred: false });
    const f = (j: number, n: number) => (j < Math.ceil(n / 2) ? j : j - n); // numpy.fft.fftfreq·n
    let worst = 0;
    for (let i = 0; i < h; i++)
      for (let j = 0; j < w; j++) worst = Math.max(worst, Math.abs(grid[i * w + j] - relionCtf(ASTIGMATIC, f(j, w) / (w * px), f(i, h) / (h * px))));
    expect(worst).toBeLessThan(RELION_TOLERANCE);
  });

  it('the centred 2-D grid has A at (⌊h/2⌋, ⌊w/2⌋) and is the FFT-order grid shifted', () => {
    const [n, px] = [8, 1];
    const centred = ctf2d(KRIOS, n, n, px);
    const fftOrder = ctf2d(KRIOS, n, n, px, { centred: false });
    expect(centred[(n / 2) * n + n / 2]).toBeCloseTo(0.07, 14);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(centred[((i + n / 2) % n) * n + ((j + n / 2) % n)]).toBe(fftOrder[i * n + j]);
  });

  it('phase flipping gives ±1, and sign × CTF is |CTF|', () => {
    const k = Float64Array.from({ length: 400 }, (_, i) => i / 1000);
    const value = ctf1d(ASTIGMATIC, k);
    const flip = ctf1d(ASTIGMATIC, k, undefined, 'flip');
    const abs = ctf1d(ASTIGMATIC, k, undefined, 'abs');
    for (let i = 0; i < k.length; i++) {
      expect(Math.abs(flip[i])).toBe(1);
      expect(flip[i] * value[i]).toBe(abs[i]);
      expect(abs[i]).toBe(Math.abs(value[i]));
    }
  });

  it('the defocus along the U axis is ΔfU and along U + 90° is ΔfV', () => {
    const [u, v] = [ASTIGMATIC.defocusAngle!, ASTIGMATIC.defocusAngle! + 90];
    const k = [0.05, 0.11];
    const alongU = ctf1d(ASTIGMATIC, k, u);
    const uOnly = ctf1d({ ...ASTIGMATIC, defocusV: ASTIGMATIC.defocusU }, k, 0);
    for (let i = 0; i < k.length; i++) expect(alongU[i]).toBeCloseTo(uOnly[i], 12);
    const vOnly = { ...ASTIGMATIC, defocusU: ASTIGMATIC.defocusV!, defocusAngle: 0 };
    const got = ctf1d(ASTIGMATIC, k, v);
    const want = ctf1d(vOnly, k, 0);
    for (let i = 0; i < k.length; i++) expect(got[i]).toBeCloseTo(want[i], 12);
  });
});
