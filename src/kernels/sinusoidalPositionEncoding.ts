import { type Tensor } from './tensor';

/**
 * Where the sine and cosine of frequency ωᵢ go in a d-wide vector:
 * - 'interleaved': dims 2i and 2i+1, as Vaswani et al. 2017 (§3.5) write it:
 *   PE(pos, 2i) = sin(pos·ωᵢ), PE(pos, 2i+1) = cos(pos·ωᵢ);
 * - 'halves': all sines, then all cosines, as MAE's `get_1d_sincos_pos_embed_from_grid`
 *   concatenates them (facebookresearch/mae util/pos_embed.py).
 * Both use ωᵢ = base^(−2i/d), base = 10000, i = 0 … d/2 − 1; they hold the same numbers,
 * permuted. Computed in float64, stored in float32.
 */
export type SinusoidLayout = 'interleaved' | 'halves';

/** [length, d] encoding of positions 0 … length − 1. */
export function sinusoidalPositionEncoding(length: number, d: number, layout: SinusoidLayout = 'interleaved', base = 10000): Tensor {
  if (!(Number.isInteger(length) && length >= 0)) throw new Error(`sinusoidalPositionEncoding: length must be a non-negative integer, got ${length}`);
  return sinusoidalEncodingAt(
    Array.from({ length }, (_, i) => i),
    d,
    layout,
    base,
  );
}

/** [positions.length, d] encoding of arbitrary (even fractional) positions. */
export function sinusoidalEncodingAt(positions: ArrayLike<number>, d: number, layout: SinusoidLayout = 'interleaved', base = 10000): Tensor {
  if (!(Number.isInteger(d) && d > 0 && d % 2 === 0)) throw new Error(`sinusoidal encoding: d must be a positive even integer, got ${d}`);
  if (layout !== 'interleaved' && layout !== 'halves') throw new Error(`sinusoidal encoding: layout must be 'interleaved' or 'halves', got '${layout}'`);
  const half = d / 2;
  const out = new Float32Array(positions.length * d);
  for (let p = 0; p < positions.length; p++) {
    for (let i = 0; i < half; i++) {
      const angle = positions[p] * Math.pow(base, (-2 * i) / d);
      const [si, ci] = layout === 'interleaved' ? [2 * i, 2 * i + 1] : [i, half + i];
      out[p * d + si] = Math.sin(angle);
      out[p * d + ci] = Math.cos(angle);
    }
  }
  return { data: out, shape: [positions.length, d] };
}

/**
 * Fixed 2-D encoding of a rows × cols patch grid, as MAE's `get_2d_sincos_pos_embed`: token
 * t = row·cols + col (raster order, as `patchify`) gets [PE_{d/2}(col) | PE_{d/2}(row)], the
 * 1-D encoding of width d/2 of its column, then of its row. (MAE names the first half emb_h,
 * but its meshgrid(grid_w, grid_h) makes grid[0] the column index.) The default layout is
 * MAE's 'halves'; d must be divisible by 4. `cls` prepends one all-zero row, as MAE's
 * cls_token=True. Returns [(cls ? 1 : 0) + rows·cols, d].
 */
export function sinusoidalPositionEncoding2d(
  rows: number,
  cols: number,
  d: number,
  opts: { cls?: boolean; layout?: SinusoidLayout; base?: number } = {},
): Tensor {
  const { cls = false, layout = 'halves', base = 10000 } = opts;
  if (!(Number.isInteger(rows) && Number.isInteger(cols) && rows >= 0 && cols >= 0)) {
    throw new Error(`sinusoidalPositionEncoding2d: grid must be non-negative integers, got ${rows}×${cols}`);
  }
  if (!(Number.isInteger(d) && d > 0 && d % 4 === 0)) throw new Error(`sinusoidalPositionEncoding2d: d must be a positive multiple of 4, got ${d}`);
  const half = d / 2;
  const byCol = sinusoidalPositionEncoding(cols, half, layout, base).data;
  const byRow = sinusoidalPositionEncoding(rows, half, layout, base).data;
  const first = cls ? 1 : 0;
  const out = new Float32Array((first + rows * cols) * d);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const o = (first + r * cols + c) * d;
      out.set(byCol.subarray(c * half, (c + 1) * half), o);
      out.set(byRow.subarray(r * half, (r + 1) * half), o + half);
    }
  }
  return { data: out, shape: [first + rows * cols, d] };
}
