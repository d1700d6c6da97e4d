import type { DemoMeta } from '../types';
import { defineParams } from '../params';

export const efficientnetParams = defineParams({
  expansion: { type: 'enum', default: 6, options: [1, 2, 3, 4, 6], label: 'Expansion ratio e' },
  kernel: { type: 'enum', default: 5, options: [3, 5, 7], label: 'Depthwise kernel k' },
  cin: { type: 'int', default: 40, min: 4, max: 320, step: 4, label: 'Input channels (width) cin' },
  cout: { type: 'int', default: 40, min: 4, max: 320, step: 4, label: 'Output channels cout' },
  resolution: { type: 'int', default: 28, min: 4, max: 224, label: 'Input resolution r', unit: 'px' },
  stride: { type: 'enum', default: 1, options: [1, 2], label: 'Stride s' },
  se: { type: 'bool', default: true, label: 'Squeeze-and-excitation (0.25 × cin)' },
  phi: { type: 'int', default: 1, min: 0, max: 7, label: 'Compound coefficient φ' },
  alpha: { type: 'number', default: 1.2, min: 1, max: 1.6, step: 0.01, label: 'α (depth base)' },
  beta: { type: 'number', default: 1.1, min: 1, max: 1.6, step: 0.01, label: 'β (width base)' },
  gamma: { type: 'number', default: 1.15, min: 1, max: 1.6, step: 0.01, label: 'γ (resolution base)' },
});

export const efficientnetMeta: DemoMeta<typeof efficientnetParams> = {
  id: 'efficientnet',
  title: 'EfficientNet: the MBConv block and compound scaling',
  claim:
    'An MBConv block spends almost all its multiply–adds in its two 1×1 convolutions; compound scaling grows depth, width and resolution together so that FLOPs grow by (α·β²·γ²)^φ ≈ 2^φ.',
  questions: ['model-architecture/efficientnet', 'model-architecture/trade-offs', 'model-architecture/choose-model'],
  params: efficientnetParams,
  steps: () => [
    {
      say: 'A block of B0’s stage 4 at 28×28: 40 channels expanded six times to 240, a 5×5 depthwise conv, SE squeezing to 10, projected back to 40, with a skip.',
      patch: { expansion: 6, kernel: 5, cin: 40, cout: 40, resolution: 28, stride: 1, se: true },
      show: 'block',
    },
    {
      say: 'Expansion 1 (B0’s first block type): no 1×1 expand layer, and the depthwise and project layers shrink six times. Most of the cost was in the 1×1 layers.',
      patch: { expansion: 1 },
      show: 'block',
    },
    {
      say: 'Back to e = 6 and a 3×3 kernel: the depthwise layer’s cost falls by 25/9, the block’s total barely moves. The depthwise conv is cheap at any k.',
      patch: { expansion: 6, kernel: 3 },
      show: 'block',
    },
    {
      say: 'Double the width (80 → 80): parameters and multiply–adds of the 1×1 layers grow four times (they are cin·cout), the depthwise layer’s only twice.',
      patch: { cin: 80, cout: 80 },
      show: 'block',
    },
    {
      say: 'Double the resolution to 56: multiply–adds ×4, parameters unchanged. Resolution costs compute, never weights.',
      patch: { resolution: 56 },
      show: 'block',
    },
    {
      say: 'A standard 3×3 conv with the same channels would cost k²·cin·cout per pixel; the separable pair costs k²·cin + cin·cout, a ratio of 1/cout + 1/k².',
      show: 'separable',
    },
    {
      say: 'Compound scaling: φ = 1 with the paper’s α = 1.2, β = 1.1, γ = 1.15 multiplies FLOPs by α·β²·γ² = 1.92, close to the target 2.',
      patch: { phi: 1, alpha: 1.2, beta: 1.1, gamma: 1.15 },
      show: 'scaling',
    },
    { say: 'φ = 7, B7’s coefficient: FLOPs ×1.92⁷ ≈ 96 under the formula; the published B7 has 37B/0.39B ≈ 95× B0’s.', patch: { phi: 7 }, show: 'scaling' },
    {
      say: 'Our own grid at φ = 1 on the shapes task (models/effnet-grid) picked resolution alone, α = β = 1, γ = √2 ≈ 1.41: 75% against 44% for the paper’s point, on one seed each; b1 and b2 still use the paper’s values.',
      patch: { phi: 1, alpha: 1, beta: 1, gamma: 1.41 },
      show: 'scaling',
    },
  ],
};
