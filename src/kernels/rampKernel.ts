/** Which ramp: Ram-Lak (|ω| up to Nyquist), Shepp–Logan (|ω|·sinc, gentler on noise), or none (plain back-projection). */
export type RampFilter = 'ram-lak' | 'shepp-logan' | 'none';

/**
 * The band-limited ramp as a spatial kernel h[n], n = −half … half (index n + half), for detector
 * spacing τ = 1 (Kak & Slaney 1988, ch. 3 eq. 61; scikit-image `iradon` builds its filter from it):
 *   Ram-Lak:      h[0] = 1/4, h[n odd] = −1/(πn)², h[n even] = 0; its DTFT is |f| for |f| ≤ ½;
 *   Shepp–Logan:  h[n] = −2/(π²(4n² − 1)) (Shepp & Logan 1974), the ramp times a sinc.
 * Sampling the ramp in space instead of zero-padding |ω| in frequency avoids the DC offset and
 * interperiod interference of the naive frequency-domain filter (Kak & Slaney §3.3.3).
 */
export function rampKernel(filter: RampFilter, half: number): Float64Array {
  const h = new Float64Array(2 * half + 1);
  for (let n = -half; n <= half; n++) {
    let v: number;
    if (filter === 'none') v = n === 0 ? 1 : 0;
    else if (filter === 'shepp-logan') v = -2 / (Math.PI * Math.PI * (4 * n * n - 1));
    else v = n === 0 ? 0.25 : n % 2 === 0 ? 0 : -1 / (Math.PI * n) ** 2;
    h[n + half] = v;
  }
  return h;
}
