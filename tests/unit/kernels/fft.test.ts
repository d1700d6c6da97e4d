import { describe, expect, it } from 'vitest';
import { fft, fft2d, fftshift2d, type Complex } from '../../../src/kernels/fft';
import { randomSeeded } from '../../../src/kernels/random';
import { dftModel } from '../../../src/models/onnx/reference/dft';
import { runOnce } from '../../../src/models/runtime/ort';

/** The DFT by its definition, O(n²), angles reduced mod n in integers so the reference itself is accurate. */
function naiveDft(x: Complex, inverse = false): Complex {
  const n = x.re.length;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const sign = inverse ? 1 : -1;
  for (let k = 0; k < n; k++) {
    for (let t = 0; t < n; t++) {
      const a = (sign * 2 * Math.PI * ((k * t) % n)) / n;
      re[k] += x.re[t] * Math.cos(a) - x.im[t] * Math.sin(a);
      im[k] += x.re[t] * Math.sin(a) + x.im[t] * Math.cos(a);
    }
    if (inverse) {
      re[k] /= n;
      im[k] /= n;
    }
  }
  return { re, im };
}

function randomComplex(n: number, seed: number): Complex {
  const rand = randomSeeded(seed);
  return { re: Float64Array.from({ length: n }, () => rand() * 2 - 1), im: Float64Array.from({ length: n }, () => rand() * 2 - 1) };
}

const maxDiff = (a: Complex, b: Complex) => {
  let m = 0;
  for (let i = 0; i < a.re.length; i++) m = Math.max(m, Math.abs(a.re[i] - b.re[i]), Math.abs(a.im[i] - b.im[i]));
  return m;
};

const SIZES = [1, 2, 3, 5, 7, 8, 12, 17, 64, 100, 127];

describe('fft', () => {
  it('has a non-empty size list', () => expect(SIZES.length).toBeGreaterThan(0));

  // Entries are sums of n terms of magnitude ≤ √2; double rounding gives errors ~ε·n·log n ≈ 1e-13
  // at n = 127. 1e-10 leaves room yet catches any wrong twiddle (which errs by O(1)).
  it.each(SIZES)('matches the DFT definition at n = %i within 1e-10, forward and inverse', (n) => {
    const x = randomComplex(n, n);
    expect(maxDiff(fft(x), naiveDft(x))).toBeLessThan(1e-10);
    expect(maxDiff(fft(x, true), naiveDft(x, true))).toBeLessThan(1e-10);
  });

  it('transforms a unit impulse to all ones and a constant to an impulse of height n (n = 12)', () => {
    const delta = { re: new Float64Array(12), im: new Float64Array(12) };
    delta.re[0] = 1;
    const y = fft(delta);
    // n = 12 goes through Bluestein, whose chirp products round: exact 1 becomes 1 ± a few ε.
    for (let k = 0; k < 12; k++) expect(Math.hypot(y.re[k] - 1, y.im[k])).toBeLessThan(1e-14);
    const c = fft({ re: new Float64Array(12).fill(1), im: new Float64Array(12) });
    expect(c.re[0]).toBeCloseTo(12, 12);
    for (let k = 1; k < 12; k++) expect(Math.hypot(c.re[k], c.im[k])).toBeLessThan(1e-12);
  });

  // ifft(fft(x)) = x up to rounding: ~1e-15 per entry; 1e-12 is generous at these sizes.
  it.each([6, 64, 255, 1000])('round-trips ifft(fft(x)) = x within 1e-12 at n = %i', (n) => {
    const x = randomComplex(n, 100 + n);
    expect(maxDiff(fft(fft(x), true), x)).toBeLessThan(1e-12);
  });

  // Parseval: Σ|x|² = (1/n)·Σ|X|², relative error at rounding level (1e-12).
  it.each([100, 128, 99])('keeps energy (Parseval) at n = %i within relative 1e-12', (n) => {
    const x = randomComplex(n, 7 * n);
    const y = fft(x);
    let ex = 0;
    let ey = 0;
    for (let i = 0; i < n; i++) {
      ex += x.re[i] ** 2 + x.im[i] ** 2;
      ey += y.re[i] ** 2 + y.im[i] ** 2;
    }
    expect(Math.abs(ey / n - ex) / ex).toBeLessThan(1e-12);
  });

  it('does not modify its input', () => {
    const x = randomComplex(10, 3);
    const copy = { re: x.re.slice(), im: x.im.slice() };
    fft(x);
    expect(maxDiff(x, copy)).toBe(0);
  });

  // ORT computes in float32 and, for lengths that are not powers of two, forms each twiddle angle
  // 2π·(k·t)/n in float, so an angle errs by about ε₃₂·2π·n (ε₃₂ ≈ 6e-8) and n such terms add up
  // like a random walk: ≈ 2π·ε₃₂·n^1.5 (measured 3.2e-4 at n = 127, 1.4e-2 at n = 1000 while our
  // result agrees with the double-precision definition there to 1e-10). Tolerance is twice that
  // model plus 1e-5, divided by n for the inverse (which scales by 1/n). A wrong twiddle, sign or
  // scale errs by O(1) per entry, far above it.
  const ortTol = (n: number, inverse: boolean) => (1e-5 + 2 * 2 * Math.PI * 6e-8 * n ** 1.5) / (inverse ? n : 1);

  it.each([
    [17, 5],
    [17, 64],
    [17, 127],
    [17, 1000],
    [20, 12],
    [20, 100],
    [20, 1024],
  ] as const)('matches onnxruntime-web DFT (opset %i) at n = %i, forward and inverse, within its float32 error', async (opset, n) => {
    const batch = 3;
    const rand = randomSeeded(opset * n);
    const data = Float32Array.from({ length: batch * n * 2 }, () => rand() * 2 - 1);
    for (const inverse of [false, true]) {
      const ref = await runOnce(dftModel(batch, n, inverse, opset), { x: { data, shape: [batch, n, 2] } });
      let err = 0;
      for (let b = 0; b < batch; b++) {
        const row = { re: new Float64Array(n), im: new Float64Array(n) };
        for (let t = 0; t < n; t++) [row.re[t], row.im[t]] = [data[(b * n + t) * 2], data[(b * n + t) * 2 + 1]];
        const y = fft(row, inverse);
        for (let k = 0; k < n; k++) {
          err = Math.max(err, Math.abs(y.re[k] - ref.y.data[(b * n + k) * 2]), Math.abs(y.im[k] - ref.y.data[(b * n + k) * 2 + 1]));
        }
      }
      expect(err).toBeLessThan(ortTol(n, inverse));
    }
  });

  // Bluestein at a size where the naive reference is still quick: rounding ~1e-13, as above.
  it('matches the DFT definition at n = 1000 (Bluestein) within 1e-10', () => {
    const x = randomComplex(1000, 1000);
    expect(maxDiff(fft(x), naiveDft(x))).toBeLessThan(1e-10);
  });
});

