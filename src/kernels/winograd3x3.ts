import type { ConvWindow } from './convWindow';

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

  // U_ξ = (G g Gᵀ)_ξ, 16 matrices [m × c] in 4-row panels (gemm.ts's packRows layout);
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

  // V_ξ = (Bᵀ d B)_ξ, 16 matrices [c × tiles] in 4-column panels (packColumns layout);
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

  // For each 4 output channels × 4 tiles: the 16 ξ products (a 4×4 GEMM micro-kernel over the
  // channels each), then Y = Aᵀ M A per tile, Aᵀ = [[1,1,1,0],[0,1,−1,−1]], plus the bias, while the
  // 256 sums are still in L1 and unrounded. Edge tiles drop what falls outside the output.
  const acc = new Float64Array(256);
  // prettier-ignore
  for (let tp = 0; tp < Math.ceil(tiles / 4); tp++) {
    for (let mp = 0; mp < Math.ceil(m / 4); mp++) {
      for (let xi = 0; xi < 16; xi++) {
        // gemm.ts's 4×4 micro-kernel, inlined: as a function call it costs ~8% here.
        let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        for (let ai = xi * uStride + mp * c * 4, bi = xi * stride + tp * c * 4, end = bi + c * 4; bi < end; ai += 4, bi += 4) {
          const x0 = v[bi], x1 = v[bi + 1], x2 = v[bi + 2], x3 = v[bi + 3];
          let q = u[ai];
          c00 += q * x0; c01 += q * x1; c02 += q * x2; c03 += q * x3;
          q = u[ai + 1];
          c10 += q * x0; c11 += q * x1; c12 += q * x2; c13 += q * x3;
          q = u[ai + 2];
          c20 += q * x0; c21 += q * x1; c22 += q * x2; c23 += q * x3;
          q = u[ai + 3];
          c30 += q * x0; c31 += q * x1; c32 += q * x2; c33 += q * x3;
        }
        acc[xi] = c00; acc[xi + 16] = c01; acc[xi + 32] = c02; acc[xi + 48] = c03;
        acc[xi + 64] = c10; acc[xi + 80] = c11; acc[xi + 96] = c12; acc[xi + 112] = c13;
        acc[xi + 128] = c20; acc[xi + 144] = c21; acc[xi + 160] = c22; acc[xi + 176] = c23;
        acc[xi + 192] = c30; acc[xi + 208] = c31; acc[xi + 224] = c32; acc[xi + 240] = c33;
      }
      for (let i = 0; i < 4 && mp * 4 + i < m; i++) {
        const mi = mp * 4 + i;
        const bv = bias ? bias[mi] : 0;
        for (let j = 0; j < 4 && tp * 4 + j < tiles; j++) {
          const tile = tp * 4 + j;
          const r = (i * 4 + j) * 16;
          const p00 = acc[r], p01 = acc[r + 1], p02 = acc[r + 2], p03 = acc[r + 3];
          const p10 = acc[r + 4], p11 = acc[r + 5], p12 = acc[r + 6], p13 = acc[r + 7];
          const p20 = acc[r + 8], p21 = acc[r + 9], p22 = acc[r + 10], p23 = acc[r + 11];
          const p30 = acc[r + 12], p31 = acc[r + 13], p32 = acc[r + 14], p33 = acc[r + 15];
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
  }
}

/**
 * The distance between the 16 ξ matrices, one cache line more than a matrix: each tile writes
 * all 16 and each micro-kernel pass reads all 16, and at a power-of-two distance (4096 floats for 16 channels × 256 tiles) they
 * would all map to the same L1 set, which holds 8 lines: measured 2× slower transforms.
 */
function spaced(size: number): number {
  return size + 16;
}
