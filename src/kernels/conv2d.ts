import { assertRank, type Tensor } from './tensor';
import { convWindow, validRange, type ConvWindow, type WindowOptions } from './convWindow';
import { im2col } from './im2col';
import { gemm } from './gemm';
import { winograd3x3 } from './winograd3x3';

/**
 * 2-D convolution with the semantics of ONNX `Conv` (cross-correlation: the kernel is not
 * flipped), NCHW:
 *   x [N, C, H, W], w [M, C/groups, kh, kw], b [M] or null → y [N, M, oh, ow],
 *   y[n, m, oy, ox] = b[m] + Σ_{c, ky, kx} w[m, c, ky, kx] · x[n, g·C/groups + c, oy·sh − top + ky·dh, ox·sw − left + kx·dw]
 * with g = floor(m / (M/groups)), zero outside the input, pads [top, left, bottom, right] and
 * oh = floor((H + top + bottom − (kh − 1)·dh − 1) / sh) + 1 (convWindow.ts). Depthwise is
 * groups = C. Tested against onnxruntime-web's Conv (opset 17).
 *
 * Three paths, chosen per shape: with ≥ 3 output channels per group, im2col + a blocked GEMM
 * (gemm.ts), or for 3×3 stride-1 undilated kernels Winograd's F(2×2, 3×3) (winograd3x3.ts,
 * 2.25× fewer multiply-adds, the U-Net's convs); with 1–2 (depthwise), direct loops over each
 * output plane, because a GEMM with one row would waste three quarters of its 4-row
 * micro-kernel and im2col would copy the input kh·kw times for kh·kw multiply-adds per value.
 * Sums are in float64 and rounded to float32 once (Winograd also rounds its transformed weights
 * and input tiles to float32).
 * Speed at U-Net sizes (tests/bench/conv2d.bench.ts, one core): about 2.5× onnxruntime-web's
 * Conv; the limit is scalar JavaScript arithmetic against SIMD (gemm.ts).
 */
export interface Conv2dOptions extends WindowOptions {
  groups?: number; // default 1
}

export function conv2d(x: Tensor, w: Tensor, b: Tensor | null, opts: Conv2dOptions): Tensor {
  assertRank(x, 4, 'conv2d input x [N,C,H,W]');
  assertRank(w, 4, 'conv2d weight w [M,C/groups,kh,kw]');
  const [n, c, h, wd] = x.shape;
  const [m, cg, kh, kw] = w.shape;
  const groups = opts.groups ?? 1;
  if (!Number.isInteger(groups) || groups < 1 || c % groups || m % groups) {
    throw new Error(`conv2d: groups = ${groups} must be a positive integer dividing C = ${c} and M = ${m}`);
  }
  if (cg !== c / groups) throw new Error(`conv2d: weight has ${cg} input channels per group, but C/groups = ${c}/${groups} = ${c / groups}`);
  if (b && (b.shape.length !== 1 || b.shape[0] !== m)) throw new Error(`conv2d: bias must have shape [${m}], got [${b.shape}]`);
  const g = convWindow('conv2d', h, wd, [kh, kw], opts);
  const out = new Float32Array(n * m * g.oh * g.ow);
  const problem: ConvProblem = { x: x.data, w: w.data, b: b?.data ?? null, out, n, c, h, wd, m, cg, groups, mg: m / groups, g };
  if (problem.mg <= 2) convDirect(problem);
  else convGemm(problem);
  return { data: out, shape: [n, m, g.oh, g.ow] };
}

/** One conv2d call as both paths see it: raw data, the shapes above, mg = M/groups output channels per group. */
interface ConvProblem {
  x: Float32Array;
  w: Float32Array;
  b: Float32Array | null;
  out: Float32Array;
  n: number;
  c: number;
  h: number;
  wd: number;
  m: number;
  cg: number;
  groups: number;
  mg: number;
  g: ConvWindow;
}

function convGemm({ x, w, b, out, n, c, h, wd, m, cg, groups, mg, g }: ConvProblem): void {
  const p = g.oh * g.ow;
  const k = cg * g.kh * g.kw;
  // A 1×1, stride-1, unpadded conv is already a GEMM on the input planes: no unfolding.
  const pointwise = g.kh === 1 && g.kw === 1 && g.sh === 1 && g.sw === 1 && g.pt + g.pl + g.pb + g.pr === 0;
  const winograd = g.kh === 3 && g.kw === 3 && g.sh === 1 && g.sw === 1 && g.dh === 1 && g.dw === 1;
  const col = pointwise || winograd ? null : new Float32Array(k * p);
  for (let ni = 0; ni < n; ni++) {
    for (let gi = 0; gi < groups; gi++) {
      const planes = x.subarray((ni * c + gi * cg) * h * wd, (ni * c + (gi + 1) * cg) * h * wd);
      const weights = w.subarray(gi * mg * k, (gi + 1) * mg * k);
      const bias = b ? b.subarray(gi * mg, (gi + 1) * mg) : null;
      const y = out.subarray((ni * m + gi * mg) * p, (ni * m + (gi + 1) * mg) * p);
      if (winograd) winograd3x3(planes, cg, h, wd, weights, bias, mg, g, y);
      else gemm(weights, col ? im2col(planes, cg, h, wd, g, col) : planes, y, mg, k, p, bias);
    }
  }
}

function convDirect({ x, w, b, out, n, c, h, wd, m, cg, mg, g }: ConvProblem): void {
  const { kh, kw, sh, sw, dh, dw, pt, pl, oh, ow } = g;
  const acc = new Float64Array(oh * ow);
  // The valid output columns of each kernel column, hoisted out of every loop below.
  const ranges = Array.from({ length: kw }, (_, kx) => validRange(wd, ow, sw, kx * dw - pl));
  for (let ni = 0; ni < n; ni++) {
    for (let mi = 0; mi < m; mi++) {
      acc.fill(b ? b[mi] : 0);
      const c0 = Math.floor(mi / mg) * cg;
      for (let ci = 0; ci < cg; ci++) {
        const plane = (ni * c + c0 + ci) * h * wd;
        for (let ky = 0; ky < kh; ky++) {
          for (let kx = 0; kx < kw; kx++) {
            const wv = w[((mi * cg + ci) * kh + ky) * kw + kx];
            const [lo, hi] = ranges[kx];
            const dx = kx * dw - pl;
            for (let oy = 0; oy < oh; oy++) {
              const iy = oy * sh - pt + ky * dh;
              if (iy < 0 || iy >= h) continue;
              const row = oy * ow;
              for (let ox = lo, s = plane + iy * wd + lo * sw + dx; ox < hi; ox++, s += sw) acc[row + ox] += wv * x[s];
            }
          }
        }
      }
      out.set(acc, (ni * m + mi) * oh * ow);
    }
  }
}
