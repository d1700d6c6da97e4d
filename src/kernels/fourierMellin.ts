import { fft2d, fftshift2d } from './fft';
import { hannWindow } from './hannWindow';
import { logPolar } from './logPolar';
import { phaseCorrelate, type PhaseCorrelation, type SubpixelEstimator } from './phaseCorrelate';
import { assertRank, type Tensor } from './tensor';

export interface RotationScale {
  angle: number; // degrees in (−90, 90], positive from +x towards +y (clockwise on screen)
  scale: number; // b is a magnified by this factor
  response: number; // phase-correlation peak height in log-polar space
}

/** |FFT| of a Hann-windowed image, zero frequency centred, times Reddy & Chatterji's high-pass. */
function spectrum(img: Tensor): Tensor {
  const [h, w] = img.shape;
  const win = hannWindow(h, w);
  const f = fft2d({ re: Float64Array.from(img.data, (v, i) => v * win[i]), im: new Float64Array(h * w) }, h, w);
  const mag = fftshift2d(
    Float64Array.from(f.re, (re, i) => Math.hypot(re, f.im[i])),
    h,
    w,
  );
  // (1 − X)(2 − X), X = cos(πξ)cos(πη), ξ, η ∈ [−0.5, 0.5]: suppresses the low frequencies that
  // dominate every spectrum alike and would pin the log-polar correlation at zero shift.
  const out = new Float32Array(h * w);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const x = Math.cos(Math.PI * (i / h - 0.5)) * Math.cos(Math.PI * (j / w - 0.5));
      out[i * w + j] = mag[i * w + j] * (1 - x) * (2 - x);
    }
  }
  return { data: out, shape: [h, w] };
}

/**
 * Rotation and scale between two equal-size single-channel images [H, W] by the Fourier–Mellin
 * method (Reddy & Chatterji, IEEE TIP 5(8), 1996): translation moves only the phase of a
 * spectrum, so the magnitudes |A|, |B| differ by the rotation and by 1/scale alone; in log-polar
 * coordinates those are shifts, recovered by phase correlation. The magnitude of a real image's
 * spectrum is symmetric under 180°, so the angle is known modulo 180° and reported in (−90, 90].
 * Square images only (the rotation of the discrete spectrum is a rotation only when both axes
 * sample frequency alike). Convention: b(R_α·s·(p − c) + c) = a(p), c the image centre.
 */
export function registerRotationScale(a: Tensor, b: Tensor, subpixel: SubpixelEstimator = 'parabolic'): RotationScale {
  return fourierMellinStages(a, b, subpixel).result;
}

/** Every intermediate of registerRotationScale, for showing the method step by step. */
export interface FourierMellinStages {
  spectra: [Tensor, Tensor]; // high-passed |FFT| of a and b, zero frequency centred, [H, W]
  logPolar: [Tensor, Tensor]; // their log-polar resamplings, [4·size angles, size radii]
  correlation: PhaseCorrelation; // phase correlation of the two log-polar planes (surface [angles, radii])
  kLog: number; // log-polar columns per unit of ln r
  result: RotationScale;
}

/** registerRotationScale's computation with its stages kept; same conventions and result. */
export function fourierMellinStages(a: Tensor, b: Tensor, subpixel: SubpixelEstimator = 'parabolic'): FourierMellinStages {
  assertRank(a, 2, 'registerRotationScale a');
  const [h, w] = a.shape;
  const size = Math.min(h, w);
  if (b.shape[0] !== h || b.shape[1] !== w || h !== w)
    throw new Error(`registerRotationScale: need two square images of one size, got [${a.shape}] and [${b.shape}]`);
  // 4·size angles (0.7° a row at 128²) over the full circle, radii up to the inscribed circle.
  // Measured on 128² scenes: 2·size angles or a Hann window over the log-polar planes doubled the
  // angle error; the angle axis is periodic anyway, so it needs no window.
  const opts = { cx: w / 2, cy: h / 2, maxRadius: size / 2, angles: 4 * size, radii: size };
  const spectra: [Tensor, Tensor] = [spectrum(a), spectrum(b)];
  const la = logPolar(spectra[0], opts);
  const lb = logPolar(spectra[1], opts);
  const r = phaseCorrelate(la.image, lb.image, { subpixel, window: false });
  let angle = (r.dy * 360) / opts.angles;
  while (angle > 90) angle -= 180;
  while (angle <= -90) angle += 180;
  // b's spectrum is a's shrunk by 1/s: its log-polar copy is shifted by −kLog·ln s columns.
  const result = { angle, scale: Math.exp(-r.dx / la.kLog), response: r.response };
  return { spectra, logPolar: [la.image, lb.image], correlation: r, kLog: la.kLog, result };
}
