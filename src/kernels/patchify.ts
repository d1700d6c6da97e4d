import { resizeBilinear, type CoordinateMode } from './resize';
import { assertRank, type Tensor } from './tensor';

/**
 * ViT's input side (Dosovitskiy et al. 2021, §3.1–3.2; REFERENCE.md §3): cut an image into
 * P×P patches, flatten each, project each linearly; and resize the grid of position
 * embeddings when the grid changes size.
 */

/** The patch grid of an H×W image: rows × cols patches. Throws unless P divides H and W. */
export function patchGrid(h: number, w: number, p: number): { rows: number; cols: number; count: number } {
  if (!(Number.isInteger(p) && p > 0)) throw new Error(`patch size must be a positive integer, got ${p}`);
  if (!(Number.isInteger(h) && Number.isInteger(w) && h > 0 && w > 0)) throw new Error(`image size must be positive integers, got ${h}×${w}`);
  // ViT drops no pixels and pads none: a ragged last patch is an error, as in timm's PatchEmbed.
  if (h % p !== 0 || w % p !== 0) {
    throw new Error(`patch size ${p} must divide the image size ${h}×${w} (${h} mod ${p} = ${h % p}, ${w} mod ${p} = ${w % p})`);
  }
  const rows = h / p;
  const cols = w / p;
  return { rows, cols, count: rows * cols };
}

/** Sequence length a ViT sees: N = HW/P² patch tokens, plus one when a CLS token is prepended. */
export function sequenceLength(h: number, w: number, p: number, cls = true): number {
  return patchGrid(h, w, p).count + (cls ? 1 : 0);
}

/**
 * [N, C, H, W] → [N, T, C·P·P] with T = (H/P)(W/P). Token t = gy·(W/P) + gx (row-major over
 * the patch grid); feature f = c·P·P + i·P + j reads x[n, c, gy·P + i, gx·P + j]. This is the
 * order in which a Conv2d weight [D, C, P, P] flattens, so `patchEmbed` is one matrix product,
 * and the token order of Conv2d(kernel = stride = P) → flatten(2) → transpose(1, 2).
 */
export function patchify(x: Tensor, p: number): Tensor {
  assertRank(x, 4, 'patchify input');
  const [n, c, h, w] = x.shape;
  const { rows, cols, count } = patchGrid(h, w, p);
  const f = c * p * p;
  const out = new Float32Array(n * count * f);
  const src = x.data;
  let o = 0;
  for (let b = 0; b < n; b++) {
    for (let gy = 0; gy < rows; gy++) {
      for (let gx = 0; gx < cols; gx++) {
        for (let ch = 0; ch < c; ch++) {
          const plane = (b * c + ch) * h * w;
          for (let i = 0; i < p; i++) {
            const row = plane + (gy * p + i) * w + gx * p;
            for (let j = 0; j < p; j++) out[o++] = src[row + j];
          }
        }
      }
    }
  }
  return { data: out, shape: [n, count, f] };
}

/**
 * ViT's patch embedding: [N, C, H, W] → [N, T, D], token = E·x_p + b with E the Conv2d weight
 * [D, C, P, P] read as a D × (C·P·P) matrix. Equal to ONNX Conv(kernel_shape = strides = [P, P],
 * no padding) → Reshape [N, D, T] → Transpose [0, 2, 1]; tested against onnxruntime-web.
 * `bias` is [D] or null (OpenAI CLIP's conv1 has none).
 */
export function patchEmbed(x: Tensor, weight: Tensor, bias: Tensor | null, p: number): Tensor {
  assertRank(x, 4, 'patchEmbed input');
  assertRank(weight, 4, 'patchEmbed weight');
  const [d, wc, kh, kw] = weight.shape;
  if (wc !== x.shape[1] || kh !== p || kw !== p) {
    throw new Error(`patchEmbed weight must be [D, ${x.shape[1]}, ${p}, ${p}] for this input and P = ${p}, got [${weight.shape}]`);
  }
  if (bias && (bias.shape.length !== 1 || bias.shape[0] !== d)) throw new Error(`patchEmbed bias must be [${d}], got [${bias.shape}]`);
  const patches = patchify(x, p);
  const [n, t, f] = patches.shape;
  const out = new Float32Array(n * t * d);
  const xs = patches.data;
  const ws = weight.data;
  for (let r = 0; r < n * t; r++) {
    const xo = r * f;
    for (let k = 0; k < d; k++) {
      // Accumulate in float64 (plain JS numbers) and round once, to stay close to ORT's fp32 GEMM.
      let s = bias ? bias.data[k] : 0;
      const wo = k * f;
      for (let q = 0; q < f; q++) s += ws[wo + q] * xs[xo + q];
      out[r * d + k] = s;
    }
  }
  return { data: out, shape: [n, t, d] };
}

/**
 * Resizes a grid of position embeddings [gh·gw, D] (row-major over the grid, CLS row removed)
 * to [newH·newW, D], as ViT §3.2 does before fine-tuning at a higher resolution: the rows are
 * seen as a D-channel gh×gw image, resized bilinearly with `resizeBilinear` (ONNX Resize
 * semantics), and read back.
 *
 * Coordinate convention: `half_pixel` (the default) is PyTorch's align_corners=False; timm's
 * `resample_abs_pos_embed` uses it too, but with bicubic taps and antialias when shrinking, so
 * its values differ from ours by the kernel, not by where it samples. The original JAX code
 * (google-research/vision_transformer, checkpoint.py) calls scipy.ndimage.zoom(order=1), which
 * is linear with the corner embeddings kept exactly: pass `align_corners` for that.
 */
export function interpolatePositionEmbeddings(pos: Tensor, gh: number, gw: number, newH: number, newW: number, mode: CoordinateMode = 'half_pixel'): Tensor {
  assertRank(pos, 2, 'position embeddings');
  const [t, d] = pos.shape;
  if (t !== gh * gw) {
    throw new Error(`position embeddings have ${t} rows but the grid is ${gh}×${gw} = ${gh * gw} (remove the CLS row first)`);
  }
  const planes = new Float32Array(d * t);
  for (let k = 0; k < t; k++) for (let c = 0; c < d; c++) planes[c * t + k] = pos.data[k * d + c];
  const resized = resizeBilinear({ data: planes, shape: [1, d, gh, gw] }, newH, newW, mode).data;
  const m = newH * newW;
  const out = new Float32Array(m * d);
  for (let k = 0; k < m; k++) for (let c = 0; c < d; c++) out[k * d + c] = resized[c * m + k];
  return { data: out, shape: [m, d] };
}
