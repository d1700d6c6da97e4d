import { describe, expect, it } from 'vitest';
import { rampKernel } from '../../../src/kernels/rampKernel';

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
