import { axisInside, roiAlignTaps, type RoiAlignOptions, type RoiAlignTaps } from './roiAlignTaps';

/**
 * RoIAlign seen per sample: every bilinear sample with its four neighbours and weights.
 * `sampleTaps` (typed arrays) feeds the max modes of `roiAlign`; `roiAlignGeometry` (objects:
 * box, bins, samples) feeds the demo's drawing. Both expand the per-axis taps of roiAlignTaps.ts,
 * which the avg kernel multiplies directly, so the picture cannot drift from the numbers.
 *
 * Coordinates are feature-map units (input-image units × spatialScale, minus ½ when aligned),
 * in which pixel (r, c) has its centre at (x = c, y = r) and covers [c−½, c+½] × [r−½, r+½].
 */

/** The four taps of every 2-D sample, bin-major: s = ((ph·outW + pw)·gridH + iy)·gridW + ix. */
export interface SampleTaps {
  samples: number; // outH·outW·gridH·gridW; the arrays may be longer (reused buffers)
  index: Int32Array; // 4 per sample, within one H×W plane: (yLo,xLo), (yLo,xHi), (yHi,xLo), (yHi,xHi)
  weight: Float32Array; // 4 per sample, same order; all 0 (and index 0) for a sample outside the map
}

/** Expands the per-axis taps into per-sample taps (for max modes and for drawing). */
export function sampleTaps(t: RoiAlignTaps, into?: SampleTaps): SampleTaps {
  const { xs, ys, gridH, gridW, outH, outW, width } = t;
  const samples = outH * outW * gridH * gridW;
  const fits = into !== undefined && into.weight.length >= 4 * samples;
  const index = fits ? into.index : new Int32Array(4 * samples);
  const weight = fits ? into.weight : new Float32Array(4 * samples);
  let k = 0;
  for (let ph = 0; ph < outH; ph++) {
    for (let pw = 0; pw < outW; pw++) {
      for (let sy = ph * gridH; sy < (ph + 1) * gridH; sy++) {
        for (let sx = pw * gridW; sx < (pw + 1) * gridW; sx++, k += 4) {
          // The C++ points an outside sample's taps at pixel 0 (weight 0); so do we.
          const inside = axisInside(ys.coord[sy], t.height) && axisInside(xs.coord[sx], width);
          const yLo = inside ? ys.lo[sy] * width : 0;
          const yHi = inside ? ys.hi[sy] * width : 0;
          const xLo = inside ? xs.lo[sx] : 0;
          const xHi = inside ? xs.hi[sx] : 0;
          index[k] = yLo + xLo;
          index[k + 1] = yLo + xHi;
          index[k + 2] = yHi + xLo;
          index[k + 3] = yHi + xHi;
          // Products of float32 factors, rounded once: the C++ w1..w4.
          weight[k] = ys.wLo[sy] * xs.wLo[sx];
          weight[k + 1] = ys.wLo[sy] * xs.wHi[sx];
          weight[k + 2] = ys.wHi[sy] * xs.wLo[sx];
          weight[k + 3] = ys.wHi[sy] * xs.wHi[sx];
        }
      }
    }
  }
  return { samples, index, weight };
}

/** One bilinear sample, ready to draw: position, its bin, and its four neighbours with weights. */
export interface RoiSample {
  x: number; // sample position before clamping
  y: number;
  bin: number; // ph·outW + pw
  inside: boolean; // false: beyond one pixel of the border, so it contributes 0
  taps: { row: number; col: number; weight: number }[]; // (yLo,xLo), (yLo,xHi), (yHi,xLo), (yHi,xHi)
}

/** One output bin's rectangle, in feature-map coordinates. */
export interface RoiBin {
  row: number;
  col: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface RoiAlignGeometry {
  box: { x1: number; y1: number; x2: number; y2: number }; // after the min-size clamp when not aligned
  binWidth: number;
  binHeight: number;
  gridW: number; // samples per bin along x
  gridH: number;
  count: number; // avg mode divides each bin's sum by this: max(gridH·gridW, 1)
  bins: RoiBin[]; // row-major, outH·outW
  samples: RoiSample[]; // bin-major: s = ((ph·outW + pw)·gridH + iy)·gridW + ix
}

/** Geometry of `roi` (x1, y1, x2, y2 in input-image units) on an H×W feature map. */
export function roiAlignGeometry(roi: ArrayLike<number>, height: number, width: number, opts: RoiAlignOptions): RoiAlignGeometry {
  const t = roiAlignTaps(roi, height, width, opts);
  const { index, weight } = sampleTaps(t);
  const { outH, outW, gridH, gridW, xs, ys } = t;
  const bins: RoiBin[] = [];
  const samples: RoiSample[] = [];
  for (let row = 0; row < outH; row++) {
    for (let col = 0; col < outW; col++) {
      const x1 = t.startX + col * t.binWidth;
      const y1 = t.startY + row * t.binHeight;
      bins.push({ row, col, x1, y1, x2: x1 + t.binWidth, y2: y1 + t.binHeight });
      for (let iy = 0; iy < gridH; iy++) {
        for (let ix = 0; ix < gridW; ix++) {
          const [x, y] = [xs.coord[col * gridW + ix], ys.coord[row * gridH + iy]];
          const k = 4 * samples.length;
          const taps = [0, 1, 2, 3].map((j) => ({
            row: Math.floor(index[k + j] / width),
            col: index[k + j] % width,
            weight: weight[k + j],
          }));
          const inside = axisInside(x, width) && axisInside(y, height);
          samples.push({ x, y, bin: row * outW + col, inside, taps });
        }
      }
    }
  }
  const box = { x1: t.startX, y1: t.startY, x2: t.startX + t.roiWidth, y2: t.startY + t.roiHeight };
  return { box, binWidth: t.binWidth, binHeight: t.binHeight, gridW, gridH, count: t.count, bins, samples };
}
