import { describe, expect, it } from 'vitest';
import { cRef, fourierRingCorrelation, frcResolution } from '../../../src/kernels/fourierRingCorrelation';
import { fft2d } from '../../../src/kernels/fft';
import { normal, randomSeeded, type Random } from '../../../src/kernels/random';

const N = 128;
const noise = (rand: Random, sd = 1) => Float64Array.from({ length: N * N }, () => sd * normal(rand));
const add = (a: Float64Array, b: Float64Array) => a.map((v, i) => v + b[i]);

describe('fourierRingCorrelation', () => {
  it('two identical images correlate 1 in every ring', () => {
    const img = noise(randomSeeded(1));
    const { frc } = fourierRingCorrelation(img, img, N);
    for (const v of frc) expect(v).toBeCloseTo(1, 12);
  });

  it('rings hold every frequency up to Nyquist once: rings 0 … R hold the lattice points of a disc of radius R + ½', () => {
    const { count } = fourierRingCorrelation(new Float64Array(N * N), new Float64Array(N * N), N);
    expect(count[0]).toBe(1);
    // Gauss's circle problem: the lattice points in a disc of radius ρ number πρ² + O(ρ^(2/3)); at
    // ρ = 64.5 that error is a few tens of points out of 13,000, well inside 1%.
    const total = count.reduce((a, v) => a + v, 0);
    expect(Math.abs(total / (Math.PI * (N / 2 + 0.5) ** 2) - 1)).toBeLessThan(0.01);
  });

  it('independent noise images give FRC ≈ 0 with spread 1/√(pixels in the ring)', () => {
    // Each ring holds count/2 independent complex pairs (Hermitian symmetry), so the correlation of
    // independent noise has sd ≈ 1/√count. z = FRC·√count should then have mean ≈ 0 and sd ≈ 1
    // over the 63 rings r ≥ 2: the sd of the sample sd of 63 values is ~0.09, of the mean ~0.13.
    const rand = randomSeeded(2);
    const { frc, count } = fourierRingCorrelation(noise(rand), noise(rand), N);
    const z = Array.from(frc.slice(2), (v, i) => v * Math.sqrt(count[i + 2]));
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    const sd = Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / (z.length - 1));
    expect(Math.abs(mean)).toBeLessThan(0.4);
    expect(sd).toBeGreaterThan(0.7);
    expect(sd).toBeLessThan(1.3);
    for (const v of z) expect(Math.abs(v)).toBeLessThan(4);
  });

  it.each([0.25, 1, 4])('signal + independent noise at SNR %f gives FRC = SNR/(1+SNR) in every ring', (snr) => {
    // Images s + n1 and s + n2, white signal of variance snr and noise of variance 1: the expected
    // correlation is snr/(1+snr). A ring's estimate has sd ≈ (1 − ρ²)/√count (Fisher); 5 sd per ring,
    // and the mean over rings r ≥ 4 (most of the 16,000 pixels) within 0.02.
    const rand = randomSeeded(3);
    const s = noise(rand, Math.sqrt(snr));
    const { frc, count } = fourierRingCorrelation(add(s, noise(rand)), add(s, noise(rand)), N);
    const rho = snr / (1 + snr);
    for (let r = 4; r < frc.length; r++) expect(Math.abs(frc[r] - rho)).toBeLessThan((5 * (1 - rho * rho)) / Math.sqrt(count[r]));
    const mean = frc.slice(4).reduce((a, v) => a + v, 0) / (frc.length - 4);
    expect(Math.abs(mean - rho)).toBeLessThan(0.02);
  });
});

describe('frcResolution', () => {
  it('interpolates the 0.143 crossing linearly: [1, 0.9, 0.5, 0.1] crosses at ring 2 + 0.357/0.4', () => {
    const r = frcResolution([1, 0.9, 0.5, 0.1, 0], 8, 2);
    expect(r.ring).toBeCloseTo(2 + 0.357 / 0.4, 12);
    expect(r.resolution).toBeCloseTo((8 * 2) / r.ring, 12);
  });

  it('a curve that never falls below gives the Nyquist resolution 2·pixel', () => expect(frcResolution([1, 1, 1, 1, 1], 8, 1.5).resolution).toBeCloseTo(3, 12));

  it('a low-pass signal in noise crosses 0.143 where its SNR falls to 0.143/0.857, as predicted', () => {
    // Signal: white noise shaped by exp(−r²/(2σ²)) in amplitude, so SNR(r) = S0·exp(−r²/σ²) against
    // unit noise, and FRC = SNR/(1+SNR) = 0.143 at r* = σ·√ln(S0·0.857/0.143) ≈ 33.9 rings.
    // Averaging the curves of 6 independent pairs, a ring near r* scatters by ~0.98/√(213·6) ≈ 0.027
    // while the curve falls ~0.058 per ring: the crossing sits within ~0.5 ring; allow 1.5.
    const [sigma, S0, pairs] = [12, 500, 6];
    const rand = randomSeeded(4);
    const f = (j: number) => (j < N / 2 ? j : j - N);
    const mean = new Float64Array(N / 2 + 1);
    for (let t = 0; t < pairs; t++) {
      const white = fft2d({ re: noise(rand), im: new Float64Array(N * N) }, N, N);
      for (let i = 0; i < N; i++)
        for (let j = 0; j < N; j++) {
          const g = Math.sqrt(S0) * Math.exp(-(f(i) ** 2 + f(j) ** 2) / (2 * sigma * sigma));
          white.re[i * N + j] *= g;
          white.im[i * N + j] *= g;
        }
      const s = fft2d(white, N, N, true).re;
      const { frc } = fourierRingCorrelation(add(s, noise(rand)), add(s, noise(rand)), N);
      for (let r = 0; r < mean.length; r++) mean[r] += frc[r] / pairs;
    }
    const predicted = sigma * Math.sqrt(Math.log((S0 * 0.857) / 0.143));
    expect(Math.abs(frcResolution(mean, N).ring - predicted)).toBeLessThan(1.5);
  });
});

describe('cRef', () => {
  // RELION postprocessing.cpp / Rosenthal & Henderson 2003: FSC 0.143 ↔ Cref 0.5 (exactly 1/7 ↔ 0.5).
  it('maps FSC = 1/7 to 0.5 and 1 to 1', () => {
    expect(cRef(1 / 7)).toBeCloseTo(0.5, 15);
    expect(cRef(1)).toBe(1);
  });
});
