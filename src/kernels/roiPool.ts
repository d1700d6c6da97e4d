import type { Tensor } from './tensor';
import { checkRoiInputs } from './roiInputs';

/**
 * RoIPool (Fast R-CNN), the quantising predecessor of RoIAlign, as torchvision `roi_pool`
 * (csrc/ops/cpu/roi_pool_kernel.cpp) and ONNX MaxRoiPool in onnxruntime compute it:
 * - corners round(coord·spatialScale), rounding halves away from zero (C++ std::round);
 * - box size max(x2 − x1 + 1, 1): the end pixel is inclusive, malformed boxes become 1 px;
 * - bin (ph, pw) spans rows floor(ph·bin) … ceil((ph+1)·bin) − 1 from the box start, clipped to
 *   the map, so neighbouring bins may share a row; output is the max, an empty bin gives 0.
 * Float arithmetic is rounded to float32 as the C++ does it, so bin edges land identically.
 *
 * x [N,C,H,W]; rois [K,4] (x1, y1, x2, y2) in input-image units; batchIndices [K].
 * Returns [K,C,outH,outW].
 */
export interface RoiPoolOptions {
  outputHeight: number;
  outputWidth: number;
  spatialScale?: number; // default 1
}

/** One bin as integer pixel ranges after clipping: rows y1 … y2−1, columns x1 … x2−1. */
export interface RoiPoolBin {
  row: number;
  col: number;
  y1: number;
  y2: number;
  x1: number;
  x2: number;
  empty: boolean;
}

export interface RoiPoolGeometry {
  box: { x1: number; y1: number; x2: number; y2: number }; // quantised corners, end inclusive, not clipped
  roiWidth: number; // pixels, ≥ 1
  roiHeight: number;
  binWidth: number; // roiWidth / outW, in pixels, float32
  binHeight: number;
  bins: RoiPoolBin[]; // row-major, outH·outW
}

const f = Math.fround;

/** C++ std::round: halves go away from zero (JS Math.round sends −2.5 to −2, not −3). */
function roundHalfAway(v: number): number {
  return Math.sign(v) * Math.round(Math.abs(v));
}

/** Quantised box and bins of one RoI (x1, y1, x2, y2 in input-image units) on an H×W map. */
export function roiPoolGeometry(roi: ArrayLike<number>, height: number, width: number, opts: RoiPoolOptions): RoiPoolGeometry {
  const { outputHeight: outH, outputWidth: outW } = opts;
  const scale = f(opts.spatialScale ?? 1);
  const [x1, y1, x2, y2] = [0, 1, 2, 3].map((i) => roundHalfAway(f(f(roi[i]) * scale)) || 0); // || 0: no −0
  const roiWidth = Math.max(x2 - x1 + 1, 1);
  const roiHeight = Math.max(y2 - y1 + 1, 1);
  const binWidth = f(roiWidth / outW);
  const binHeight = f(roiHeight / outH);
  const clip = (v: number, len: number) => Math.min(Math.max(v, 0), len);
  const bins: RoiPoolBin[] = [];
  for (let row = 0; row < outH; row++) {
    const by1 = clip(Math.floor(f(row * binHeight)) + y1, height);
    const by2 = clip(Math.ceil(f((row + 1) * binHeight)) + y1, height);
    for (let col = 0; col < outW; col++) {
      const bx1 = clip(Math.floor(f(col * binWidth)) + x1, width);
      const bx2 = clip(Math.ceil(f((col + 1) * binWidth)) + x1, width);
      bins.push({ row, col, y1: by1, y2: by2, x1: bx1, x2: bx2, empty: by2 <= by1 || bx2 <= bx1 });
    }
  }
  return { box: { x1, y1, x2, y2 }, roiWidth, roiHeight, binWidth, binHeight, bins };
}

export function roiPool(x: Tensor, rois: Tensor, batchIndices: ArrayLike<number>, opts: RoiPoolOptions): Tensor {
  const { outputHeight: outH, outputWidth: outW, spatialScale = 1 } = opts;
  const { c, h, w, k } = checkRoiInputs('roiPool', x, rois, batchIndices, outH, outW, spatialScale);
  const bins = outH * outW;
  const out = new Float32Array(k * c * bins);
  const src = x.data;
  for (let r = 0; r < k; r++) {
    // The bins depend on the RoI only; each channel then takes its max over the same rectangles.
    const g = roiPoolGeometry(rois.data.subarray(4 * r, 4 * r + 4), h, w, opts);
    for (let ch = 0; ch < c; ch++) {
      const plane = (batchIndices[r] * c + ch) * h * w;
      let o = (r * c + ch) * bins;
      for (const bin of g.bins) {
        let best = bin.empty ? 0 : -Infinity;
        for (let y = bin.y1; y < bin.y2; y++) {
          for (let i = plane + y * w + bin.x1, end = plane + y * w + bin.x2; i < end; i++) {
            if (src[i] > best) best = src[i]; // a comparison, as in the C++, so NaN never wins
          }
        }
        out[o++] = best;
      }
    }
  }
  return { data: out, shape: [k, c, outH, outW] };
}
