import type { DemoMeta } from '../types';
import { defineParams } from '../params';

/** Side of both images. */
export const SIZE = 128;
export const MAX_ITERATIONS = 2000; // OpenCV findHomography's default cap

export const registrationParams = defineParams({
  view: {
    type: 'enum',
    default: 'phase',
    options: { phase: 'phase correlation (shift)', mellin: 'Fourier–Mellin (rotation, scale)', ransac: 'features + RANSAC (homography)' },
    label: 'Method',
  },
  scene: { type: 'enum', default: 'blobs', options: { blobs: 'random blobs (texture)', shapes: 'shapes world' }, label: 'Scene' },
  dx: { type: 'number', default: 6.5, min: -24, max: 24, step: 0.25, label: 'True shift x (b moved right)', unit: 'px' },
  dy: { type: 'number', default: -3.25, min: -24, max: 24, step: 0.25, label: 'True shift y (b moved down)', unit: 'px' },
  angle: { type: 'number', default: 0, min: -60, max: 60, step: 0.5, label: 'True rotation (clockwise on screen)', unit: '°' },
  scale: { type: 'number', default: 1, min: 0.75, max: 1.35, step: 0.01, label: 'True scale (b magnified by)' },
  noise: { type: 'number', default: 0.1, min: 0, max: 1.5, step: 0.05, label: 'Noise (σ relative to the image’s σ)' },
  window: { type: 'bool', default: true, label: 'Hann window before the FFT' },
  subpixel: {
    type: 'enum',
    default: 'parabolic',
    options: { none: 'none (integer peak)', parabolic: 'parabola through 3 values', sinc: 'sinc fit (Foroosh et al. 2002)', centroid: '5×5 centroid (OpenCV)' },
    label: 'Sub-pixel peak',
  },
  outliers: { type: 'number', default: 0.4, min: 0, max: 0.85, step: 0.05, label: 'Share of false matches added' },
  threshold: { type: 'number', default: 2, min: 0.5, max: 8, step: 0.5, label: 'Inlier threshold', unit: 'px' },
  confidence: { type: 'enum', default: 0.99, options: [0.9, 0.95, 0.99, 0.995, 0.999], label: 'Confidence p' },
  seed: { type: 'int', default: 1, min: 1, max: 99, label: 'RANSAC seed' },
  iter: { type: 'int', default: MAX_ITERATIONS, min: 1, max: MAX_ITERATIONS, label: 'Show iteration' },
});

export const registrationMeta: DemoMeta<typeof registrationParams> = {
  id: 'registration',
  title: 'Image registration: phase correlation, Fourier–Mellin and RANSAC',
  claim:
    'A shift is a phase ramp in Fourier space, so the normalised cross-power spectrum turns it into one sharp peak; rotation and scale become shifts in log-polar coordinates; and RANSAC finds the few correct feature matches by sampling until N = log(1 − p)/log(1 − w⁴) draws make an all-inlier sample likely.',
  questions: ['image-processing/registration'],
  params: registrationParams,
  steps: () => [
    {
      say: 'b is a moved by (6.5, −3.25) px. Phase correlation gives one sharp peak at the shift; a parabola through it and its neighbours gives the fraction.',
      patch: { view: 'phase', scene: 'blobs', dx: 6.5, dy: -3.25, angle: 0, scale: 1, noise: 0.1, window: true, subpixel: 'parabolic' },
      show: 'surface',
    },
    { say: 'The integer peak alone gives whole pixels only: (6, −3), half a pixel off in x.', patch: { subpixel: 'none' } },
    { say: 'Without noise, the sinc fit (Foroosh et al. 2002), exact for an ideal peak, lands within about 0.05 px.', patch: { subpixel: 'sinc', noise: 0 } },
    {
      say: 'Add noise of 0.1 × the image’s σ: the sinc fit trusts the ratio of two small neighbours and drifts by about 0.2 px; compare the parabola.',
      patch: { noise: 0.1 },
    },
    {
      say: 'Noise as strong as the image itself (σ × 1): the peak sinks to a few percent of its height but still marks the shift.',
      patch: { subpixel: 'parabolic', noise: 1 },
    },
    { say: 'Rotate b by 8°: a rotation is not a shift; the peak collapses and lands pixels away from the truth.', patch: { noise: 0.1, angle: 8 } },
    {
      say: 'Fourier–Mellin: |FFT| ignores the shift; in log-polar coordinates the 8° rotation and a 1.15× scale become a shift, which phase correlation finds.',
      patch: { view: 'mellin', scale: 1.15 },
      show: 'mellin',
    },
    {
      say: 'Features + RANSAC, 40% of the matches false. Iteration 1: a random sample of 4 matches (yellow) and the inliers of the best model so far.',
      patch: { view: 'ransac', angle: 4, scale: 1.05, outliers: 0.4, iter: 1 },
      show: 'ransac',
    },
    { say: 'Iteration 3: each better sample lowers the budget N = log(1 − p)/log(1 − w⁴), w the best inlier ratio so far.', patch: { iter: 3 } },
    { say: 'The last iteration: RANSAC stops when the count reaches N; the refit on all inliers gives the final homography.', patch: { iter: MAX_ITERATIONS } },
    { say: '70% false matches: w⁴ falls below 0.01, so N climbs to hundreds of draws.', patch: { outliers: 0.7 } },
  ],
};
