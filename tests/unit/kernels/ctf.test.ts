import { describe, expect, it } from 'vitest';
import { ctf, ctf1d, ctf2d, electronWavelength, type CtfParams } from '../../../src/kernels/ctf';
import { ctfZeroResolutions, ctfZeros } from '../../../src/kernels/ctfZeros';
import { thonRings } from '../../../src/kernels/thonRings';
import { randomSeeded, uniform } from '../../../src/kernels/random';

/**
 * RELION's getCTF written out as its source has it (3dem/relion src/ctf.cpp initialise, src/ctf.h
 * getCTF and getDeltaF; REFERENCE.md §25), independently of src/kernels/ctf.ts: defocus stored
 * negated, K1 = πλ, K2 = (π/2)Csλ³, K3 = asin Q0, K4 = −B/4, K5 = phase shift, and −sin(argument).
 */
function relionCtf(p: CtfParams, X: number, Y: number): number {
  const localKv = p.voltage * 1e3;
  const lambda = 12.2643247 / Math.sqrt(localKv * (1 + localKv * 0.978466e-6));
  const defocusAverage = -(p.defocusU + (p.defocusV ?? p.defocusU)) * 0.5;
  const defocusDeviation = -(p.defocusU - (p.defocusV ?? p.defocusU)) * 0.5;
  const radAzimuth = ((p.defocusAngle ?? 0) * Math.PI) / 180;
  const K1 = (Math.PI / 2) * 2 * lambda;
  const K2 = (Math.PI / 2) * p.cs * 1e7 * lambda ** 3;
  const Q0 = p.amplitudeContrast;
  const K3 = Math.atan(Q0 / Math.sqrt(1 - Q0 * Q0));
  const K4 = -(p.bFactor ?? 0) / 4;
  const K5 = ((p.phaseShift ?? 0) * Math.PI) / 180;
  const u2 = X * X + Y * Y;
  const deltaf = Math.abs(X) < 1e-6 && Math.abs(Y) < 1e-6 ? 0 : defocusAverage + defocusDeviation * Math.cos(2 * (Math.atan2(Y, X) - radAzimuth));
  const argument = K1 * deltaf * u2 + K2 * u2 * u2 - K5 - K3;
  return -Math.sin(argument) * Math.exp(K4 * u2);
}

const KRIOS: CtfParams = { voltage: 300, defocusU: 15000, cs: 2.7, amplitudeContrast: 0.07 };
const ASTIGMATIC: CtfParams = {
  voltage: 200,
  defocusU: 21000,
  defocusV: 17000,
  defocusAngle: 35,
  cs: 2.0,
  amplitudeContrast: 0.1,
  bFactor: 80,
  phaseShift: 20,
};

// Values are O(1) and both sides run the same float64 operations in a different order: 1e-12 is
// a few hundred ulp, far below any real disagreement (a sign or unit error is O(1)).
const RELION_TOLERANCE = 1e-12;

describe('electron wavelength', () => {
  // REFERENCE.md §10 (recomputed from RELION's formula): 0.01969 Å at 300 kV. The textbook values
  // (Williams & Carter, Transmission Electron Microscopy, Table 1.1) are 0.00370, 0.00251, 0.00197 nm
  // at 100, 200, 300 kV; each tolerance is half a unit of the last published digit.
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

describe('ctfZeros', () => {
  // notebooks/08-cryo-em.md, "First CTF zero" table: 300 kV, Cs 2.7 mm, A 0.07, rounded to 0.1 Å,
  // so the tolerance is half that rounding.
  const TABLE: [number, number][] = [
    [10000, 14.2],
    [15000, 17.4],
    [20000, 20.1],
  ];
  it.each(TABLE)('the first zero at Δf = %d Å is at %f Å (notebook table)', (df, res) => {
    expect(TABLE.length).toBeGreaterThan(0);
    expect(Math.abs(ctfZeroResolutions({ ...KRIOS, defocusU: df }, 1)[0] - res)).toBeLessThanOrEqual(0.05);
  });

  it('every zero is a sign change of RELION getCTF, and a fine scan finds no others', () => {
    for (const p of [KRIOS, ASTIGMATIC, { ...KRIOS, defocusU: -8000 }, { ...KRIOS, amplitudeContrast: 0, cs: 0 }]) {
      const kMax = 0.45;
      const zeros = ctfZeros(p, kMax, 50);
      expect(zeros.length).toBeGreaterThan(3);
      const t = (50 * Math.PI) / 180;
      const at = (k: number) => relionCtf(p, k * Math.cos(t), k * Math.sin(t));
      for (const z of zeros) expect(at(z * (1 - 1e-7)) * at(z * (1 + 1e-7))).toBeLessThan(0);
      // Sign changes on a grid fine enough that no two zeros fall in one step (the ring spacing
      // at k = 0.45 Å⁻¹ and 21,000 Å defocus is ~5e-4 Å⁻¹; the step is 2e-6).
      let changes = 0;
      const step = 2e-6;
      for (let k = 1e-4; k + step <= kMax; k += step) if (at(k) * at(k + step) < 0) changes++;
      expect(zeros.length).toBe(changes);
    }
  });

  it('when Cs outweighs a small defocus, χ turns back and the zeros still come out ascending and exact', () => {
    // Δf = 500 Å, Cs = 2.7 mm: χ peaks at k² = Δf/(Csλ²) ≈ 0.048 Å⁻², so zeros come from both sides of the peak.
    const p: CtfParams = { ...KRIOS, defocusU: 500 };
    const zeros = ctfZeros(p, 0.5);
    for (let i = 1; i < zeros.length; i++) expect(zeros[i]).toBeGreaterThan(zeros[i - 1]);
    for (const z of zeros) expect(Math.abs(relionCtf(p, z, 0))).toBeLessThan(1e-9);
  });
});

describe('thonRings', () => {
  it('the radial mean of the simulated power spectrum is snr·CTF² + 1 (within sampling error)', () => {
    const [n, px, snr] = [128, 1.5, 4];
    const p = { ...KRIOS, bFactor: 40 };
    const power = thonRings(p, n, px, randomSeeded(11), { snr, averages: 8 });
    const model = ctf2d(p, n, n, px);
    // Mean over all pixels of power − (snr·CTF² + 1): each pixel is an exponential variable of mean
    // m ≤ snr + 1 = 5 averaged 8 times (sd m/√8); over 16,384 pixels the mean has sd < 5/√(8·16384) ≈ 0.014.
    let diff = 0;
    for (let i = 0; i < power.length; i++) diff += power[i] - (snr * model[i] ** 2 + 1);
    expect(Math.abs(diff / power.length)).toBeLessThan(0.06);
  });
});
