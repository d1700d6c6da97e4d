import { roiAlignTaps, type RoiAlignOptions, type RoiAlignTaps } from './roiAlignTaps';

/**
 * The avg-mode inner loop of `roiAlign` (inputs already checked there), written for speed.
 * Same sum as torchvision / onnxruntime, Σ over samples of Σ over 4 taps w·v, divided by
 * max(gridH·gridW, 1); it differs only in float rounding order. Two facts make it fast:
 * 1. Bilinear weights factor per axis (w = wy·wx, and the outside rule is per axis), so a bin's
 *    sum over its sample grid is Σ_r Wy(r) Σ_c Wx(c) v[r,c], with Wy, Wx summed over the bin's
 *    samples. Neighbouring samples share pixels: ~12 terms per bin instead of 16 at sr 2.
 * 2. Those terms are the same for every channel. With the image transposed to [H,W,C] a term
 *    is one contiguous multiply-add over C, and four terms share one pass over the accumulator.
 * Zero-weight taps are skipped, so a non-finite feature value that the C++ would multiply by 0
 * (giving NaN) is ignored here. Returns [K,C,outH,outW] data.
 */
export function roiAlignAvg(
  src: Float32Array, // [N,C,H,W]
  shape: { c: number; h: number; w: number; k: number },
  rois: Float32Array, // [K,4]
  batchIndices: ArrayLike<number>,
  opts: RoiAlignOptions,
): Float32Array {
  const { c, h, w, k } = shape;
  const bins = opts.outputHeight * opts.outputWidth;
  const out = new Float32Array(k * c * bins);
  const acc = new Float64Array(c);
  const images: Float32Array[] = []; // [H,W,C] copies, made on first use
  let termOffset = new Int32Array(64);
  let termWeight = new Float64Array(64);
  let taps: RoiAlignTaps | undefined;
  for (let r = 0; r < k; r++) {
    taps = roiAlignTaps(rois.subarray(4 * r, 4 * r + 4), h, w, opts, taps);
    const { binStart: rs, binPixel: rowPix, binWeight: rowW } = taps.ys;
    const { binStart: cs, binPixel: colPix, binWeight: colW } = taps.xs;
    const b = batchIndices[r];
    const img = (images[b] ??= toHwc(src, b, c, h * w));
    const most = maxRun(rs, taps.outH) * maxRun(cs, taps.outW);
    if (most + 3 > termOffset.length) {
      // +3: axpy reads four slots even for a last group of fewer terms.
      termOffset = new Int32Array(most + 3);
      termWeight = new Float64Array(most + 3);
    }
    for (let ph = 0, bin = 0; ph < taps.outH; ph++) {
      for (let pw = 0; pw < taps.outW; pw++, bin++) {
        let n = 0;
        for (let i = rs[ph]; i < rs[ph + 1]; i++) {
          for (let j = cs[pw]; j < cs[pw + 1]; j++, n++) {
            termOffset[n] = (rowPix[i] * w + colPix[j]) * c;
            termWeight[n] = rowW[i] * colW[j];
          }
        }
        acc.fill(0);
        for (let t = 0; t < n; t += 4) axpy(acc, img, c, termWeight, termOffset, t, Math.min(4, n - t));
        for (let ch = 0, o = r * c * bins + bin; ch < c; ch++, o += bins) out[o] = acc[ch] / taps.count;
      }
    }
  }
  return out;
}

/** acc += Σ_{i<m} w[t+i]·img[off[t+i] + 0…c−1], for m ≤ 4 terms in one pass. */
function axpy(acc: Float64Array, img: Float32Array, c: number, w: Float64Array, off: Int32Array, t: number, m: number): void {
  const a0 = w[t],
    a1 = w[t + 1],
    a2 = w[t + 2],
    a3 = w[t + 3];
  const o0 = off[t],
    o1 = off[t + 1],
    o2 = off[t + 2],
    o3 = off[t + 3];
  // One straight loop per term count, so each pass over acc does up to four terms' work.
  if (m === 4) for (let ch = 0; ch < c; ch++) acc[ch] += a0 * img[o0 + ch] + a1 * img[o1 + ch] + a2 * img[o2 + ch] + a3 * img[o3 + ch];
  else if (m === 3) for (let ch = 0; ch < c; ch++) acc[ch] += a0 * img[o0 + ch] + a1 * img[o1 + ch] + a2 * img[o2 + ch];
  else if (m === 2) for (let ch = 0; ch < c; ch++) acc[ch] += a0 * img[o0 + ch] + a1 * img[o1 + ch];
  else for (let ch = 0; ch < c; ch++) acc[ch] += a0 * img[o0 + ch];
}

/** Longest run in a CSR start array: the most entries any bin has. */
function maxRun(start: Int32Array, bins: number): number {
  let m = 0;
  for (let b = 0; b < bins; b++) m = Math.max(m, start[b + 1] - start[b]);
  return m;
}

/** Image b of [N,C,H,W] as [H,W,C], so one pixel's channels are contiguous. */
function toHwc(src: Float32Array, b: number, c: number, hw: number): Float32Array {
  if (c === 1) return src.subarray(b * hw, (b + 1) * hw);
  const out = new Float32Array(c * hw);
  for (let ch = 0, s = b * c * hw; ch < c; ch++) {
    for (let p = 0; p < hw; p++, s++) out[p * c + ch] = src[s];
  }
  return out;
}
