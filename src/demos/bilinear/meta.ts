import type { DemoMeta } from '../types';
import { defineParams } from '../params';
import { COORDINATE_MODES } from '../../kernels/resize';
import { PATTERNS } from './patterns';

export const bilinearParams = defineParams({
  mode: { type: 'enum', default: 'half_pixel', options: COORDINATE_MODES, label: 'Highlighted convention' },
  pattern: { type: 'enum', default: 'gradient', options: PATTERNS, label: 'Input pattern' },
  inSize: { type: 'int', default: 4, min: 1, max: 8, label: 'Input size', unit: 'px' },
  outSize: { type: 'int', default: 10, min: 1, max: 32, label: 'Output size', unit: 'px' },
  px: { type: 'int', default: 0, min: 0, max: 31, label: 'Output column' },
  py: { type: 'int', default: 0, min: 0, max: 31, label: 'Output row' },
});

export const bilinearMeta: DemoMeta<typeof bilinearParams> = {
  id: 'bilinear',
  title: 'Bilinear interpolation under four coordinate conventions',
  claim: 'The same bilinear formula gives four different images: only the mapping from output pixel to source coordinate changes.',
  questions: ['image-processing/techniques', 'model-architecture/mask-r-cnn'],
  params: bilinearParams,
  limits: (v) => ({
    px: { max: v.outSize - 1, why: `the output is ${v.outSize} px wide` },
    py: { max: v.outSize - 1, why: `the output is ${v.outSize} px high` },
  }),
  steps: (v) => {
    const last = v.outSize - 1;
    return [
      {
        say: 'Half-pixel: output pixel 0 samples at (0 + 0.5)/s − 0.5, left of the first input pixel, so it is clamped to 0.',
        patch: { mode: 'half_pixel', px: 0, py: 0 },
      },
      {
        say: 'Align-corners: pixel 0 samples exactly input 0, and the last pixel exactly the last input pixel.',
        patch: { mode: 'align_corners', px: 0, py: 0 },
      },
      {
        say: 'Align-corners at the far corner: the corner values are copied, the spacing between samples is (in−1)/(out−1).',
        patch: { mode: 'align_corners', px: last, py: last },
      },
      {
        say: 'Asymmetric (legacy TF): x/s drifts right; the last output pixels read past the edge and repeat it.',
        patch: { mode: 'asymmetric', px: last, py: last },
      },
      { say: 'Half-pixel at the far corner: symmetric with pixel 0, clamped to the last input pixel.', patch: { mode: 'half_pixel', px: last, py: last } },
      {
        say: 'Output size 1: half_pixel samples the centre, pytorch_half_pixel samples input 0.',
        patch: { mode: 'pytorch_half_pixel', outSize: 1, px: 0, py: 0 },
      },
    ];
  },
};
