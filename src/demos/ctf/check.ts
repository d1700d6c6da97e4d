import { ctf2d, type CtfParams } from '../../kernels/ctf';
import { relionCtf } from './relionForm';

/** Our CTF grid against RELION's −sin γ form at every Fourier pixel of the Thon-ring display. */
export async function checkAgainstRelion(p: CtfParams, size: number, pixel: number) {
  const ours = ctf2d(p, size, size, pixel);
  const c = Math.floor(size / 2);
  let worst = 0;
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) worst = Math.max(worst, Math.abs(ours[i * size + j] - relionCtf(p, (j - c) / (size * pixel), (i - c) / (size * pixel))));
  const expected = Math.sin(Math.asin(p.amplitudeContrast) + ((p.phaseShift ?? 0) * Math.PI) / 180);
  const note = `${size * size} frequencies. CTF(0) = ${ours[c * size + c].toFixed(4)}; sin(asin A + φ) = ${expected.toFixed(4)} (= +A without a phase plate).`;
  return { maxAbsDiff: worst, note };
}
