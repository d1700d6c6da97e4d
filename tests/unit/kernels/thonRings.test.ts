import { describe, expect, it } from 'vitest';
import { ctf2d } from '../../../src/kernels/ctf';
import { thonRings } from '../../../src/kernels/thonRings';
import { randomSeeded } from '../../../src/kernels/random';
import { KRIOS } from './relionCtf';

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
