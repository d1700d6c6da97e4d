import type { DemoMeta } from '../types';
import { defineParams, type ParamValues } from '../params';
import { ctfZeroResolutions } from '../../kernels/ctfZeros';
import { toCtfParams } from './optics';

export const ctfParams = defineParams({
  kv: { type: 'enum', default: 300, options: [100, 120, 200, 300], label: 'Voltage', unit: 'kV' },
  dfU: { type: 'number', default: 1.5, min: 0.1, max: 5, step: 0.01, label: 'Defocus ΔfU (underfocus +)', unit: 'µm' },
  dfV: { type: 'number', default: 1.5, min: 0.1, max: 5, step: 0.01, label: 'Defocus ΔfV', unit: 'µm' },
  astAngle: { type: 'number', default: 0, min: 0, max: 180, step: 1, label: 'Astigmatism angle θ_ast (U axis from x)', unit: '°' },
  cs: { type: 'number', default: 2.7, min: 0, max: 6, step: 0.1, label: 'Spherical aberration Cs', unit: 'mm' },
  ac: { type: 'number', default: 0.07, min: 0, max: 0.5, step: 0.01, label: 'Amplitude contrast A' },
  bf: { type: 'number', default: 40, min: 0, max: 400, step: 5, label: 'B-factor envelope B', unit: 'Å²' },
  phase: { type: 'number', default: 0, min: 0, max: 180, step: 1, label: 'Phase shift φ (phase plate)', unit: '°' },
  pixel: { type: 'number', default: 2, min: 0.5, max: 4, step: 0.05, label: 'Pixel size (Nyquist = 2 × pixel)', unit: 'Å' },
  azimuth: { type: 'number', default: 0, min: 0, max: 180, step: 1, label: 'Azimuth of the 1-D curve (from x)', unit: '°' },
  curve: {
    type: 'enum',
    default: 'ctf',
    options: { ctf: 'CTF (signed)', abs: '|CTF| (after phase flipping)', power: 'CTF² (power spectrum)' },
    label: '1-D curve',
  },
  rings: { type: 'bool', default: true, label: 'Draw the zeros over the Thon rings' },
  noise: { type: 'number', default: 0.5, min: 0, max: 3, step: 0.05, label: 'Noise in the simulated image (σ / signal σ)' },
});

export type CtfValues = ParamValues<typeof ctfParams>;

/** The first zero's resolution along the curve's azimuth, as a step's caption says it. */
const firstZero = (v: CtfValues) => {
  const r = ctfZeroResolutions(toCtfParams(v), 1, 1 / (2 * v.pixel), v.azimuth)[0];
  return r === undefined ? 'beyond Nyquist' : `${r.toFixed(1)} Å`;
};

export const ctfMeta: DemoMeta<typeof ctfParams> = {
  id: 'ctf',
  title: 'The contrast transfer function: zeros, Thon rings and phase flipping',
  claim:
    'Defocus makes phase contrast by oscillating the transfer of each spatial frequency: CTF(k) = sin(χ(k) + asin A)·e^(−Bk²/4) starts at +A, its zeros are the dark Thon rings, and phase flipping makes every band positive without dividing by zero.',
  questions: ['cryo-em/preprocessing'],
  params: ctfParams,
  steps: (v) => {
    const base = { kv: 300, dfU: 1.5, dfV: 1.5, astAngle: 0, cs: 2.7, ac: 0.07, bf: 40, phase: 0, pixel: 2, azimuth: 0, curve: 'ctf', rings: true } as const;
    const at = (p: Partial<CtfValues>) => firstZero({ ...v, ...base, ...p });
    return [
      { say: `300 kV, Cs 2.7 mm, Δf 1.5 µm: the curve starts at CTF(0) = +A = 0.07 and crosses zero first at ${at({})}.`, patch: base, show: 'curve' },
      {
        say: `Raise the defocus to 2.5 µm: the first zero moves to lower resolution (${at({ dfU: 2.5, dfV: 2.5 })}) and the rings crowd together.`,
        patch: { dfU: 2.5, dfV: 2.5 },
      },
      { say: `Back to 1.0 µm: the first zero moves out to ${at({ dfU: 1, dfV: 1 })}; less low-resolution contrast, wider rings.`, patch: { dfU: 1, dfV: 1 } },
      {
        say: 'Astigmatism: ΔfU 1.8 µm, ΔfV 1.2 µm, U axis at 30°. The rings become ellipses, narrowest along the U axis, where the larger defocus pulls the zeros inwards.',
        patch: { dfU: 1.8, dfV: 1.2, astAngle: 30 },
        show: 'rings',
      },
      { say: 'Turn the curve to the V axis (120°): its zeros sit further out, at the smaller defocus.', patch: { azimuth: 120 }, show: 'curve' },
      {
        say: 'B-factor 200 Å²: the envelope e^(−Bk²/4) fades the high-frequency rings; the zeros stay where they were.',
        patch: { dfU: 1.5, dfV: 1.5, astAngle: 0, azimuth: 0, bf: 200 },
      },
      { say: 'A 90° phase plate: CTF(0) = sin(asin A + 90°) ≈ 1, so the lowest frequencies now carry full contrast.', patch: { bf: 40, phase: 90 } },
      {
        say: 'Phase flipping: the recorded image has bands of reversed contrast; multiplying by sign(CTF) makes every band positive (|CTF|).',
        patch: { phase: 0, curve: 'abs' },
        show: 'flip',
      },
      { say: `200 kV: a longer wavelength, so at the same defocus the first zero is at ${at({ kv: 200 })}.`, patch: { kv: 200, curve: 'ctf' }, show: 'table' },
    ];
  },
};
