/**
 * Three ways to prepare an NCHW [0, 1] RGB batch for the shipped shape classifier, which was
 * trained on raw [0, 1] pixels (models/shape-classifier/card.json, io.layout): the pipeline it was
 * trained with, one that forgot to scale bytes to [0, 1], and one that applied ImageNet's per-channel
 * mean and std (torchvision's mean (0.485, 0.456, 0.406), std (0.229, 0.224, 0.225)) it never saw.
 */
export type InputPipeline = 'as-trained' | 'bytes' | 'imagenet';

export const IMAGENET_MEAN = [0.485, 0.456, 0.406];
export const IMAGENET_STD = [0.229, 0.224, 0.225];

export function prepareInput(nchw: Float32Array, count: number, size: number, kind: InputPipeline): Float32Array {
  if (kind === 'as-trained') return nchw.slice();
  if (kind === 'bytes') return nchw.map((v) => Math.round(v * 255));
  const plane = size * size;
  const out = new Float32Array(nchw.length);
  for (let n = 0; n < count; n++) {
    for (let c = 0; c < 3; c++) {
      const base = (n * 3 + c) * plane;
      for (let p = 0; p < plane; p++) out[base + p] = (nchw[base + p] - IMAGENET_MEAN[c]) / IMAGENET_STD[c];
    }
  }
  return out;
}
