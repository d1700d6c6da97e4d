/**
 * The contrast transfer function of a transmission electron microscope, in RELION's convention
 * (3dem/relion src/ctf.h `getCTF`, src/ctf.cpp `initialise`; REFERENCE.md §10 and §25):
 *
 *   χ(k) = πλΔf(θ)·k² − (π/2)·Cs·λ³·k⁴ + φ        (Δf > 0 is underfocus, φ a phase-plate shift)
 *   CTF(k) = [√(1−A²)·sin χ + A·cos χ]·exp(−B·k²/4) = sin(χ + asin A)·exp(−B·k²/4)
 *
 * so CTF(0) = +A. RELION computes the same number as −sin γ with γ = −χ − asin A (it stores the
 * defocus negated); packages that flip the overall sign have the same zeros.
 * Astigmatism: Δf(θ) = (ΔfU + ΔfV)/2 + (ΔfU − ΔfV)/2 · cos 2(θ − θ_ast), θ the azimuth of (kx, ky)
 * from the x axis and θ_ast the angle of the U axis (RELION's rlnDefocusAngle).
 * Units as RELION's STAR files: kV, Å, mm (Cs), Å² (B), degrees (angles and phase shift); k in Å⁻¹.
 */
export interface CtfParams {
  voltage: number; // kV
  defocusU: number; // Å
  defocusV?: number; // Å; defaults to defocusU (no astigmatism)
  defocusAngle?: number; // degrees, of the U axis from x; default 0
  cs: number; // mm
  amplitudeContrast: number; // A in [0, 1]; about 0.07 for cryo
  bFactor?: number; // Å²; default 0 (no envelope)
  phaseShift?: number; // degrees; default 0
}

/** What a CTF grid holds: the CTF itself, |CTF| (a Thon-ring amplitude), or its sign (phase flipping: ±1, RELION's do_only_flip_phases). */
export type CtfMode = 'ctf' | 'abs' | 'flip';

/** Relativistic electron wavelength in Å at an accelerating voltage in kV (RELION's constants): 0.01969 Å at 300 kV. */
export function electronWavelength(kV: number): number {
  const v = kV * 1e3;
  return 12.2643247 / Math.sqrt(v * (1 + 0.978466e-6 * v));
}

/** Everything of χ that does not depend on k, computed once per parameter set. */
export interface CtfConstants {
  lambda: number; // Å
  k1: number; // πλ
  k2: number; // (π/2)·Cs·λ³, Cs in Å
  offset: number; // asin A + φ: the phase at k = 0
  k4: number; // −B/4
  mean: number; // (ΔfU + ΔfV)/2
  half: number; // (ΔfU − ΔfV)/2
  azimuth: number; // θ_ast in radians
}

export function ctfConstants(p: CtfParams): CtfConstants {
  const A = p.amplitudeContrast;
  if (!(A >= 0 && A <= 1)) throw new Error(`ctf: amplitude contrast must be in [0, 1], got ${A}`);
  const lambda = electronWavelength(p.voltage);
  const dv = p.defocusV ?? p.defocusU;
  return {
    lambda,
    k1: Math.PI * lambda,
    k2: (Math.PI / 2) * p.cs * 1e7 * lambda ** 3,
    offset: Math.asin(A) + ((p.phaseShift ?? 0) * Math.PI) / 180,
    k4: -(p.bFactor ?? 0) / 4,
    mean: (p.defocusU + dv) / 2,
    half: (p.defocusU - dv) / 2,
    azimuth: ((p.defocusAngle ?? 0) * Math.PI) / 180,
  };
}

/** Defocus (Å) along azimuth θ (radians). At k = 0 the azimuth is undefined; RELION uses 0 there, which χ multiplies by k² = 0 anyway. */
export function defocusAt(c: CtfConstants, theta: number): number {
  return c.mean + c.half * Math.cos(2 * (theta - c.azimuth));
}

/** χ(kx, ky) + asin A: the phase whose sine is the undamped CTF. */
export function ctfPhase(c: CtfConstants, kx: number, ky: number): number {
  const k2 = kx * kx + ky * ky;
  const df = k2 === 0 ? c.mean : defocusAt(c, Math.atan2(ky, kx));
  return c.k1 * df * k2 - c.k2 * k2 * k2 + c.offset;
}

/** CTF at one spatial frequency (kx, ky) in Å⁻¹. */
export function ctf(p: CtfParams | CtfConstants, kx: number, ky = 0, mode: CtfMode = 'ctf'): number {
  const c = 'lambda' in p ? p : ctfConstants(p);
  const v = Math.sin(ctfPhase(c, kx, ky)) * Math.exp(c.k4 * (kx * kx + ky * ky));
  return mode === 'ctf' ? v : mode === 'abs' ? Math.abs(v) : v < 0 ? -1 : 1;
}

/** The CTF along one azimuth (degrees; default the U axis) at the frequencies k (Å⁻¹). */
export function ctf1d(p: CtfParams, k: ArrayLike<number>, azimuthDeg = p.defocusAngle ?? 0, mode: CtfMode = 'ctf'): Float64Array {
  const c = ctfConstants(p);
  const t = (azimuthDeg * Math.PI) / 180;
  const [cx, sy] = [Math.cos(t), Math.sin(t)];
  return Float64Array.from(k, (ki) => ctf(c, ki * cx, ki * sy, mode));
}

/**
 * The CTF on the discrete frequency grid of an h×w image with the given pixel size (Å), row-major [h, w].
 * Column j has kx = f(j)/(w·pixel) and row i has ky = f(i)/(h·pixel), as RELION's getFftwImage
 * (row frequency is +y). `centred` puts DC at (⌊h/2⌋, ⌊w/2⌋) (fftshift order, for display: the
 * Thon rings); otherwise the grid is in FFT order (f = j for j < ⌈w/2⌉, else j − w), ready to
 * multiply an image's 2-D FFT.
 */
export function ctf2d(p: CtfParams, h: number, w: number, pixelSize: number, opts: { centred?: boolean; mode?: CtfMode } = {}): Float64Array {
  const { centred = true, mode = 'ctf' } = opts;
  const c = ctfConstants(p);
  const freq = (j: number, n: number) => (centred ? j - Math.floor(n / 2) : j < Math.ceil(n / 2) ? j : j - n) / (n * pixelSize);
  const out = new Float64Array(h * w);
  for (let i = 0; i < h; i++) {
    const ky = freq(i, h);
    for (let j = 0; j < w; j++) out[i * w + j] = ctf(c, freq(j, w), ky, mode);
  }
  return out;
}
