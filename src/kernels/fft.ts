/**
 * Discrete Fourier transform, numpy.fft's conventions: forward X[k] = Σ x[n]·e^(−2πi·kn/N),
 * unscaled; inverse uses e^(+2πi·kn/N) and scales by 1/N. Double precision throughout.
 * Power-of-two lengths use iterative radix-2 (Cooley–Tukey); any other length uses Bluestein's
 * chirp-z, which rewrites the DFT as a convolution evaluated with a power-of-two FFT, so every
 * length costs O(N log N).
 */
export interface Complex {
  re: Float64Array;
  im: Float64Array;
}

const isPow2 = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** Per-length tables, kept for the few sizes a page uses (a demo transforms one size over and over). */
interface Radix2Plan {
  rev: Uint32Array; // bit-reversal permutation
  cos: Float64Array; // cos(2πk/n), k < n/2, each from its own angle so errors stay O(ε log n)
  sin: Float64Array;
}
const radix2Plans = new Map<number, Radix2Plan>();
const bluesteinPlans = new Map<string, { m: number; cr: Float64Array; ci: Float64Array; br: Float64Array; bi: Float64Array }>();
const MAX_PLANS = 16;
function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (!v) {
    if (cache.size >= MAX_PLANS) cache.delete(cache.keys().next().value as K);
    cache.set(key, (v = make()));
  }
  return v;
}

function radix2Plan(n: number): Radix2Plan {
  return remember(radix2Plans, n, () => {
    const rev = new Uint32Array(n);
    for (let i = 1, j = 0; i < n; i++) {
      let bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      rev[i] = j;
    }
    const half = n >> 1;
    const cos = Float64Array.from({ length: half }, (_, k) => Math.cos((2 * Math.PI * k) / n));
    const sin = Float64Array.from({ length: half }, (_, k) => Math.sin((2 * Math.PI * k) / n));
    return { rev, cos, sin };
  });
}

/** In place radix-2 FFT; n = re.length must be a power of two. sign −1 forward, +1 inverse (unscaled). */
function radix2(re: Float64Array, im: Float64Array, sign: number): void {
  const n = re.length;
  const { rev, cos, sin } = radix2Plan(n);
  for (let i = 1; i < n; i++) {
    const j = rev[i];
    if (i < j) {
      const [r, m] = [re[i], im[i]];
      re[i] = re[j];
      im[i] = im[j];
      re[j] = r;
      im[j] = m;
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const half = len >> 1;
    const stride = n / len;
    for (let k = 0; k < half; k++) {
      const wr = cos[k * stride];
      const wi = sign * sin[k * stride];
      for (let s = k; s < n; s += len) {
        const t = s + half;
        const xr = re[t] * wr - im[t] * wi;
        const xi = re[t] * wi + im[t] * wr;
        re[t] = re[s] - xr;
        im[t] = im[s] - xi;
        re[s] += xr;
        im[s] += xi;
      }
    }
  }
}

/** The chirp c[n] = e^(−sign·iπn²/N) and the FFT of its length-m circular extension, per (N, sign). */
function bluesteinPlan(n: number, sign: number) {
  return remember(bluesteinPlans, `${n},${sign}`, () => {
    let m = 1;
    while (m < 2 * n - 1) m <<= 1;
    const cr = new Float64Array(n);
    const ci = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      // k² mod 2N in integers: the angle πk²/N loses all precision for large k otherwise.
      const a = (Math.PI * ((k * k) % (2 * n))) / n;
      cr[k] = Math.cos(a);
      ci[k] = -sign * Math.sin(a);
    }
    const br = new Float64Array(m);
    const bi = new Float64Array(m);
    br[0] = cr[0];
    bi[0] = ci[0];
    for (let k = 1; k < n; k++) {
      br[k] = br[m - k] = cr[k];
      bi[k] = bi[m - k] = ci[k];
    }
    radix2(br, bi, -1);
    return { m, cr, ci, br, bi };
  });
}

