import { UNET_CLASSES } from './data';

/**
 * The U-Net's ONNX interface: input `image` NCHW float32 [batch, 3, S, S] in [0, 1]; outputs
 * `logits` [batch, 4, S, S] and `probs` (softmax over the class axis 1), class k = UNET_CLASSES[k].
 * A module of its own so the page can read it without pulling in the exporter.
 */
export const UNET_IO = {
  input: 'image',
  logits: 'logits',
  probs: 'probs',
  labels: [...UNET_CLASSES],
  layout: 'NCHW float32 [batch, 3, S, S], RGB in [0, 1]; outputs [batch, 4, S, S]',
} as const;
