import type { CtfParams } from '../../kernels/ctf';

/**
 * RELION's getCTF as its source writes it (3dem/relion src/ctf.cpp `initialise`, src/ctf.h
 * `getCTF`; REFERENCE.md §25), kept apart from src/kernels/ctf.ts so the page can check the
 * kernel against it: the defocus stored negated, γ = K1·Δf·u² + K2·u⁴ − K5 − K3 and −sin γ.
 */
export function relionCtf(p: CtfParams, X: number, Y: number): number {
  const kv = p.voltage * 1e3;
  const lambda = 12.2643247 / Math.sqrt(kv * (1 + kv * 0.978466e-6));
  const dv = p.defocusV ?? p.defocusU;
  const average = -(p.defocusU + dv) * 0.5;
  const deviation = -(p.defocusU - dv) * 0.5;
  const azimuth = ((p.defocusAngle ?? 0) * Math.PI) / 180;
  const K1 = Math.PI * lambda;
  const K2 = (Math.PI / 2) * p.cs * 1e7 * lambda ** 3;
  const Q0 = p.amplitudeContrast;
  const K3 = Math.atan(Q0 / Math.sqrt(1 - Q0 * Q0));
  const K4 = -(p.bFactor ?? 0) / 4;
  const K5 = ((p.phaseShift ?? 0) * Math.PI) / 180;
  const u2 = X * X + Y * Y;
  const deltaf = Math.abs(X) < 1e-6 && Math.abs(Y) < 1e-6 ? 0 : average + deviation * Math.cos(2 * (Math.atan2(Y, X) - azimuth));
  return -Math.sin(K1 * deltaf * u2 + K2 * u2 * u2 - K5 - K3) * Math.exp(K4 * u2);
}