/** Bluestein: X[k] = c̄[k]·Σ (x[n]·c̄[n])·c[k−n], the convolution done by three power-of-two FFTs (one cached). */
function bluestein(re: Float64Array, im: Float64Array, sign: number): void {
  const n = re.length;
  const { m, cr, ci, br, bi } = bluesteinPlan(n, sign);
  const ar = new Float64Array(m);
  const ai = new Float64Array(m);
  for (let k = 0; k < n; k++) {
    ar[k] = re[k] * cr[k] + im[k] * ci[k];
    ai[k] = im[k] * cr[k] - re[k] * ci[k];
  }
  radix2(ar, ai, -1);
  for (let k = 0; k < m; k++) {
    const r = ar[k] * br[k] - ai[k] * bi[k];
    ai[k] = ar[k] * bi[k] + ai[k] * br[k];
    ar[k] = r;
  }
  radix2(ar, ai, 1);
  for (let k = 0; k < n; k++) {
    const r = ar[k] / m;
    const i = ai[k] / m;
    re[k] = r * cr[k] + i * ci[k];
    im[k] = i * cr[k] - r * ci[k];
  }
}

function transformInPlace(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  if (n <= 1) return;
  const sign = inverse ? 1 : -1;
  if (isPow2(n)) radix2(re, im, sign);
  else bluestein(re, im, sign);
  if (inverse) {
    for (let k = 0; k < n; k++) {
      re[k] /= n;
      im[k] /= n;
    }
  }
}

/** 1-D DFT of any length n (radix-2 when n is a power of two, Bluestein otherwise). inverse scales by 1/n. Returns new arrays. */
export function fft(x: Complex, inverse = false): Complex {
  if (x.re.length !== x.im.length) throw new Error(`fft: re has ${x.re.length} values, im ${x.im.length}`);
  const re = Float64Array.from(x.re);
  const im = Float64Array.from(x.im);
  transformInPlace(re, im, inverse);
  return { re, im };
}

/** 2-D DFT of a row-major h×w array: rows then columns. inverse scales by 1/(h·w). */
export function fft2d(x: Complex, h: number, w: number, inverse = false): Complex {
  if (x.re.length !== h * w || x.im.length !== h * w) throw new Error(`fft2d: expected ${h}×${w} = ${h * w} values, got ${x.re.length} and ${x.im.length}`);
  const re = Float64Array.from(x.re);
  const im = Float64Array.from(x.im);
  for (let i = 0; i < h; i++) transformInPlace(re.subarray(i * w, (i + 1) * w), im.subarray(i * w, (i + 1) * w), inverse);
  const cr = new Float64Array(h);
  const ci = new Float64Array(h);
  for (let j = 0; j < w; j++) {
    for (let i = 0; i < h; i++) {
      cr[i] = re[i * w + j];
      ci[i] = im[i * w + j];
    }
    transformInPlace(cr, ci, inverse);
    for (let i = 0; i < h; i++) {
      re[i * w + j] = cr[i];
      im[i * w + j] = ci[i];
    }
  }
  return { re, im };
}

/** Moves the zero frequency to the centre (numpy.fft.fftshift) of a row-major h×w real or complex plane. */
export function fftshift2d<T extends Float64Array | Float32Array>(a: T, h: number, w: number): T {
  if (a.length !== h * w) throw new Error(`fftshift2d: expected ${h}×${w} = ${h * w} values, got ${a.length}`);
  const out = a.slice() as T;
  // numpy rolls each axis by floor(n/2): element i lands at (i + floor(n/2)) mod n.
  const sh = h >> 1;
  const sw = w >> 1;
  for (let i = 0; i < h; i++) {
    const oi = ((i + sh) % h) * w;
    for (let j = 0; j < w; j++) out[oi + ((j + sw) % w)] = a[i * w + j];
  }
  return out;
}
