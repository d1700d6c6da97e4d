import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const reconstructionParams = defineParams({
  size: { type: 'enum', default: 128, options: [64, 128, [256, '256 px (slow: about 1–3 s)']], label: 'Image size', unit: 'px' },
  angles: { type: 'int', default: 90, min: 2, max: 360, label: 'Projection angles over 180°' },
  filter: { type: 'enum', default: 'ram-lak', options: { 'ram-lak': 'Ram-Lak |ω|', 'shepp-logan': 'Shepp–Logan |ω|·sinc' }, label: 'Ramp filter' },
  noise: { type: 'number', default: 0.02, min: 0, max: 0.5, step: 0.01, label: 'Projection noise σ (fraction of the peak)' },
  seed: { type: 'int', default: 2, min: 0, max: 9999, label: 'Noise seed' },
  per: { type: 'int', default: 30, min: 5, max: 80, label: 'Particles per view' },
  pnoise: { type: 'number', default: 2, min: 0, max: 5, step: 0.1, label: 'Particle noise σ (× the views’ pixel sd)' },
  classes: { type: 'int', default: 3, min: 1, max: 6, label: 'Classes' },
  iter: { type: 'int', default: 5, min: 0, max: 10, label: 'Classification iterations' },
});

export const reconstructionMeta: DemoMeta<typeof reconstructionParams> = {
  id: 'reconstruction',
  title: 'Reconstruction: back-projection, the ramp, Fourier inversion and the FRC',
  claim:
    'Back-projection alone blurs every point into a 1/r halo; the ramp filter undoes it, Fourier inversion gets the same image from the projection-slice theorem, and two independent half-sets tell you the resolution where their FRC falls to 0.143.',
  questions: ['cryo-em/preprocessing', 'cryo-em/semantic-segmentation'],
  params: reconstructionParams,
  steps: () => [
    {
      say: 'The phantom, its 90 noisy projections (the sinogram: one row per angle), and three reconstructions from them.',
      patch: { angles: 90, noise: 0.02, size: 128, filter: 'ram-lak' },
      show: 'images',
    },
    {
      say: 'Four angles: each reconstruction is four smeared strips; the ramp sharpens them but cannot invent the missing directions.',
      patch: { angles: 4 },
      show: 'images',
    },
    { say: 'Sixteen angles: the outline appears, with streaks where Fourier space has gaps between the 16 lines.', patch: { angles: 16 }, show: 'images' },
    {
      say: '180 angles: FBP and direct Fourier inversion agree with the phantom; plain back-projection is still a blur.',
      patch: { angles: 180 },
      show: 'images',
    },
    {
      say: 'The FRC of the two half-sets (even and odd angles) stays near 1 at low frequency and crosses 0.143 where they stop agreeing: the resolution.',
      show: 'frc',
    },
    {
      say: 'Noise of 15% instead of 2%: the halves disagree earlier, so the FRC crosses 0.143 at a lower frequency, a worse resolution.',
      patch: { noise: 0.15 },
      show: 'frc',
    },
    {
      say: 'Noisy, shifted particles from three views. Iteration 0: the seeds are single particles, as noisy as the rest.',
      patch: { iter: 0 },
      show: 'classes',
    },
    { say: 'One round of align-and-average: each class average already looks like a view; no single particle does.', patch: { iter: 1 }, show: 'classes' },
    {
      say: 'Five rounds: the classes are stable, each averaging about 30 aligned particles, so its noise is √30 ≈ 5.5 times lower.',
      patch: { iter: 5 },
      show: 'classes',
    },
  ],
};
