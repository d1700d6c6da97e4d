import { ctf } from '../../kernels/ctf';
import source from '../../kernels/ctf.ts?raw';
import { numberWithin } from './compare';
import { casesRandom, randInt } from './gen';
import type { ExerciseCase, ExerciseSpec } from './types';

const make = (name: string, k: number, voltage: number, defocus: number, cs: number, amplitudeContrast: number): ExerciseCase => ({
  name,
  args: [k, voltage, defocus, cs, amplitudeContrast],
  expected: ctf({ voltage, defocusU: defocus, cs, amplitudeContrast }, k),
  input: `k = ${k} Å⁻¹, ${voltage} kV, Δf = ${defocus} Å, Cs = ${cs} mm, A = ${amplitudeContrast}`,
});

export const exercise: ExerciseSpec = {
  id: 'ctf',
  fn: 'ctfValue',
  statement: [
    'The contrast transfer function of a cryo-EM micrograph at spatial frequency `k` (Å⁻¹), in RELION’s convention, without astigmatism, B-factor or phase plate: `CTF(k) = sin(χ(k) + asin A)` with `χ(k) = π·λ·Δf·k² − (π/2)·Cs·λ³·k⁴`. Δf > 0 is underfocus, in Å; A is the amplitude contrast.',
    'Units are the STAR file’s: `voltage` in kV, `defocus` in Å, `cs` in mm. λ is the relativistic electron wavelength in Å: `λ = 12.2643247 / √(V·(1 + 0.978466e−6·V))` with V in volts (0.0197 Å at 300 kV).',
  ],
  starter: `/** RELION-convention CTF at frequency k (1/Å): voltage kV, defocus Å, cs mm, A amplitude contrast. */
function ctfValue(k: number, voltage: number, defocus: number, cs: number, amplitudeContrast: number): number {
  return 0;
}
`,
  hints: [
    'Convert first: V = voltage·1000 volts, Cs = cs·1e7 Å. Everything else is already in Å.',
    'At k = 0, χ = 0 and the CTF is sin(asin A) = A: check that before anything else.',
    'The spherical-aberration term is subtracted and grows as k⁴: it is what makes the rings bunch up at high frequency.',
  ],
  reference: [{ file: 'src/kernels/ctf.ts', source }],
  tolerance: 'within 1e-6 (the same float64 formula)',
  cases(seed) {
    const rand = casesRandom(seed, 'ctf');
    const random = Array.from({ length: 8 }, (_, i) =>
      make(
        `random ${i + 1}`,
        randInt(rand, 1, 400) / 1000,
        [200, 300][randInt(rand, 0, 1)],
        randInt(rand, 5, 30) * 1000,
        [2.7, 2, 0.01][randInt(rand, 0, 2)],
        [0.07, 0.1][randInt(rand, 0, 1)],
      ),
    );
    return [
      ...random,
      make('k = 0: the amplitude contrast', 0, 300, 15000, 2.7, 0.1),
      make('A = 0: pure phase contrast', 0.1, 300, 20000, 2.7, 0),
      make('high frequency: Cs in Å matters', 0.35, 300, 10000, 2.7, 0.07),
      make('200 kV: the wavelength is relativistic', 0.2, 200, 12000, 2, 0.07),
    ];
  },
  compare: numberWithin(1e-6),
};
