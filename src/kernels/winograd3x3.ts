import type { ConvWindow } from './convWindow';
import { gemmPacked } from './gemm';

/**
 * A 3×3, stride-1, undilated convolution of one image's group by Winograd's minimal filtering
 * F(2×2, 3×3) (Lavin & Gray, "Fast Algorithms for Convolutional Neural Networks", CVPR 2016):
 * each 2×2 output tile is Aᵀ[(G g Gᵀ) ⊙ (Bᵀ d B)]A of its 4×4 input tile d, so 16 multiplies
 * replace 36, and over all tiles and channels the multiplies become 16 GEMMs
 * [m × c]·[c × tiles], one per position ξ of the 4×4 transformed tile. 2.25× fewer
 * multiply-adds than im2col + GEMM, for a few adds per tile in the transforms.
 * The transforms' entries are 0, ±1 and ±½, so they add little rounding: outputs agree with a
 * direct sum to ~1e-6 relative (tested against onnxruntime's Conv, with conv2d's other paths).
 *
 * x: [c, h, w] view; w: [m, c, 3, 3] view; out: [m, oh, ow] view; pads from `g` (any, incl.
 * asymmetric: the input is copied into a zero-padded plane that covers whole tiles).
 */
export function winograd3x3(
  x: Float32Array,
  c: number,
  h: number,
  w: number,
  weights: Float32Array,
  bias: Float32Array | null,
  m: number,
  g: ConvWindow,
  out: Float32Array,
): void {
  const { pt, pl, oh, ow } = g;
  const ty = Math.ceil(oh / 2);
  const tx = Math.ceil(ow / 2);
  const tiles = ty * tx;
  const hp = 2 * ty + 2;
  const wp = 2 * tx + 2;

  // U_ξ = (G g Gᵀ)_ξ, 16 matrices [m × c] packed as gemmPacked's A (packRows layout);
  // G = [[1,0,0],[½,½,½],[½,−½,½],[0,0,1]]. Scalar statements throughout: array
  // destructuring in these loops allocates in V8.
  const uSize = Math.ceil(m / 4) * 4 * c;
  const u = new Float32Array(16 * uSize);
  const t = new Float64Array(12);
  for (let mi = 0; mi < m; mi++) {
    for (let ci = 0; ci < c; ci++) {
      const k = (mi * c + ci) * 9;
      for (let j = 0; j < 3; j++) {
        const g0 = weights[k + j];
        const g1 = weights[k + 3 + j];
        const g2 = weights[k + 6 + j];
        t[j] = g0;
        t[3 + j] = (g0 + g1 + g2) / 2;
        t[6 + j] = (g0 - g1 + g2) / 2;
        t[9 + j] = g2;
      }
      const at = (mi >> 2) * c * 4 + ci * 4 + (mi & 3);
      for (let i = 0; i < 4; i++) {
        const r0 = t[3 * i];
        const r1 = t[3 * i + 1];
        const r2 = t[3 * i + 2];
        const o = 4 * i * uSize + at;
        u[o] = r0;
        u[o + uSize] = (r0 + r1 + r2) / 2;
        u[o + 2 * uSize] = (r0 - r1 + r2) / 2;
        u[o + 3 * uSize] = r2;
      }
    }
  }

  // V_ξ = (Bᵀ d B)_ξ, 16 matrices [c × tiles] packed as gemmPacked's B (packColumns layout);
  // Bᵀ = [[1,0,−1,0],[0,1,1,0],[0,−1,1,0],[0,1,0,−1]].
  const stride = Math.ceil(tiles / 4) * 4 * c;
  const v = new Float32Array(16 * stride);
  const plane = new Float32Array(hp * wp);
  const q = new Float64Array(16);
  for (let ci = 0; ci < c; ci++) {
    plane.fill(0);
    for (let y = 0; y < h; y++) plane.set(x.subarray((ci * h + y) * w, (ci * h + y + 1) * w), (y + pt) * wp + pl);
    for (let a = 0; a < ty; a++) {
      for (let b = 0; b < tx; b++) {
        const base = 2 * a * wp + 2 * b;
        for (let j = 0; j < 4; j++) {
          const d0 = plane[base + j];
          const d1 = plane[base + wp + j];
          const d2 = plane[base + 2 * wp + j];
          const d3 = plane[base + 3 * wp + j];
          q[j] = d0 - d2;
          q[4 + j] = d1 + d2;
          q[8 + j] = d2 - d1;
          q[12 + j] = d1 - d3;
        }
        const tile = a * tx + b;
        for (let i = 0, o = (tile >> 2) * c * 4 + ci * 4 + (tile & 3); i < 4; i++, o += 4 * stride) {
          const e0 = q[4 * i];
          const e1 = q[4 * i + 1];
          const e2 = q[4 * i + 2];
          const e3 = q[4 * i + 3];
          v[o] = e0 - e2;
          v[o + stride] = e1 + e2;
          v[o + 2 * stride] = e2 - e1;
          v[o + 3 * stride] = e1 - e3;
        }
      }
    }
  }

  const prod = new Float32Array(16 * m * tiles);
  for (let xi = 0; xi < 16; xi++) {
    gemmPacked(
      u.subarray(xi * uSize, (xi + 1) * uSize),
      v.subarray(xi * stride, (xi + 1) * stride),
      prod.subarray(xi * m * tiles, (xi + 1) * m * tiles),
      m,
      c,
      tiles,
    );
  }

  // Y = Aᵀ M A per tile, Aᵀ = [[1,1,1,0],[0,1,−1,−1]], plus the bias; edge tiles drop what falls outside.
  const ps = m * tiles;
  for (let mi = 0; mi < m; mi++) {
    const bv = bias ? bias[mi] : 0;
    for (let a = 0; a < ty; a++) {
      for (let b = 0; b < tx; b++) {
        const o = mi * tiles + a * tx + b;
        for (let j = 0; j < 4; j++) {
          const p1 = prod[(4 + j) * ps + o];
          const p2 = prod[(8 + j) * ps + o];
          q[j] = prod[j * ps + o] + p1 + p2;
          q[4 + j] = p1 - p2 - prod[(12 + j) * ps + o];
        }
        const y0 = 2 * a;
        const x0 = 2 * b;
        const row = (mi * oh + y0) * ow + x0;
        out[row] = q[0] + q[1] + q[2] + bv;
        if (x0 + 1 < ow) out[row + 1] = q[1] - q[2] - q[3] + bv;
        if (y0 + 1 < oh) {
          out[row + ow] = q[4] + q[5] + q[6] + bv;
          if (x0 + 1 < ow) out[row + ow + 1] = q[5] - q[6] - q[7] + bv;
        }
      }
    }
  }
}
