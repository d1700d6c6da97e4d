import type { RfLayer } from '../../kernels/receptiveField';

/**
 * The shipped U-Net's deepest path (every 3×3 conv 'same', pads 1; 2×2 pools stride 2; nearest
 * ×2 upsampling): the path through the bottleneck, whose theoretical field contains those of the
 * shorter skip paths, so it is the network's field.
 */
const conv = (name: string): RfLayer => ({ kind: 'conv', kernel: [3, 3], padding: [1, 1, 1, 1], name });
const pool = (name: string): RfLayer => ({ kind: 'pool', kernel: [2, 2], stride: [2, 2], name });
const up = (name: string): RfLayer => ({ kind: 'upsample', factor: [2, 2], name });
export const UNET_DEEPEST_PATH: RfLayer[] = [
  conv('enc1_a'),
  conv('enc1_b'),
  pool('pool1'),
  conv('enc2_a'),
  conv('enc2_b'),
  pool('pool2'),
  conv('enc3_a'),
  conv('enc3_b'),
  pool('pool3'),
  conv('mid_a'),
  conv('mid_b'),
  up('up3_resize'),
  conv('up3_conv'),
  conv('dec3_a'),
  conv('dec3_b'),
  up('up2_resize'),
  conv('up2_conv'),
  conv('dec2_a'),
  conv('dec2_b'),
  up('up1_resize'),
  conv('up1_conv'),
  conv('dec1_a'),
  conv('dec1_b'),
  { kind: 'conv', kernel: [1, 1], name: 'logits' },
];
