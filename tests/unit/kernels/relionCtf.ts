import type { CtfParams } from '../../../src/kernels/ctf';

/**
 * RELION's getCTF written out as its source has it (3dem/relion src/ctf.cpp initialise, src/ctf.h
 * getCTF and getDeltaF; REFERENCE.md §25), independently of src/kernels/ctf.ts: defocus stored
 * negated, K1 = πλ, K2 = (π/2)Csλ³, K3 = asin Q0, K4 = −B/4, K5 = phase shift, and −sin(argument).
 */
export function relionCtf(p: CtfParams, X: number, Y: number): number {
  const localKv = p.voltage * 1e3;
  const lambda = 12.2643247 / Math.sqrt(localKv * (1 + localKv * 0.978466e-6));
  const defocusAverage = -(p.defocusU + (p.defocusV ?? p.defocusU)) * 0.5;
  const defocusDeviation = -(p.defocusU - (p.defocusV ?? p.defocusU)) * 0.5;
  const radAzimuth = ((p.defocusAngle ?? 0) * Math.PI) / 180;
  const K1 = (Math.PI / 2) * 2 * lambda;
  const K2 = (Math.PI / 2) * p.cs * 1e7 * lambda ** 3;
  const Q0 = p.amplitudeContrast;
  const K3 = Math.atan(Q0 / Math.sqrt(1 - Q0 * Q0));
  const K4 = -(p.bFactor ?? 0) / 4;
  const K5 = ((p.phaseShift ?? 0) * Math.PI) / 180;
  const u2 = X * X + Y * Y;
  const deltaf = Math.abs(X) < 1e-6 && Math.abs(Y) < 1e-6 ? 0 : defocusAverage + defocusDeviation * Math.cos(2 * (Math.atan2(Y, X) - radAzimuth));
  const argument = K1 * deltaf * u2 + K2 * u2 * u2 - K5 - K3;
  return -Math.sin(argument) * Math.exp(K4 * u2);
}

export const KRIOS: CtfParams = { voltage: 300, defocusU: 15000, cs: 2.7, amplitudeContrast: 0.07 };
export const ASTIGMATIC: CtfParams = {
  voltage: 200,
  defocusU: 21000,
  defocusV: 17000,
  defocusAngle: 35,
  cs: 2.0,
  amplitudeContrast: 0.1,
  bFactor: 80,
  phaseShift: 20,
};

// Values are O(1) and both sides run the same float64 operations in a different order: 1e-12 is
// a few hundred ulp, far below any real disagreement (a sign or unit error is O(1)).
export const RELION_TOLERANCE = 1e-12;
