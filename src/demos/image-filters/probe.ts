import { borderInterpolate, type BorderMode } from '../../kernels/border';
import type { Tensor } from '../../kernels/tensor';
import type { Kernel } from './filters';

/** What one output pixel is made of: the w×h input window (border taps extrapolated), the weights and their sum. */
export interface Probe {
  w: number;
  h: number;
  values: Float64Array; // [h, w] the window as the filter reads it
  outside: Uint8Array; // [h, w] 1 where the tap lies past the image edge (the border mode made it up)
  weights?: Float64Array;
  sum: number; // Σ weight·value, or the median
}

/**
 * Reads the window centred on (x, y) the way sepFilter2d and medianBlur do: each axis through
 * borderInterpolate, so a tap past a corner takes the extrapolated row and the extrapolated
 * column; BORDER_CONSTANT reads `value`.
 */
export function readWindow(img: Tensor, x: number, y: number, w: number, h: number, border: BorderMode, value = 0) {
  const [H, W] = img.shape;
  const values = new Float64Array(w * h);
  const outside = new Uint8Array(w * h);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const [yy, xx] = [y + i - (h >> 1), x + j - (w >> 1)];
      outside[i * w + j] = yy < 0 || yy >= H || xx < 0 || xx >= W ? 1 : 0;
      const [r, c] = [borderInterpolate(yy, H, border), borderInterpolate(xx, W, border)];
      values[i * w + j] = r < 0 || c < 0 ? value : img.data[r * W + c];
    }
  }
  return { values, outside };
}

export function probeLinear(img: Tensor, k: Kernel, x: number, y: number, border: BorderMode): Probe {
  const { values, outside } = readWindow(img, x, y, k.w, k.h, border);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += k.weights[i] * values[i];
  return { w: k.w, h: k.h, values, outside, weights: k.weights, sum };
}

/** medianBlur's window: always BORDER_REPLICATE (OpenCV's rule); the middle of the sorted values. */
export function probeMedian(img: Tensor, k: number, x: number, y: number): Probe {
  const { values, outside } = readWindow(img, x, y, k, k, 'BORDER_REPLICATE');
  const sorted = Float64Array.from(values).sort();
  return { w: k, h: k, values, outside, sum: sorted[sorted.length >> 1] };
}
