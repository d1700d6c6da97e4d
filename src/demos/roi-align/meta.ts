import type { DemoMeta } from '../types';
import { UPLOAD_NOT_IN_LINKS, defineParams, type ParamValues } from '../params';
import { roiAlignGeometry } from '../../kernels/roiAlignGeometry';
import { roiAlignTaps } from '../../kernels/roiAlignTaps';
import { normalizeBox } from '../shared/normalizeBox';

const MAX_SAMPLE_STEPS = 48;

/** Image side in pixels: divisible by every stride offered, so each feature map is whole. */
export const IMAGE_SIZE = 128;
export const STRIDES = [1, 4, 8, 16] as const;
/** Smallest RoI side in image pixels: a box is never empty or inverted (a link, a drag or a key). */
export const MIN_ROI = 1;

export const roiAlignParams = defineParams({
  image: {
    type: 'enum',
    default: 'shapes',
    options: [['shapes', 'shapes (sample)'], 'gradient', ['checker', 'checkerboard'], ['draw', 'draw your own'], ['upload', 'your upload']],
    label: 'Image',
    unrestorable: UPLOAD_NOT_IN_LINKS,
  },
  feature: { type: 'enum', default: 'luminance', options: ['luminance', 'red', 'edges-x', 'edges-y', 'blur'], label: 'Feature channel' },
  stride: { type: 'enum', default: 8, options: STRIDES, label: 'Stride (spatial scale = 1/stride)', unit: 'px' },
  x1: { type: 'number', default: 51, min: 0, max: IMAGE_SIZE, step: 0.25, label: 'x1', unit: 'px' },
  y1: { type: 'number', default: 34, min: 0, max: IMAGE_SIZE, step: 0.25, label: 'y1', unit: 'px' },
  x2: { type: 'number', default: 91, min: 0, max: IMAGE_SIZE, step: 0.25, label: 'x2', unit: 'px' },
  y2: { type: 'number', default: 74, min: 0, max: IMAGE_SIZE, step: 0.25, label: 'y2', unit: 'px' },
  out: { type: 'int', default: 3, min: 1, max: 14, label: 'Output size', unit: 'bins per side' },
  ratio: { type: 'int', default: 2, min: 0, max: 4, label: 'Sampling ratio (0 = adaptive)' },
  aligned: { type: 'bool', default: true, label: 'Aligned (−½ cell, torchvision aligned=True)' },
  mode: { type: 'enum', default: 'avg', options: ['avg', 'max'], label: 'Pooling' },
  sample: { type: 'int', default: -1, min: -1, max: 14 * 14 * 64, label: 'Selected sample (−1: none)' },
});

/** Samples the current settings take: outH·outW·gridH·gridW (the per-axis taps only, cheap enough for every drag). */
export function sampleCount(v: ParamValues<typeof roiAlignParams>): number {
  const side = IMAGE_SIZE / v.stride;
  const t = roiAlignTaps([v.x1, v.y1, v.x2, v.y2], side, side, {
    outputHeight: v.out,
    outputWidth: v.out,
    spatialScale: 1 / v.stride,
    samplingRatio: v.ratio,
    aligned: v.aligned,
  });
  return t.outH * t.outW * t.gridH * t.gridW;
}

export const roiAlignMeta: DemoMeta<typeof roiAlignParams> = {
  id: 'roi-align',
  title: 'RoIAlign: bilinear sampling without rounding',
  claim: 'RoIAlign never rounds: every output is an average of bilinear samples, so the pooled features stay aligned with the box.',
  questions: ['model-architecture/mask-r-cnn', 'segmentation-detection/yolo-mask-rcnn'],
  params: roiAlignParams,
  repair: (v) => normalizeBox(v, MIN_ROI, IMAGE_SIZE),
  limits: (v) => {
    const n = sampleCount(v);
    return { sample: { max: n - 1, why: `these settings have ${n} samples, numbered from 0` } };
  },
  steps: (v) => {
    const stride = v.stride;
    const side = IMAGE_SIZE / stride;
    const g = roiAlignGeometry([v.x1, v.y1, v.x2, v.y2], side, side, {
      outputHeight: v.out,
      outputWidth: v.out,
      spatialScale: 1 / stride,
      samplingRatio: v.ratio,
      aligned: v.aligned,
    });
    // One step per sample, bin by bin, for the first bins (a whole 7×7 walk is hundreds of presses).
    const shown = g.samples.slice(0, MAX_SAMPLE_STEPS);
    return [
      { say: `The RoI (${v.x2 - v.x1}×${v.y2 - v.y1} px) over the feature grid: one cell is ${stride}×${stride} image pixels.`, patch: { sample: -1 } },
      ...shown.map((s, i) => {
        const bin = g.bins[s.bin];
        return {
          say: `Bin (${bin.row}, ${bin.col}), sample ${(i % (g.gridH * g.gridW)) + 1} of ${g.gridH * g.gridW} at (${s.x.toFixed(2)}, ${s.y.toFixed(2)}): four neighbours, weighted, added to the bin.`,
          patch: { sample: i },
        };
      }),
      { say: 'Every bin: the RoIAlign output. RoIPool (right) first snapped the box to whole cells.', patch: { sample: -1 } },
    ];
  },
};
