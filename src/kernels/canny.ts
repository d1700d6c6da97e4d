import { sobel } from './sobel';
import { assertRank, type Tensor } from './tensor';

export interface CannyOptions {
  apertureSize?: number; // Sobel aperture: 3 (default), 5 or 7
  l2gradient?: boolean; // magnitude √(dx² + dy²) instead of OpenCV's default |dx| + |dy|
}

/** Every stage, for showing Canny one step at a time. All planes are [H, W] row-major. */
export interface CannyStages {
  dx: Float32Array;
  dy: Float32Array;
  magnitude: Float32Array;
  /** After non-maximum suppression: 0 suppressed, 1 weak (low < m ≤ high), 2 strong (m > high). */
  classes: Uint8Array;
  /** Final edges after hysteresis: 255 edge, 0 not (OpenCV's output values). */
  edges: Uint8Array;
}

// OpenCV's fixed-point tan(22.5°): the sector test is |dy|·2^15 < |dx|·TG22, and tan(67.5°) = tan(22.5°) + 2.
const SHIFT = 1 << 15;
const TG22 = Math.round(0.41421356237309503 * SHIFT);

/**
 * Canny edges of a single-channel image [H, W], following OpenCV's `Canny` (imgproc/src/canny.cpp)
 * step for step: Sobel dx, dy with BORDER_REPLICATE; magnitude |dx| + |dy| (or L2); non-maximum
 * suppression along the gradient quantised to 0°, 45°, 90°, 135°, where a pixel must exceed its
 * first neighbour and at least equal the second (strictly exceed both on diagonals), so a
 * two-pixel plateau keeps one pixel; magnitudes outside the image count as 0. Then hysteresis: a
 * survivor with m > high is an edge, and so is any survivor with m > low 8-connected to an edge.
 * OpenCV accepts 8-bit input only; on integer-valued float images the result is the same.
 */
export function canny(img: Tensor, low: number, high: number, opts: CannyOptions = {}): CannyStages {
  assertRank(img, 2, 'canny input');
  if (low > high) [low, high] = [high, low];
  const [h, w] = img.shape;
  const ksize = opts.apertureSize ?? 3;
  if (![3, 5, 7].includes(ksize)) throw new Error(`canny: apertureSize must be 3, 5 or 7, got ${ksize}`);
  const dx = sobel(img, 1, 0, { ksize, border: 'BORDER_REPLICATE' }).data;
  const dy = sobel(img, 0, 1, { ksize, border: 'BORDER_REPLICATE' }).data;
  const magnitude = new Float32Array(h * w);
  for (let i = 0; i < h * w; i++) magnitude[i] = opts.l2gradient ? Math.hypot(dx[i], dy[i]) : Math.abs(dx[i]) + Math.abs(dy[i]);
  const mag = (i: number, j: number) => (i < 0 || i >= h || j < 0 || j >= w ? 0 : magnitude[i * w + j]);

  const classes = new Uint8Array(h * w);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const p = i * w + j;
      const m = magnitude[p];
      if (!(m > low)) continue;
      const ax = Math.abs(dx[p]);
      const ay = Math.abs(dy[p]) * SHIFT;
      const tg22x = ax * TG22;
      let keep: boolean;
      if (ay < tg22x) keep = m > mag(i, j - 1) && m >= mag(i, j + 1);
      else if (ay > tg22x + ax * 2 * SHIFT) keep = m > mag(i - 1, j) && m >= mag(i + 1, j);
      else {
        // Same signs: the gradient runs along the main diagonal (y is downwards).
        const s = dx[p] * dy[p] < 0 ? -1 : 1;
        keep = m > mag(i - 1, j - s) && m > mag(i + 1, j + s);
      }
      if (keep) classes[p] = m > high ? 2 : 1;
    }
  }

  const edges = new Uint8Array(h * w);
  const stack: number[] = [];
  for (let p = 0; p < h * w; p++) {
    if (classes[p] === 2) {
      edges[p] = 255;
      stack.push(p);
    }
  }
  while (stack.length) {
    const p = stack.pop()!;
    const i = Math.floor(p / w);
    const j = p - i * w;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        const [y, x] = [i + di, j + dj];
        if (y < 0 || y >= h || x < 0 || x >= w) continue;
        const q = y * w + x;
        if (classes[q] && !edges[q]) {
          edges[q] = 255;
          stack.push(q);
        }
      }
    }
  }
  return { dx, dy, magnitude, classes, edges };
}
