import type { CtfParams } from '../../kernels/ctf';
import { ctfZeroResolutions, ctfZeros } from '../../kernels/ctfZeros';

/** The demo's sliders (µm, degrees) as the kernel's RELION units (Å, degrees). */
export interface OpticsValues {
  kv: number;
  dfU: number; // µm
  dfV: number; // µm
  astAngle: number;
  cs: number;
  ac: number;
  bf: number;
  phase: number;
}

export function toCtfParams(v: OpticsValues): CtfParams {
  return {
    voltage: v.kv,
    defocusU: v.dfU * 1e4,
    defocusV: v.dfV * 1e4,
    defocusAngle: v.astAngle,
    cs: v.cs,
    amplitudeContrast: v.ac,
    bFactor: v.bf,
    phaseShift: v.phase,
  };
}

/**
 * The n-th dark ring as an SVG polyline over a centred size×size spectrum drawn one unit per
 * pixel: along each azimuth θ the n-th zero k_n(θ) lies k_n·size·pixel pixels from DC (one
 * Fourier pixel is 1/(size·pixel) Å⁻¹), at (cos θ, sin θ) with y downwards, as ctf2d lays rows
 * out; DC is pixel (size/2, size/2), whose centre is at size/2 + ½. An azimuth with fewer than n
 * zeros before the corner breaks the line there.
 */
export function ringPaths(p: CtfParams, size: number, pixel: number, count: number, steps = 120): string[] {
  const kMax = Math.SQRT2 / (2 * pixel); // the spectrum's corners
  const c = size / 2 + 0.5;
  const rings = Array.from({ length: count }, () => [] as string[]);
  for (let s = 0; s <= steps; s++) {
    const deg = (360 * s) / steps;
    const t = (deg * Math.PI) / 180;
    const zeros = ctfZeros(p, kMax, deg);
    for (let n = 0; n < count; n++) {
      const r = n < zeros.length ? zeros[n] * size * pixel : Infinity;
      const [x, y] = [c + r * Math.cos(t), c + r * Math.sin(t)];
      // Only inside the square: the overlay is not clipped.
      const inside = x >= 0 && x <= size && y >= 0 && y <= size;
      rings[n].push(inside ? `${x.toFixed(2)},${y.toFixed(2)}` : '|');
    }
  }
  // "|" marks a gap: split there into separate polylines.
  return rings.flatMap((pts) =>
    pts
      .join(' ')
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s.includes(' ')),
  );
}

/** The notebook's first-zero table (300 kV, Cs 2.7 mm, A 0.07), as printed in notebooks/08-cryo-em.md. */
export const NOTEBOOK_ZEROS = [
  { dfMicron: 1.0, printed: 14.2 },
  { dfMicron: 1.5, printed: 17.4 },
  { dfMicron: 2.0, printed: 20.1 },
] as const;

/** True when the optics are the notebook table's: then every live value must round to the printed one. */
export const isNotebookOptics = (v: OpticsValues) => v.kv === 300 && v.cs === 2.7 && v.ac === 0.07 && v.phase === 0;

/** The table's rows recomputed with the current voltage, Cs, A and phase shift (no astigmatism: the table has none). */
export function notebookRows(v: OpticsValues) {
  return NOTEBOOK_ZEROS.map((row) => {
    const p = toCtfParams({ ...v, dfU: row.dfMicron, dfV: row.dfMicron, astAngle: 0 });
    return { ...row, live: ctfZeroResolutions(p, 1, 1)[0] ?? NaN };
  });
}
