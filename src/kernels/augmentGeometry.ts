import type { Random } from './random';

/**
 * The geometry of augmentation: how an image's boxes and masks follow a geometric transform, so
 * labels stay true (the augmentation demo). Coordinates are continuous pixel edges: pixel (i, j)
 * covers [j, j+1] × [i, i+1], its centre is (j + ½, i + ½), boxes are [x1, y1, x2, y2] in the same units.
 * A transform is an affine map [a, b, c, d, e, f]: x' = a·x + b·y + c, y' = d·x + e·y + f.
 * Masks are resampled by nearest neighbour through the inverse map at output pixel centres (labels
 * must not blend); a box maps to the axis-aligned box of its four mapped corners, clipped to the output.
 */
export type Affine = [number, number, number, number, number, number];

export const hflip = (width: number): Affine => [-1, 0, width, 0, 1, 0];

/** Rotation by `angle` radians (counter-clockwise on screen, y down) about (cx, cy). */
export function rotation(angle: number, cx: number, cy: number): Affine {
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return [c, s, cx - c * cx - s * cy, -s, c, cy + s * cx - c * cy];
}

/** The crop {x, y, w, h} of the input scaled to an outW × outH output. */
export function cropResize(crop: { x: number; y: number; w: number; h: number }, outW: number, outH: number): Affine {
  const [sx, sy] = [outW / crop.w, outH / crop.h];
  return [sx, 0, -crop.x * sx, 0, sy, -crop.y * sy];
}

/** q after p: x ↦ q(p(x)). */
export function compose(p: Affine, q: Affine): Affine {
  return [
    q[0] * p[0] + q[1] * p[3],
    q[0] * p[1] + q[1] * p[4],
    q[0] * p[2] + q[1] * p[5] + q[2],
    q[3] * p[0] + q[4] * p[3],
    q[3] * p[1] + q[4] * p[4],
    q[3] * p[2] + q[4] * p[5] + q[5],
  ];
}

export function invert(A: Affine): Affine {
  const det = A[0] * A[4] - A[1] * A[3];
  if (Math.abs(det) < 1e-12) throw new Error('invert: the transform is singular');
  const [a, b, d, e] = [A[4] / det, -A[1] / det, -A[3] / det, A[0] / det];
  return [a, b, -(a * A[2] + b * A[5]), d, e, -(d * A[2] + e * A[5])];
}

/**
 * Boxes [N·4] through A, clipped to the outW × outH output; boxes left with width or height below
 * `minSize` px are dropped (an object cropped away is no longer a label). Returns the kept boxes and their indices.
 */
export function transformBoxes(boxes: ArrayLike<number>, A: Affine, outW: number, outH: number, minSize = 1): { boxes: number[]; kept: number[] } {
  const out: number[] = [];
  const kept: number[] = [];
  for (let k = 0; k < boxes.length / 4; k++) {
    const [x1, y1, x2, y2] = [boxes[4 * k], boxes[4 * k + 1], boxes[4 * k + 2], boxes[4 * k + 3]];
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [x, y] of [
      [x1, y1],
      [x2, y1],
      [x1, y2],
      [x2, y2],
    ]) {
      xs.push(A[0] * x + A[1] * y + A[2]);
      ys.push(A[3] * x + A[4] * y + A[5]);
    }
    const b = [Math.max(0, Math.min(...xs)), Math.max(0, Math.min(...ys)), Math.min(outW, Math.max(...xs)), Math.min(outH, Math.max(...ys))];
    if (b[2] - b[0] >= minSize && b[3] - b[1] >= minSize) {
      out.push(...b);
      kept.push(k);
    }
  }
  return { boxes: out, kept };
}

/** A [H·W] label mask through A into outH × outW, nearest neighbour; outside the input is `fill`. */
export function warpMask(mask: ArrayLike<number>, H: number, W: number, A: Affine, outH: number, outW: number, fill = 0): Uint8Array {
  const inv = invert(A);
  const out = new Uint8Array(outH * outW);
  for (let i = 0; i < outH; i++) {
    for (let j = 0; j < outW; j++) {
      const [x, y] = [j + 0.5, i + 0.5];
      const sx = Math.floor(inv[0] * x + inv[1] * y + inv[2]);
      const sy = Math.floor(inv[3] * x + inv[4] * y + inv[5]);
      out[i * outW + j] = sx >= 0 && sx < W && sy >= 0 && sy < H ? mask[sy * W + sx] : fill;
    }
  }
  return out;
}

/**
 * torchvision RandomResizedCrop.get_params (scale (0.08, 1), ratio (3/4, 4/3) by default): ten
 * tries at a random area share and log-uniform aspect ratio, else the centre crop with the ratio
 * clamped. Returns the crop in integer pixels.
 */
export function randomResizedCrop(rand: Random, H: number, W: number, scale: [number, number] = [0.08, 1], ratio: [number, number] = [3 / 4, 4 / 3]) {
  const area = H * W;
  const [lr0, lr1] = [Math.log(ratio[0]), Math.log(ratio[1])];
  for (let attempt = 0; attempt < 10; attempt++) {
    const target = area * (scale[0] + (scale[1] - scale[0]) * rand());
    const aspect = Math.exp(lr0 + (lr1 - lr0) * rand());
    const w = Math.round(Math.sqrt(target * aspect));
    const h = Math.round(Math.sqrt(target / aspect));
    if (w > 0 && w <= W && h > 0 && h <= H) {
      return { x: Math.floor(rand() * (W - w + 1)), y: Math.floor(rand() * (H - h + 1)), w, h, fallback: false };
    }
  }
  const inRatio = W / H;
  const [w, h] = inRatio < ratio[0] ? [W, Math.round(W / ratio[0])] : inRatio > ratio[1] ? [Math.round(H * ratio[1]), H] : [W, H];
  return { x: Math.floor((W - w) / 2), y: Math.floor((H - h) / 2), w, h, fallback: true };
}
