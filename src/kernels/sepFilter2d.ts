import { borderTable, type BorderMode } from './border';
import { assertRank, type Tensor } from './tensor';

export interface FilterOptions {
  border?: BorderMode; // default BORDER_REFLECT_101, as OpenCV's filters
  borderValue?: number; // for BORDER_CONSTANT, default 0
}

/**
 * Separable 2-D correlation of a single-channel image [H, W] (OpenCV `sepFilter2D`, anchor at the
 * centre): every row is correlated with kx, then every column with ky, so the 2-D kernel is the
 * outer product ky ⊗ kx, not flipped. Kernel lengths must be odd. Computed in double precision,
 * stored as float32. With BORDER_CONSTANT the padding value enters both passes, as OpenCV pads the
 * source once before filtering.
 */
export function sepFilter2d(img: Tensor, kx: ArrayLike<number>, ky: ArrayLike<number>, opts: FilterOptions = {}): Tensor {
  assertRank(img, 2, 'sepFilter2d input');
  if (kx.length % 2 !== 1 || ky.length % 2 !== 1) throw new Error(`sepFilter2d: kernel lengths must be odd, got ${kx.length} and ${ky.length}`);
  const [h, w] = img.shape;
  if (h === 0 || w === 0) return { data: new Float32Array(0), shape: [h, w] };
  const mode = opts.border ?? 'BORDER_REFLECT_101';
  const value = opts.borderValue ?? 0;
  const rx = kx.length >> 1;
  const ry = ky.length >> 1;
  const cols = borderTable(w, rx, mode);
  const rows = borderTable(h, ry, mode);
  const src = img.data;
  // Horizontal pass over the rows the vertical pass will read, border rows included, so that a
  // constant border is the constant (not a filtered constant) in the padded rows' taps.
  const tmp = new Float64Array((h + 2 * ry) * w);
  let kxSum = 0;
  for (let t = 0; t < kx.length; t++) kxSum += kx[t];
  for (let pr = 0; pr < h + 2 * ry; pr++) {
    const r = rows[pr];
    const out = pr * w;
    if (r < 0) {
      tmp.fill(value * kxSum, out, out + w);
      continue;
    }
    const base = r * w;
    for (let j = 0; j < w; j++) {
      let s = 0;
      for (let t = 0; t < kx.length; t++) {
        const c = cols[j + t];
        s += kx[t] * (c < 0 ? value : src[base + c]);
      }
      tmp[out + j] = s;
    }
  }
  const out = new Float32Array(h * w);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      let s = 0;
      for (let t = 0; t < ky.length; t++) s += ky[t] * tmp[(i + t) * w + j];
      out[i * w + j] = s;
    }
  }
  return { data: out, shape: [h, w] };
}
