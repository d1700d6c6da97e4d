import { validRange, type ConvWindow } from './convWindow';

/**
 * Unfolds `c` channels of one image (x: [c, h, w] view, row-major) into the patch matrix
 * col [c·kh·kw, oh·ow]: row (ci·kh + ky)·kw + kx, column oy·ow + ox holds
 * x[ci, oy·sh − top + ky·dh, ox·sw − left + kx·dw], or 0 where that falls in the padding
 * (Caffe's im2col, the layout ONNX Conv's weight [M, C/g, kh, kw] multiplies as [M, C/g·kh·kw]).
 * Every entry is written, zeros included, so `out` can be reused between calls.
 */
export function im2col(x: Float32Array, c: number, h: number, w: number, g: ConvWindow, out?: Float32Array): Float32Array {
  const { kh, kw, sh, sw, dh, dw, pt, pl, oh, ow } = g;
  const p = oh * ow;
  const col = out ?? new Float32Array(c * kh * kw * p);
  let row = 0;
  for (let ci = 0; ci < c; ci++) {
    const plane = ci * h * w;
    for (let ky = 0; ky < kh; ky++) {
      const dy = ky * dh - pt;
      for (let kx = 0; kx < kw; kx++, row++) {
        const dx = kx * dw - pl;
        const [lo, hi] = validRange(w, ow, sw, dx); // hoisted: the same columns are valid on every row
        let d = row * p;
        for (let oy = 0; oy < oh; oy++, d += ow) {
          const iy = oy * sh + dy;
          if (iy < 0 || iy >= h) {
            col.fill(0, d, d + ow);
            continue;
          }
          if (lo > 0) col.fill(0, d, d + lo);
          if (hi < ow) col.fill(0, d + hi, d + ow);
          for (let ox = lo, s = plane + iy * w + lo * sw + dx; ox < hi; ox++, s += sw) col[d + ox] = x[s];
        }
      }
    }
  }
  return col;
}
