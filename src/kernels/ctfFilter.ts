import { ctf2d, type CtfMode, type CtfParams } from './ctf';
import { fft2d } from './fft';

/**
 * An h×w image (row-major, pixel size in Å) filtered by the CTF in Fourier space:
 * real(IFFT2(FFT2(image)·CTF)) with the CTF of `ctf2d` in FFT order (its conventions: RELION's
 * sign, row frequency +y). mode 'ctf' simulates what the microscope records from a projection;
 * 'flip' multiplies by sign(CTF), which is phase flipping: applied to a recorded image it turns
 * every frequency's transfer into |CTF| ≥ 0, undoing the contrast reversals between Thon rings
 * without dividing by the CTF (its zeros would amplify noise without bound). 'abs' multiplies by
 * |CTF| directly, the product of the two.
 * For even sizes the Nyquist row and column hold two aliased frequencies (±n/2) at which an
 * astigmatic CTF differs; the grid is symmetrised there (mean of the two, then abs or sign), so
 * the filter is Hermitian and the output real, as RELION's half-complex transforms make it.
 */
export function ctfFilter(image: ArrayLike<number>, h: number, w: number, p: CtfParams, pixelSize: number, mode: CtfMode = 'ctf'): Float64Array {
  if (image.length !== h * w) throw new Error(`ctfFilter: expected ${h}×${w} = ${h * w} values, got ${image.length}`);
  const F = fft2d({ re: Float64Array.from(image), im: new Float64Array(h * w) }, h, w);
  const c = ctf2d(p, h, w, pixelSize, { centred: false });
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const q = i * w + j;
      // The point reflection of DFT cell (i, j) is (−i mod h, −j mod w); it differs only on Nyquist lines.
      let v = (c[q] + c[((h - i) % h) * w + ((w - j) % w)]) / 2;
      if (mode === 'abs') v = Math.abs(v);
      else if (mode === 'flip') v = v < 0 ? -1 : 1;
      F.re[q] *= v;
      F.im[q] *= v;
    }
  }
  return fft2d(F, h, w, true).re;
}
