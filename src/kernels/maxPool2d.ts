import { assertRank, type Tensor } from './tensor';
import { convWindow, validRange } from './convWindow';

/**
 * 2-D max pooling with the semantics of ONNX `MaxPool` (ceil_mode 0, dilation 1, the Y output
 * only), NCHW: x [N, C, H, W] → y [N, C, oh, ow], oh = floor((H + top + bottom − kh) / sh) + 1,
 *   y[n, c, oy, ox] = max over ky < kh, kx < kw of x[n, c, oy·sh − top + ky, ox·sw − left + kx],
 * where the padding counts as −∞ (it never wins), not as 0. Like onnxruntime, each pad must be
 * smaller than the kernel, so every window holds at least one real pixel. A NaN never wins a
 * `>` comparison, so it is skipped, as in ORT's loop. Tested against onnxruntime-web's MaxPool
 * (opset 17).
 */
export interface MaxPool2dOptions {
  kernel: [number, number];
  stride: [number, number];
  padding: [number, number, number, number]; // [top, left, bottom, right]
}

export function maxPool2d(x: Tensor, opts: MaxPool2dOptions): Tensor {
  assertRank(x, 4, 'maxPool2d input x [N,C,H,W]');
  const [n, c, h, w] = x.shape;
  const g = convWindow('maxPool2d', h, w, opts.kernel, opts);
  const { kh, kw, sh, sw, pt, pl, pb, pr, oh, ow } = g;
  if (pt >= kh || pb >= kh || pl >= kw || pr >= kw)
    throw new Error(`maxPool2d: each pad must be smaller than the kernel, got pads [${opts.padding}] for a ${kh}×${kw} kernel`);
  const out = new Float32Array(n * c * oh * ow);
  const best = new Float64Array(ow);
  const ranges = Array.from({ length: kw }, (_, kx) => validRange(w, ow, sw, kx - pl));
  for (let p = 0; p < n * c; p++) {
    const plane = p * h * w;
    for (let oy = 0; oy < oh; oy++) {
      best.fill(-Infinity);
      for (let ky = 0; ky < kh; ky++) {
        const iy = oy * sh - pt + ky;
        if (iy < 0 || iy >= h) continue;
        for (let kx = 0; kx < kw; kx++) {
          const [lo, hi] = ranges[kx];
          for (let ox = lo, s = plane + iy * w + lo * sw + kx - pl; ox < hi; ox++, s += sw) {
            const v = x.data[s];
            if (v > best[ox]) best[ox] = v;
          }
        }
      }
      out.set(best, (p * oh + oy) * ow);
    }
  }
  return { data: out, shape: [n, c, oh, ow] };
}
