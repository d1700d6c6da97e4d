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
  const uStride = spaced(uSize);
  const u = new Float32Array(16 * uStride);
  // prettier-ignore
  for (let mi = 0; mi < m; mi++) {
    for (let ci = 0, o = (mi >> 2) * c * 4 + (mi & 3); ci < c; ci++, o += 4) {
      const k = (mi * c + ci) * 9;
      const g00 = weights[k], g01 = weights[k + 1], g02 = weights[k + 2];
      const g10 = weights[k + 3], g11 = weights[k + 4], g12 = weights[k + 5];
      const g20 = weights[k + 6], g21 = weights[k + 7], g22 = weights[k + 8];
      // G g has rows g0·, b·, c·, g2·; each row then goes through G again (times Gᵀ).
      const b0 = (g00 + g10 + g20) / 2, b1 = (g01 + g11 + g21) / 2, b2 = (g02 + g12 + g22) / 2;
      const c0 = (g00 - g10 + g20) / 2, c1 = (g01 - g11 + g21) / 2, c2 = (g02 - g12 + g22) / 2;
      const s = uStride;
      u[o] = g00; u[o + s] = (g00 + g01 + g02) / 2; u[o + 2 * s] = (g00 - g01 + g02) / 2; u[o + 3 * s] = g02;
      u[o + 4 * s] = b0; u[o + 5 * s] = (b0 + b1 + b2) / 2; u[o + 6 * s] = (b0 - b1 + b2) / 2; u[o + 7 * s] = b2;
      u[o + 8 * s] = c0; u[o + 9 * s] = (c0 + c1 + c2) / 2; u[o + 10 * s] = (c0 - c1 + c2) / 2; u[o + 11 * s] = c2;
      u[o + 12 * s] = g20; u[o + 13 * s] = (g20 + g21 + g22) / 2; u[o + 14 * s] = (g20 - g21 + g22) / 2; u[o + 15 * s] = g22;
    }
  }

  // V_ξ = (Bᵀ d B)_ξ, 16 matrices [c × tiles] packed as gemmPacked's B (packColumns layout);
  // Bᵀ = [[1,0,−1,0],[0,1,1,0],[0,−1,1,0],[0,1,0,−1]].
  const vSize = Math.ceil(tiles / 4) * 4 * c;
  const stride = spaced(vSize);
  const v = new Float32Array(16 * stride);
  // Zero-padded planes that cover whole tiles, so the tile loop needs no bounds checks.
  const plane = hp * wp;
  const padded = new Float32Array(c * plane);
  for (let ci = 0; ci < c; ci++) {
    for (let y = 0; y < h; y++) padded.set(x.subarray((ci * h + y) * w, (ci * h + y + 1) * w), ci * plane + (y + pt) * wp + pl);
  }
  // Tile-major, channel-minor: each ξ's packed panel then fills sequentially. One straight-line
  // block per tile: Bᵀd down the columns (d_ij → e_ij), then the same along the rows.
  // prettier-ignore
  for (let tile = 0; tile < tiles; tile++) {
    const top = 2 * Math.floor(tile / tx) * wp + 2 * (tile % tx);
    for (let ci = 0, o = (tile >> 2) * c * 4 + (tile & 3); ci < c; ci++, o += 4) {
      const r0 = ci * plane + top, r1 = r0 + wp, r2 = r1 + wp, r3 = r2 + wp;
      const d00 = padded[r0], d01 = padded[r0 + 1], d02 = padded[r0 + 2], d03 = padded[r0 + 3];
      const d10 = padded[r1], d11 = padded[r1 + 1], d12 = padded[r1 + 2], d13 = padded[r1 + 3];
      const d20 = padded[r2], d21 = padded[r2 + 1], d22 = padded[r2 + 2], d23 = padded[r2 + 3];
      const d30 = padded[r3], d31 = padded[r3 + 1], d32 = padded[r3 + 2], d33 = padded[r3 + 3];
      const e00 = d00 - d20, e01 = d01 - d21, e02 = d02 - d22, e03 = d03 - d23;
      const e10 = d10 + d20, e11 = d11 + d21, e12 = d12 + d22, e13 = d13 + d23;
      const e20 = d20 - d10, e21 = d21 - d11, e22 = d22 - d12, e23 = d23 - d13;
      const e30 = d10 - d30, e31 = d11 - d31, e32 = d12 - d32, e33 = d13 - d33;
      v[o] = e00 - e02; v[o + stride] = e01 + e02; v[o + 2 * stride] = e02 - e01; v[o + 3 * stride] = e01 - e03;
      v[o + 4 * stride] = e10 - e12; v[o + 5 * stride] = e11 + e12; v[o + 6 * stride] = e12 - e11; v[o + 7 * stride] = e11 - e13;
      v[o + 8 * stride] = e20 - e22; v[o + 9 * stride] = e21 + e22; v[o + 10 * stride] = e22 - e21; v[o + 11 * stride] = e21 - e23;
      v[o + 12 * stride] = e30 - e32; v[o + 13 * stride] = e31 + e32; v[o + 14 * stride] = e32 - e31; v[o + 15 * stride] = e31 - e33;
    }
  }

  const ps = spaced(m * tiles);
  const prod = new Float32Array(16 * ps);
  for (let xi = 0; xi < 16; xi++) {
    gemmPacked(
      u.subarray(xi * uStride, xi * uStride + uSize),
      v.subarray(xi * stride, xi * stride + vSize),
      prod.subarray(xi * ps, xi * ps + m * tiles),
      m,
      c,
      tiles,
    );
  }

  // Y = Aᵀ M A per tile, Aᵀ = [[1,1,1,0],[0,1,−1,−1]], plus the bias; edge tiles drop what falls outside.
  // prettier-ignore
  for (let mi = 0; mi < m; mi++) {
    const bv = bias ? bias[mi] : 0;
    for (let tile = 0, o = mi * tiles; tile < tiles; tile++, o++) {
      const p00 = prod[o], p01 = prod[o + ps], p02 = prod[o + 2 * ps], p03 = prod[o + 3 * ps];
      const p10 = prod[o + 4 * ps], p11 = prod[o + 5 * ps], p12 = prod[o + 6 * ps], p13 = prod[o + 7 * ps];
      const p20 = prod[o + 8 * ps], p21 = prod[o + 9 * ps], p22 = prod[o + 10 * ps], p23 = prod[o + 11 * ps];
      const p30 = prod[o + 12 * ps], p31 = prod[o + 13 * ps], p32 = prod[o + 14 * ps], p33 = prod[o + 15 * ps];
      const s00 = p00 + p10 + p20, s01 = p01 + p11 + p21, s02 = p02 + p12 + p22, s03 = p03 + p13 + p23;
      const s10 = p10 - p20 - p30, s11 = p11 - p21 - p31, s12 = p12 - p22 - p32, s13 = p13 - p23 - p33;
      const y0 = 2 * Math.floor(tile / tx), x0 = 2 * (tile % tx);
      const at = (mi * oh + y0) * ow + x0;
      const right = x0 + 1 < ow;
      out[at] = s00 + s01 + s02 + bv;
      if (right) out[at + 1] = s01 - s02 - s03 + bv;
      if (y0 + 1 < oh) {
        out[at + ow] = s10 + s11 + s12 + bv;
        if (right) out[at + ow + 1] = s11 - s12 - s13 + bv;
      }
    }
  }
}

/**
 * The distance between the 16 ξ matrices, one cache line more than a matrix: each tile reads or
 * writes all 16, and at a power-of-two distance (4096 floats for 16 channels × 256 tiles) they
 * would all map to the same L1 set, which holds 8 lines: measured 2× slower transforms.
 */
function spaced(size: number): number {
  return size + 16;
}
