import { boxFilter } from './boxFilter';
import type { BorderMode } from './border';
import { sobel } from './sobel';
import { assertRank, type Tensor } from './tensor';

/**
 * Harris corner response of a single-channel float image [H, W], as OpenCV `cornerHarris`:
 * Sobel derivatives of aperture ksize scaled by 1/(2^(ksize−1)·blockSize) (OpenCV's float-image
 * scale), their products summed over a blockSize×blockSize window (unnormalised box filter), and
 * R = det M − k·(trace M)². R > 0 at corners, < 0 along edges, ≈ 0 on flat areas.
 */
export function cornerHarris(img: Tensor, blockSize = 3, ksize = 3, k = 0.04, border: BorderMode = 'BORDER_REFLECT_101'): Tensor {
  assertRank(img, 2, 'cornerHarris input');
  const scale = 1 / ((1 << (ksize - 1)) * blockSize);
  const dx = sobel(img, 1, 0, { ksize, scale, border }).data;
  const dy = sobel(img, 0, 1, { ksize, scale, border }).data;
  const [h, w] = img.shape;
  const prod = (f: (i: number) => number) =>
    boxFilter({ data: Float32Array.from({ length: h * w }, (_, i) => f(i)), shape: [h, w] }, blockSize, blockSize, { normalize: false, border });
  const a = prod((i) => dx[i] * dx[i]).data;
  const b = prod((i) => dx[i] * dy[i]).data;
  const c = prod((i) => dy[i] * dy[i]).data;
  return { data: Float32Array.from(a, (_, i) => a[i] * c[i] - b[i] * b[i] - k * (a[i] + c[i]) ** 2), shape: [h, w] };
}

/**
 * Strongest local maxima of a response map [H, W], as OpenCV `goodFeaturesToTrack` selects them:
 * keep 3×3 local maxima above qualityLevel × the global maximum, take them strongest first, and
 * drop any closer than minDistance to one already taken. Returns [x0, y0, x1, y1, …].
 */
export function pickCorners(response: Tensor, maxCorners: number, qualityLevel = 0.01, minDistance = 5): number[] {
  const [h, w] = response.shape;
  const r = response.data;
  let top = -Infinity;
  for (const v of r) top = Math.max(top, v);
  const floor = qualityLevel * top;
  const candidates: number[] = [];
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const v = r[y * w + x];
      if (!(v > floor && v > 0)) continue;
      let isMax = true;
      for (let dy = -1; dy <= 1 && isMax; dy++) for (let dx = -1; dx <= 1; dx++) if ((dx || dy) && r[(y + dy) * w + x + dx] > v) isMax = false;
      if (isMax) candidates.push(y * w + x);
    }
  }
  candidates.sort((p, q) => r[q] - r[p]);
  const out: number[] = [];
  for (const p of candidates) {
    if (out.length / 2 >= maxCorners) break;
    const [x, y] = [p % w, Math.floor(p / w)];
    let far = true;
    for (let i = 0; i < out.length && far; i += 2) far = (out[i] - x) ** 2 + (out[i + 1] - y) ** 2 >= minDistance * minDistance;
    if (far) out.push(x, y);
  }
  return out;
}
