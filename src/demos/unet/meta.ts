import type { DemoMeta } from '../types';
import { defineParams } from '../params';

/**
 * Scenes come from a shapes-world stream the shipped models never trained on (they trained and
 * validated on stream 1), so every scene the demo shows is held-out data.
 */
export const DEMO_STREAM = 2025;
export const PROB_CLASSES = ['circle', 'square', 'triangle', 'background'] as const;
export const BLOCKS = ['none', 'enc1', 'enc2', 'enc3', 'mid', 'dec3', 'dec2', 'dec1', 'logits', 'skip1', 'skip2', 'skip3'] as const;

export const unetParams = defineParams({
  scene: { type: 'int', default: 39, min: 0, max: 9999, label: `Scene (held-out stream ${DEMO_STREAM})` },
  noise: { type: 'number', default: 0.03, min: 0, max: 0.3, step: 0.01, label: 'Pixel noise σ (trained at 0.03)' },
  prob: { type: 'enum', default: 'triangle', options: PROB_CLASSES, label: 'Probability map of' },
  compare: { type: 'bool', default: false, label: 'Compare with the same network trained without skip connections' },
  block: { type: 'enum', default: 'none', options: BLOCKS, label: 'Selected block of the schematic' },
});

export const unetMeta: DemoMeta<typeof unetParams> = {
  id: 'unet',
  title: 'U-Net: skip connections carry the detail',
  claim: "Skip connections carry the encoder's fine detail to the decoder: without them the mask's edges blur.",
  questions: ['model-architecture/u-net'],
  params: unetParams,
  steps: () => [
    {
      say: 'A held-out 32×32 scene and the trained U-Net’s mask beside the ground truth; per-class IoU is computed live for this one image.',
      patch: { compare: false, block: 'none', noise: 0.03, prob: 'triangle' },
    },
    {
      say: 'P(triangle) at every pixel: near 1 inside, near 0 outside, with a thin uncertain band on the edges; the few wrong pixels sit in that band.',
      patch: { prob: 'triangle' },
    },
    {
      say: 'The encoder halves the resolution three times: the bottleneck sees the scene as 4×4 cells of 64 channels, each with a receptive field larger than the image. It knows what is there, not exactly where.',
      patch: { block: 'mid' },
    },
    {
      say: 'Skip 1 concatenates encoder 1’s full-resolution 32×32×8 map onto the upsampled decoder map: the fine detail the bottleneck no longer has.',
      patch: { block: 'skip1' },
    },
    {
      say: 'The same network trained the same way without its three concatenations: the uncertain band along the edges widens, whole edges land a pixel off, and the IoU drops.',
      patch: { compare: true, block: 'none' },
    },
    {
      say: 'Noise five times stronger than in training (σ = 0.15): both models degrade, since neither saw such images; skips bring detail, not robustness.',
      patch: { compare: true, noise: 0.15 },
    },
  ],
};
