import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The cryo-EM notebook states the CTF in RELION's sign convention. These tests read the formula and the
 * first-zero table from the notebook's markdown, evaluate the formula as written, and compare it with
 * RELION's own form (3dem/relion `src/ctf.h` getCTF, transcribed in REFERENCE.md §25): RELION stores the
 * defocus negated and returns CTF = −sin γ with γ = K1·(−Δf)·k² + K2·k⁴ − K3, K1 = πλ, K2 = (π/2)·Cs·λ³,
 * K3 = asin A, times exp(−B k²/4). If the notebook's overall sign flips back to "−[…]", CTF(0) becomes −A
 * and the comparison with RELION fails.
 */
const markdown = readFileSync(resolve(import.meta.dirname, '../../../notebooks/08-cryo-em.md'), 'utf8');

const CHI_TEX = String.raw`\chi(k) = \pi\lambda\Delta f\,k^2 - \frac{\pi}{2}\,C_s\,\lambda^3 k^4`;
const CTF_TEX = /\\mathrm\{CTF\}\(k\) = ([+-]?)\\Big\[\\sqrt\{1-A\^2\}\\,\\sin\\chi\(k\) \+ A\\cos\\chi\(k\)\\Big\]\\; e\^\{-Bk\^2\/4\}/g;

/** The overall sign the notebook writes in front of the bracket ("+", "−" or none). */
function notebookSign(): number {
  const matches = [...markdown.matchAll(CTF_TEX)];
  expect(matches, 'the CTF display formula, exactly once').toHaveLength(1);
  return matches[0][1] === '-' ? -1 : 1;
}

interface Optics {
  dfA: number; // defocus in Å, positive = underfocus
  csA: number; // spherical aberration in Å
  lambdaA: number; // wavelength in Å
  A: number; // amplitude contrast
  B: number; // envelope B-factor in Å²
}

/** The notebook's formula, as written in the markdown, with the sign read from it. */
function ctfAsWritten(k: number, o: Optics, sign: number): number {
  const chi = Math.PI * o.lambdaA * o.dfA * k * k - (Math.PI / 2) * o.csA * o.lambdaA ** 3 * k ** 4;
  return sign * (Math.sqrt(1 - o.A * o.A) * Math.sin(chi) + o.A * Math.cos(chi)) * Math.exp((-o.B * k * k) / 4);
}

/** RELION's getCTF for an isotropic defocus, with its negated defocus and −sin γ (REFERENCE.md §25). */
function ctfRelion(k: number, o: Optics): number {
  const defocusAverage = -o.dfA;
  const K1 = Math.PI * o.lambdaA;
  const K2 = (Math.PI / 2) * o.csA * o.lambdaA ** 3;
  const K3 = Math.atan(o.A / Math.sqrt(1 - o.A * o.A));
  const K4 = -o.B / 4;
  const gamma = K1 * defocusAverage * k * k + K2 * k ** 4 - K3;
  return -Math.sin(gamma) * Math.exp(K4 * k * k);
}

/** Relativistic wavelength in Å for V volts, the formula the notebook quotes from RELION's ctf.cpp. */
const wavelength = (V: number) => 12.2643247 / Math.sqrt(V * (1 + 0.978466e-6 * V));

const optics = (dfMicron: number, A = 0.07, B = 0): Optics => ({ dfA: dfMicron * 1e4, csA: 2.7e7, lambdaA: wavelength(300e3), A, B });

/** First sign change of f on (0, kMax], found on a fine grid and refined by bisection. */
function firstZero(f: (k: number) => number, kMax = 0.3): number {
  const step = 1e-4; // Å⁻¹; the first zeros here are ≥ 0.04 Å⁻¹ and far apart, so no zero is skipped
  let lo = step;
  for (let hi = 2 * step; hi <= kMax; hi += step, lo += step) {
    if (Math.sign(f(lo)) !== Math.sign(f(hi))) {
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (Math.sign(f(mid)) === Math.sign(f(lo))) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    }
  }
  throw new Error('no zero found');
}

describe('the notebook CTF follows RELION’s sign convention', () => {
  it('states the χ formula RELION uses, with positive defocus for underfocus', () => {
    expect(markdown).toContain(CHI_TEX);
  });

  it('states the CTF display formula exactly once, with a + overall sign', () => {
    expect(notebookSign()).toBe(1);
  });

  it('the wavelength formula it quotes gives 0.01969 Å at 300 kV (REFERENCE.md §10)', () => {
    expect(markdown).toContain('12.2643247');
    expect(markdown).toContain('0.978466');
    // 5e-6 Å: the reference value is printed to five decimals.
    expect(Math.abs(wavelength(300e3) - 0.01969)).toBeLessThan(5e-6);
  });

  it.each([0.07, 0.1])('at k = 0 the notebook formula gives +A = %s, as RELION does', (A) => {
    const o = optics(1.5, A);
    // 1e-12: χ(0) = 0, so both reduce to A up to a few ulps of sin(asin A).
    expect(Math.abs(ctfAsWritten(0, o, notebookSign()) - A)).toBeLessThan(1e-12);
    expect(Math.abs(ctfRelion(0, o) - A)).toBeLessThan(1e-12);
  });

  it('equals RELION’s −sin γ at every frequency for three defoci and two envelopes', () => {
    const sign = notebookSign();
    let compared = 0;
    for (const df of [1.0, 1.5, 2.0])
      for (const B of [0, 50])
        for (let k = 0; k <= 0.3; k += 0.0025) {
          const o = optics(df, 0.07, B);
          // 1e-9: the identity is exact; χ reaches ~10³ rad at 0.3 Å⁻¹, and sin of such an argument
          // carries ~1e-13 of rounding, far below this bound.
          expect(Math.abs(ctfAsWritten(k, o, sign) - ctfRelion(k, o))).toBeLessThan(1e-9);
          compared++;
        }
    expect(compared).toBeGreaterThan(600);
  });

  const rows = [...markdown.matchAll(/^\| (\d+\.\d) µm \| ≈ (\d+\.\d) Å \|$/gm)].map((m) => [Number(m[1]), Number(m[2])] as const);

  it('the first-zero table has its three rows', () => {
    expect(rows.length).toBe(3);
  });

  it.each(rows)('Δf = %s µm: the first zero of the stated CTF is at ≈ %s Å', (df, spacing) => {
    const o = optics(df);
    const k0 = firstZero((k) => ctfAsWritten(k, o, notebookSign()));
    // 0.05 Å: the table rounds the spacing to 0.1 Å; bisection error is ~1e-15 Å⁻¹.
    expect(Math.abs(1 / k0 - spacing)).toBeLessThan(0.05);
    // RELION's form has its first zero at the same frequency: the sign convention does not move zeros.
    expect(Math.abs(ctfRelion(k0, o))).toBeLessThan(1e-9);
  });
});
