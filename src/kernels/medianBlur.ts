import { borderTable } from './border';
import { assertRank, type Tensor } from './tensor';

/**
 * Median of the k×k window (k odd) around each pixel of a single-channel image [H, W], as OpenCV
 * `medianBlur`, which always extrapolates with BORDER_REPLICATE (its documentation says so). The
 * window has an odd number of values, so the median is one of them: no averaging.
 */
export function medianBlur(img: Tensor, k: number): Tensor {
  assertRank(img, 2, 'medianBlur input');
  if (!Number.isInteger(k) || k < 1 || k % 2 !== 1) throw new Error(`medianBlur: k must be a positive odd integer, got ${k}`);
  const [h, w] = img.shape;
  const r = k >> 1;
  const rows = borderTable(h, r, 'BORDER_REPLICATE');
  const cols = borderTable(w, r, 'BORDER_REPLICATE');
  const win = new Float64Array(k * k);
  const out = new Float32Array(h * w);
  const mid = (k * k) >> 1;
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      let n = 0;
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) win[n++] = img.data[rows[i + a] * w + cols[j + b]];
      out[i * w + j] = win.sort()[mid];
    }
  }
  return { data: out, shape: [h, w] };
}
