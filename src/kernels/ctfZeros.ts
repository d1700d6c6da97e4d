import { ctfConstants, defocusAt, type CtfParams } from './ctf';

/**
 * The spatial frequencies (Å⁻¹, ascending, in (0, kMax]) where the CTF of `ctf.ts` is zero along
 * one azimuth: the dark Thon rings. Their resolutions are 1/k Å.
 *
 * With q = k², the phase is g(q) = a·q − b·q² + g₀ (a = πλΔf(θ), b = (π/2)Csλ³, g₀ = asin A + φ)
 * and the CTF is sin g, so the zeros solve g(q) = nπ: a quadratic in q per integer n. Solving it in
 * closed form finds every zero, however close together the rings get, which a sampled sign scan
 * would not. The k = 0 point (a zero only when A = φ = 0) is not a ring and is left out.
 */
export function ctfZeros(p: CtfParams, kMax: number, azimuthDeg = p.defocusAngle ?? 0): Float64Array {
  const c = ctfConstants(p);
  const a = c.k1 * defocusAt(c, (azimuthDeg * Math.PI) / 180);
  const b = c.k2;
  const g0 = c.offset;
  const qMax = kMax * kMax;
  const g = (q: number) => a * q - b * q * q + g0;
  // The range of g over [0, qMax]: its ends and, if inside, the vertex of the parabola.
  const values = [g(0), g(qMax)];
  if (b !== 0 && a / (2 * b) > 0 && a / (2 * b) < qMax) values.push(g(a / (2 * b)));
  const nLo = Math.ceil(Math.min(...values) / Math.PI);
  const nHi = Math.floor(Math.max(...values) / Math.PI);
  const qs: number[] = [];
  for (let n = nLo; n <= nHi; n++) {
    const r = n * Math.PI - g0; // b·q² − a·q + r = 0
    if (b === 0) {
      if (a !== 0) qs.push(r / a);
      continue;
    }
    const disc = a * a - 4 * b * r;
    if (disc < 0) continue;
    const s = Math.sqrt(disc);
    // The two roots in the cancellation-free form (Numerical Recipes §5.6).
    const t = -0.5 * (-a + (a >= 0 ? -s : s));
    if (t !== 0) qs.push(r / t);
    qs.push(t / b);
  }
  const eps = 1e-12 * qMax;
  const ks = qs
    .filter((q) => q > eps && q <= qMax)
    .sort((x, y) => x - y)
    .map(Math.sqrt);
  // A double root (the parabola's vertex touching nπ) appears twice: keep it once.
  return Float64Array.from(ks.filter((k, i) => i === 0 || k - ks[i - 1] > 1e-12 * kMax));
}

/** The resolutions (Å) of the first `count` CTF zeros along an azimuth: 1/k of `ctfZeros`. */
export function ctfZeroResolutions(p: CtfParams, count: number, kMax = 1, azimuthDeg?: number): Float64Array {
  return ctfZeros(p, kMax, azimuthDeg)
    .slice(0, count)
    .map((k) => 1 / k);
}
