import { mutate, type Solutions } from './types';

const solution = `function ctfValue(k: number, voltage: number, defocus: number, cs: number, amplitudeContrast: number): number {
  const V = voltage * 1e3;
  const lambda = 12.2643247 / Math.sqrt(V * (1 + 0.978466e-6 * V));
  const csA = cs * 1e7;
  const chi = Math.PI * lambda * defocus * k * k - (Math.PI / 2) * csA * lambda ** 3 * k ** 4;
  return Math.sin(chi + Math.asin(amplitudeContrast));
}
`;

export const ctf: Solutions = {
  solution,
  wrong: [
    { what: 'Cs left in mm', code: mutate(solution, 'const csA = cs * 1e7;', 'const csA = cs;'), fails: 'high frequency: Cs in Å matters' },
    {
      what: 'non-relativistic wavelength',
      code: mutate(solution, 'Math.sqrt(V * (1 + 0.978466e-6 * V))', 'Math.sqrt(V)'),
      fails: '200 kV: the wavelength is relativistic',
    },
    {
      what: 'amplitude contrast added outside the sine',
      code: mutate(solution, 'Math.sin(chi + Math.asin(amplitudeContrast))', 'Math.sin(chi)'),
      fails: 'k = 0: the amplitude contrast',
    },
  ],
};
