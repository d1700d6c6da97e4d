import { invert, type Affine } from '../../../kernels/augmentGeometry';

/**
 * A CHW float image through the affine map A (output pixel centres pulled back through A⁻¹),
 * bilinear inside the input, `fill` outside: the image half of a geometric augmentation, in the
 * pixel-edge convention of augmentGeometry (its masks go nearest-neighbour through warpMask).
 */
export function warpImage(image: Float32Array, C: number, H: number, W: number, A: Affine, outH: number, outW: number, fill = 0): Float32Array {
  const inv = invert(A);
  const out = new Float32Array(C * outH * outW).fill(fill);
  for (let i = 0; i < outH; i++) {
    for (let j = 0; j < outW; j++) {
      const [x, y] = [j + 0.5, i + 0.5];
      // Back to continuous input coordinates, then to pixel-centre indices for the bilinear taps.
      const sx = inv[0] * x + inv[1] * y + inv[2] - 0.5;
      const sy = inv[3] * x + inv[4] * y + inv[5] - 0.5;
      if (sx < -0.5 || sy < -0.5 || sx > W - 0.5 || sy > H - 0.5) continue;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const [fx, fy] = [sx - x0, sy - y0];
      const xa = Math.max(0, x0);
      const xb = Math.min(W - 1, x0 + 1);
      const ya = Math.max(0, y0);
      const yb = Math.min(H - 1, y0 + 1);
      for (let c = 0; c < C; c++) {
        const p = c * H * W;
        const top = image[p + ya * W + xa] * (1 - fx) + image[p + ya * W + xb] * fx;
        const bot = image[p + yb * W + xa] * (1 - fx) + image[p + yb * W + xb] * fx;
        out[c * outH * outW + i * outW + j] = top * (1 - fy) + bot * fy;
      }
    }
  }
  return out;
}

/** Tight [x1, y1, x2, y2] of a mask's nonzero pixels (pixel edges, x2/y2 exclusive), or null when empty. */
export function maskBounds(mask: ArrayLike<number>, H: number, W: number): [number, number, number, number] | null {
  let [x1, y1, x2, y2] = [W, H, 0, 0];
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      if (!mask[i * W + j]) continue;
      x1 = Math.min(x1, j);
      y1 = Math.min(y1, i);
      x2 = Math.max(x2, j + 1);
      y2 = Math.max(y2, i + 1);
    }
  }
  return x2 > x1 ? [x1, y1, x2, y2] : null;
}