describe('fft2d', () => {
  /** The 2-D DFT by its definition: Σ x[s,t]·e^(−2πi(ks/h + lt/w)). */
  function naiveDft2d(x: Complex, h: number, w: number): Complex {
    const re = new Float64Array(h * w);
    const im = new Float64Array(h * w);
    for (let k = 0; k < h; k++)
      for (let l = 0; l < w; l++)
        for (let s = 0; s < h; s++)
          for (let t = 0; t < w; t++) {
            const a = -2 * Math.PI * (((k * s) % h) / h + ((l * t) % w) / w);
            re[k * w + l] += x.re[s * w + t] * Math.cos(a) - x.im[s * w + t] * Math.sin(a);
            im[k * w + l] += x.re[s * w + t] * Math.sin(a) + x.im[s * w + t] * Math.cos(a);
          }
    return { re, im };
  }

  // 35 or 64 terms of size ≤ √2 per entry: rounding ~1e-14, 1e-10 as for 1-D.
  it.each([
    [5, 7],
    [8, 8],
    [1, 6],
    [6, 1],
  ])('matches the 2-D DFT definition on a %i×%i plane within 1e-10, and round-trips', (h, w) => {
    const x = randomComplex(h * w, h * 10 + w);
    const y = fft2d(x, h, w);
    expect(maxDiff(y, naiveDft2d(x, h, w))).toBeLessThan(1e-10);
    expect(maxDiff(fft2d(y, h, w, true), x)).toBeLessThan(1e-12);
  });

  it('rejects a plane whose size disagrees with h×w', () => {
    expect(() => fft2d(randomComplex(10, 1), 3, 3)).toThrow(/3×3/);
  });
});

describe('fftshift2d', () => {
  // numpy.fft.fftshift(np.arange(6).reshape(2, 3)) = [[5, 3, 4], [2, 0, 1]] (hand-checked: roll by 1 and 1).
  it('matches numpy.fft.fftshift on arange(6).reshape(2, 3)', () => {
    expect(Array.from(fftshift2d(Float64Array.from([0, 1, 2, 3, 4, 5]), 2, 3))).toEqual([5, 3, 4, 2, 0, 1]);
  });

  it('puts the zero frequency at (h/2, w/2) on even sizes and keeps the array type', () => {
    const a = new Float32Array(16);
    a[0] = 1;
    const s = fftshift2d(a, 4, 4);
    expect(s).toBeInstanceOf(Float32Array);
    expect(s[2 * 4 + 2]).toBe(1);
  });
});
