/**
 * Where RoIAlign samples one RoI, and with which bilinear taps. The single source of truth for
 * the `roiAlign` kernel and for the demo's drawing (`roiAlignGeometry` builds on this).
 *
 * Follows torchvision `roi_align` (csrc/ops/cpu/roi_align_kernel.cpp, pre_calc_for_bilinear_interpolate),
 * which onnxruntime's RoiAlign (opset 16) shares line for line:
 * - box = roi·spatialScale − (aligned ? ½ : 0); nothing is rounded; not aligned ⇒ box size ≥ 1;
 * - grid per bin = samplingRatio, or ceil(box size / output size) when it is 0;
 * - sample (iy, ix) of bin (ph, pw) sits at start + ph·bin + (iy + ½)·bin/grid;
 * - a sample with y < −1, y > H, x < −1 or x > W has zero weights; otherwise y, x clamp to ≥ 0
 *   and a low index ≥ H−1 (W−1) snaps both taps to the last row (column).
 * Every rule acts on one axis at a time, so the taps are computed per axis and a sample's four
 * weights are products (hy·hx, hy·lx, ly·hx, ly·lx, exactly as the C++ forms them).
 * Arithmetic is rounded to float32 step by step (Math.fround) because the C++ kernels run in
 * float: a float64 sample landing on y = H, or a grid of ceil(3.0000001), would differ.
 *
 * Coordinates: feature-map pixel (r, c) has its centre at (x = c, y = r) and covers [c−½, c+½].
 */
export interface RoiAlignOptions {
  outputHeight: number;
  outputWidth: number;
  spatialScale?: number; // default 1
  samplingRatio?: number; // default 0: adaptive, ceil(roi size / output size) per axis
  aligned?: boolean; // default true: half-pixel offset (torchvision aligned=True, ONNX half_pixel)
  mode?: 'avg' | 'max'; // default 'avg'
}

/** The samples along one axis, bin-major (bin·grid + i): two taps each, zero weights if outside. */
export interface AxisTaps {
  coord: Float32Array; // sample coordinate before clamping
  lo: Int32Array;
  hi: Int32Array;
  wLo: Float32Array; // 1 − l in the C++ (hy / hx)
  wHi: Float32Array; // l (ly / lx)
  /** A bin's weight per pixel row (column), summed over its samples: CSR, zero weights left out. */
  binStart: Int32Array; // bin b owns entries binStart[b] … binStart[b+1]−1
  binPixel: Int32Array;
  binWeight: Float64Array;
}

export interface RoiAlignTaps {
  height: number; // of the feature map
  width: number;
  outH: number;
  outW: number;
  startX: number;
  startY: number;
  roiWidth: number; // after the min-size-1 clamp when not aligned
  roiHeight: number;
  binWidth: number;
  binHeight: number;
  gridW: number; // samples per bin along x (≥ 0)
  gridH: number;
  count: number; // divisor of avg mode: max(gridH·gridW, 1)
  xs: AxisTaps; // outW·gridW samples
  ys: AxisTaps; // outH·gridH samples
}

const f = Math.fround;

/** Taps of one RoI (x1, y1, x2, y2 in input-image units). Reuses `into`'s buffers (roiAlign calls this K times). */
export function roiAlignTaps(roi: ArrayLike<number>, height: number, width: number, opts: RoiAlignOptions, into?: RoiAlignTaps): RoiAlignTaps {
  const { outputHeight: outH, outputWidth: outW, samplingRatio = 0, aligned = true } = opts;
  const scale = f(opts.spatialScale ?? 1);
  const offset = aligned ? 0.5 : 0;
  const startX = f(f(f(roi[0]) * scale) - offset);
  const startY = f(f(f(roi[1]) * scale) - offset);
  let roiWidth = f(f(f(f(roi[2]) * scale) - offset) - startX);
  let roiHeight = f(f(f(f(roi[3]) * scale) - offset) - startY);
  if (!aligned) {
    // Legacy (Detectron v1) behaviour: force malformed boxes to 1×1 so the grid is never empty.
    roiWidth = Math.max(roiWidth, 1);
    roiHeight = Math.max(roiHeight, 1);
  }
  const binWidth = f(roiWidth / outW);
  const binHeight = f(roiHeight / outH);
  // An inverted box gives ceil(negative) ≤ 0: the C++ loops then run zero times, as ours do.
  const gridW = Math.max(samplingRatio > 0 ? samplingRatio : Math.ceil(binWidth), 0);
  const gridH = Math.max(samplingRatio > 0 ? samplingRatio : Math.ceil(binHeight), 0);
  return {
    height,
    width,
    outH,
    outW,
    startX,
    startY,
    roiWidth,
    roiHeight,
    binWidth,
    binHeight,
    gridW,
    gridH,
    count: Math.max(gridH * gridW, 1),
    xs: axisTaps(startX, binWidth, gridW, outW, width, into?.xs),
    ys: axisTaps(startY, binHeight, gridH, outH, height, into?.ys),
  };
}

/** Whether a coordinate is read at all on an axis of length `len` (the C++ rule, per axis). */
export function axisInside(v: number, len: number): boolean {
  return !(v < -1 || v > len);
}

function axisTaps(start: number, bin: number, grid: number, out: number, len: number, into?: AxisTaps): AxisTaps {
  const n = out * grid;
  const fits = into !== undefined && into.coord.length >= n && into.binStart.length > out;
  const t = fits ? into : allocAxis(Math.max(n, 2 * (into?.coord.length ?? 0)), out);
  const { coord, lo, hi, wLo, wHi, binStart } = t;
  let e = 0;
  for (let b = 0; b < out; b++) {
    binStart[b] = e;
    for (let i = 0; i < grid; i++) {
      const s = b * grid + i;
      const v = f(f(start + f(b * bin)) + f(f((i + 0.5) * bin) / grid));
      coord[s] = v;
      if (!axisInside(v, len)) {
        lo[s] = hi[s] = 0;
        wLo[s] = wHi[s] = 0;
        continue;
      }
      const c = Math.max(v, 0);
      let l = Math.floor(c);
      let h = l + 1;
      let frac = f(c - l);
      if (l >= len - 1) {
        l = h = len - 1;
        frac = 0;
      }
      lo[s] = l;
      hi[s] = h;
      wLo[s] = f(1 - frac);
      wHi[s] = frac;
      e = addTap(t, e, binStart[b], l, wLo[s]);
      e = addTap(t, e, binStart[b], h, frac);
    }
  }
  binStart[out] = e;
  return t;
}

/** Appends (pixel, w) to the current bin's list, merging with the previous entry when it is the same pixel. */
function addTap(t: AxisTaps, e: number, first: number, pixel: number, w: number): number {
  if (w === 0) return e;
  if (e > first && t.binPixel[e - 1] === pixel) {
    t.binWeight[e - 1] += w;
    return e;
  }
  t.binPixel[e] = pixel;
  t.binWeight[e] = w;
  return e + 1;
}

function allocAxis(cap: number, out: number): AxisTaps {
  return {
    coord: new Float32Array(cap),
    lo: new Int32Array(cap),
    hi: new Int32Array(cap),
    wLo: new Float32Array(cap),
    wHi: new Float32Array(cap),
    binStart: new Int32Array(out + 1),
    binPixel: new Int32Array(2 * cap),
    binWeight: new Float64Array(2 * cap),
  };
}
