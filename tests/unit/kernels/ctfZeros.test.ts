import { describe, expect, it } from 'vitest';
import type { CtfParams } from '../../../src/kernels/ctf';
import { ctfZeroResolutions, ctfZeros } from '../../../src/kernels/ctfZeros';
import { ASTIGMATIC, KRIOS, relionCtf } from './relionCtf';

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
