/**
 * 2-D Hann window [H, W] as OpenCV `createHanningWindow`: w(i, j) = h(i)·h(j) with
 * h(i) = 0.5·(1 − cos(2πi/(n − 1))), zero on the first and last row and column. Multiplying both
 * images by it before a Fourier transform hides the wrap-around seam a non-periodic image has.
 */
export function hannWindow(h: number, w: number): Float64Array {
  const axis = (n: number) => Float64Array.from({ length: n }, (_, i) => (n > 1 ? 0.5 * (1 - Math.cos((2 * Math.PI * i) / (n - 1))) : 1));
  const [wy, wx] = [axis(h), axis(w)];
  const out = new Float64Array(h * w);
  for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) out[i * w + j] = wy[i] * wx[j];
  return out;
}
