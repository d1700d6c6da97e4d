import { describe, expect, it } from 'vitest';
import { randomSeeded } from '../../../src/kernels/random';
import { thonRings } from '../../../src/kernels/thonRings';
import { spectrumField, spectrumFromField } from '../../../src/demos/ctf/spectrumField';
import { ASTIGMATIC, KRIOS } from '../kernels/relionCtf';

/** The demo's precomputed-noise spectrum against the thonRings kernel itself, same seed. */
describe('spectrumFromField', () => {
  const cases = [
    { name: 'Krios, 1.5 µm', p: { ...KRIOS, bFactor: 40 }, pixel: 1.5 },
    { name: 'astigmatic 200 kV with a phase shift', p: ASTIGMATIC, pixel: 2 },
  ];
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('equals thonRings for the same seed and optics ($name), to rounding', ({ p, pixel }) => {
    const [size, snr, averages] = [64, 4, 3];
    const ref = thonRings(p, size, pixel, randomSeeded(9), { snr, averages });
    const ours = spectrumFromField(spectrumField(size, randomSeeded(9), snr, averages), p, pixel);
    // Values are O(1–20); the expansion regroups the same float64 products, so a few ulp per term.
    // 1e-12 relative would catch any reordering of the draws (that changes values by O(1)).
    let worst = 0;
    for (let i = 0; i < ref.length; i++) worst = Math.max(worst, Math.abs(ours[i] - ref[i]) / Math.max(1, ref[i]));
    expect(worst).toBeLessThan(1e-12);
  });

  it('one field serves any optics: a second defocus matches thonRings too', () => {
    const field = spectrumField(32, randomSeeded(4), 2, 2);
    const p = { ...KRIOS, defocusU: 25000 };
    const ref = thonRings(p, 32, 1, randomSeeded(4), { snr: 2, averages: 2 });
    const ours = spectrumFromField(field, p, 1);
    // Same bound and reason as above.
    for (let i = 0; i < ref.length; i++) expect(Math.abs(ours[i] - ref[i])).toBeLessThan(1e-12 * Math.max(1, ref[i]));
  });
});
