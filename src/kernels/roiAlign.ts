import type { Tensor } from './tensor';
import { checkRoiInputs } from './roiInputs';
import { roiAlignTaps, type RoiAlignOptions, type RoiAlignTaps } from './roiAlignTaps';
import { sampleTaps, type SampleTaps } from './roiAlignGeometry';
import { roiAlignAvg } from './roiAlignAvg';

export type { RoiAlignOptions } from './roiAlignTaps';
export { roiAlignGeometry } from './roiAlignGeometry';

/**
 * RoIAlign (He et al., Mask R-CNN §3): pools each RoI to outH×outW bins, each the average of a
 * grid of bilinear samples; no coordinate is ever rounded.
 *
 * x [N,C,H,W]; rois [K,4] as (x1, y1, x2, y2) in input-image units, multiplied by spatialScale
 * to reach feature-map units; batchIndices [K] picks each RoI's image. Returns [K,C,outH,outW].
 *
 * mode 'avg' matches torchvision `roi_align` (aligned true/false) and ONNX RoiAlign opset 16
 * (coordinate_transformation_mode half_pixel / output_half_pixel), as run by onnxruntime; see
 * roiAlignTaps.ts for the sampling rules. mode 'max' is the paper's and mmcv's meaning:
 * the largest *interpolated* sample per bin (samples beyond the border count as 0; an empty
 * grid gives 0). It is not ONNX's max mode; `roiAlignOnnxMax` reproduces that one.
 */
export function roiAlign(x: Tensor, rois: Tensor, batchIndices: ArrayLike<number>, opts: RoiAlignOptions): Tensor {
  const mode = opts.mode ?? 'avg';
  if (mode !== 'avg' && mode !== 'max') throw new Error(`roiAlign: mode must be 'avg' or 'max', got '${mode}'`);
  if (mode === 'max') return pool('roiAlign', x, rois, batchIndices, opts, maxBins);
  const shape = checkInputs('roiAlign', x, rois, batchIndices, opts);
  const { outputHeight: outH, outputWidth: outW } = opts;
  return { data: roiAlignAvg(x.data, shape, rois.data, batchIndices, opts), shape: [shape.k, shape.c, outH, outW] };
}

/**
 * ONNX RoiAlign mode="max" as specified and as onnxruntime computes it: per sample, the max of the
 * four *weighted* corners w_i·v_i, never the interpolated value Σ w_i·v_i (onnx/onnx#4764, ORT #6146).
 * Near a cell centre every w_i ≈ ¼, so results come out about a quarter of the expected value.
 * Kept only as a reference for tests and for the demo that explains the discrepancy.
 */
export function roiAlignOnnxMax(x: Tensor, rois: Tensor, batchIndices: ArrayLike<number>, opts: RoiAlignOptions): Tensor {
  return pool('roiAlignOnnxMax', x, rois, batchIndices, opts, onnxMaxBins);
}

function checkInputs(op: string, x: Tensor, rois: Tensor, batchIndices: ArrayLike<number>, opts: RoiAlignOptions) {
  const { outputHeight, outputWidth, spatialScale = 1, samplingRatio = 0 } = opts;
  const shape = checkRoiInputs(op, x, rois, batchIndices, outputHeight, outputWidth, spatialScale);
  if (!Number.isInteger(samplingRatio) || samplingRatio < 0) {
    throw new Error(`${op}: samplingRatio must be a non-negative integer (0 = adaptive), got ${samplingRatio}`);
  }
  return shape;
}

/** Reduces one channel plane (starting at src[plane]) of one RoI into outH·outW outputs at out[o…]. */
type ReduceBins = (src: Float32Array, plane: number, t: RoiAlignTaps, s: SampleTaps, out: Float32Array, o: number) => void;

/** The max modes need each sample's value (or corners), so they walk per-sample taps, plane by plane. */
function pool(op: string, x: Tensor, rois: Tensor, batchIndices: ArrayLike<number>, opts: RoiAlignOptions, reduce: ReduceBins): Tensor {
  const { c, h, w, k } = checkInputs(op, x, rois, batchIndices, opts);
  const bins = opts.outputHeight * opts.outputWidth;
  const out = new Float32Array(k * c * bins);
  let taps: RoiAlignTaps | undefined;
  let samples: SampleTaps | undefined;
  for (let r = 0; r < k; r++) {
    // Taps depend on the RoI only: computed once, reused for all C channels.
    taps = roiAlignTaps(rois.data.subarray(4 * r, 4 * r + 4), h, w, opts, taps);
    samples = sampleTaps(taps, samples);
    const image = batchIndices[r] * c * h * w;
    for (let ch = 0; ch < c; ch++) reduce(x.data, image + ch * h * w, taps, samples, out, (r * c + ch) * bins);
  }
  return { data: out, shape: [k, c, opts.outputHeight, opts.outputWidth] };
}

/**
 * Max over each bin's samples, where `sample` turns a sample's four weighted corners w_i·v_i
 * into its value. The two max modes differ only there: interpolate (sum) or ONNX's max.
 */
function maxOverSamples(sample: (a: number, b: number, c: number, d: number) => number): ReduceBins {
  return (src, plane, t, s, out, o) => {
    const { index: idx, weight: wt } = s;
    const per4 = 4 * t.gridH * t.gridW;
    const bins = t.outH * t.outW;
    let j = 0;
    for (let b = 0; b < bins; b++) {
      let best = per4 > 0 ? -Infinity : 0;
      for (const end = j + per4; j < end; j += 4) {
        const v = sample(
          wt[j] * src[plane + idx[j]],
          wt[j + 1] * src[plane + idx[j + 1]],
          wt[j + 2] * src[plane + idx[j + 2]],
          wt[j + 3] * src[plane + idx[j + 3]],
        );
        if (v > best) best = v;
      }
      out[o + b] = best;
    }
  };
}

const maxBins = maxOverSamples((a, b, c, d) => a + b + c + d);
const onnxMaxBins = maxOverSamples(Math.max);
