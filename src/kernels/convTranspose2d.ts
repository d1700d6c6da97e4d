import { assertRank, type Tensor } from './tensor';
import { checkInts, validRange } from './convWindow';

/**
 * Transposed 2-D convolution with the semantics of ONNX `ConvTranspose` (group 1, dilation 1;
 * no auto_pad or output_shape: pads are explicit), NCHW:
 *   x [N, C, H, W], w [C, M, kh, kw], b [M] or null → y [N, M, oh, ow],
 *   oh = sh·(H − 1) + outputPadding_h + kh − top − bottom (likewise ow),
 *   y[n, m, iy·sh − top + ky, ix·sw − left + kx] += w[c, m, ky, kx] · x[n, c, iy, ix]
 * summed over c, iy, ix, ky, kx, plus b[m]: every input pixel scatters a copy of its kernel,
 * scaled, onto the output at stride s, and pads crop the result. Where the kernel size is not
 * divisible by the stride, neighbouring copies overlap unevenly: the checkerboard of Odena et al.
 * (REFERENCE.md §23). outputPadding (each < stride, PyTorch's rule) adds rows/columns at the
 * bottom/right, undoing part of the bottom/right crop: it is what lets kernel 3, stride 2,
 * pads 1, outputPadding 1 exactly double a size. Tested against onnxruntime-web's ConvTranspose
 * (opset 17). Groups other than 1 are not supported (not needed here).
 */
export interface ConvTranspose2dOptions {
  stride: [number, number];
  padding: [number, number, number, number]; // [top, left, bottom, right]
  outputPadding?: [number, number]; // default [0, 0]
}

export function convTranspose2d(x: Tensor, w: Tensor, b: Tensor | null, opts: ConvTranspose2dOptions): Tensor {
  assertRank(x, 4, 'convTranspose2d input x [N,C,H,W]');
  assertRank(w, 4, 'convTranspose2d weight w [C,M,kh,kw]');
  const [n, c, h, wd] = x.shape;
  const [wc, m, kh, kw] = w.shape;
  if (wc !== c) throw new Error(`convTranspose2d: weight has ${wc} input channels, x has ${c} (groups other than 1 are not supported)`);
  if (b && (b.shape.length !== 1 || b.shape[0] !== m)) throw new Error(`convTranspose2d: bias must have shape [${m}], got [${b.shape}]`);
  const [sh, sw] = opts.stride;
  const [pt, pl, pb, pr] = opts.padding;
  const [oph, opw] = opts.outputPadding ?? [0, 0];
  checkInts('convTranspose2d', 'stride', [sh, sw], 1, 2);
  checkInts('convTranspose2d', 'padding [top, left, bottom, right]', [pt, pl, pb, pr], 0, 4);
  checkInts('convTranspose2d', 'outputPadding', [oph, opw], 0, 2);
  if (oph >= sh || opw >= sw) throw new Error(`convTranspose2d: outputPadding [${oph}, ${opw}] must be smaller than the stride [${sh}, ${sw}]`);
  const oh = sh * (h - 1) + oph + kh - pt - pb;
  const ow = sw * (wd - 1) + opw + kw - pl - pr;
  if (h < 1 || wd < 1 || oh < 1 || ow < 1) throw new Error(`convTranspose2d: output would be ${oh}×${ow} for a ${h}×${wd} input`);

  const out = new Float32Array(n * m * oh * ow);
  const acc = new Float64Array(oh * ow);
  // For tap kx, input column ix lands on output column ix·sw − left + kx: the inputs that land
  // inside [0, ow) form one range, the same on every row.
  const ranges = Array.from({ length: kw }, (_, kx) => validRange(ow, wd, sw, kx - pl));
  for (let ni = 0; ni < n; ni++) {
    for (let mi = 0; mi < m; mi++) {
      acc.fill(b ? b.data[mi] : 0);
      for (let ci = 0; ci < c; ci++) {
        const plane = (ni * c + ci) * h * wd;
        for (let ky = 0; ky < kh; ky++) {
          for (let kx = 0; kx < kw; kx++) {
            const wv = w.data[((ci * m + mi) * kh + ky) * kw + kx];
            const [lo, hi] = ranges[kx];
            for (let iy = 0; iy < h; iy++) {
              const oy = iy * sh - pt + ky;
              if (oy < 0 || oy >= oh) continue;
              for (let ix = lo, o = oy * ow + lo * sw - pl + kx, s = plane + iy * wd + lo; ix < hi; ix++, o += sw, s++) acc[o] += wv * x.data[s];
            }
          }
        }
      }
      out.set(acc, (ni * m + mi) * oh * ow);
    }
  }
  return { data: out, shape: [n, m, oh, ow] };
}
