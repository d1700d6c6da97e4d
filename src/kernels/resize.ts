import { assertRank, type Tensor } from './tensor';

/**
 * Bilinear resize of [N, C, H, W] with the semantics of ONNX `Resize` (mode `linear`,
 * antialias 0, sizes given) for each `coordinate_transformation_mode` below. The source
 * coordinate is clamped to [0, L_in − 1] before interpolation, as onnxruntime does, so edge
 * pixels repeat instead of fading to zero. References: ONNX operator spec and REFERENCE.md §2
 * (PyTorch docs example); tested against onnxruntime-web's Resize.
 */
export type CoordinateMode = 'half_pixel' | 'pytorch_half_pixel' | 'align_corners' | 'asymmetric';

export const COORDINATE_MODES: readonly CoordinateMode[] = ['half_pixel', 'pytorch_half_pixel', 'align_corners', 'asymmetric'];

/** Where output index `xOut` samples the input axis, before clamping (ONNX's x_original). */
export function sourceCoordinate(xOut: number, inLen: number, outLen: number, mode: CoordinateMode): number {
  const scale = outLen / inLen;
  switch (mode) {
    case 'half_pixel':
      return (xOut + 0.5) / scale - 0.5;
    case 'pytorch_half_pixel':
      return outLen > 1 ? (xOut + 0.5) / scale - 0.5 : 0;
    case 'align_corners':
      return outLen > 1 ? (xOut * (inLen - 1)) / (outLen - 1) : 0;
    case 'asymmetric':
      return xOut / scale;
  }
}

/** The two input indices an output index reads, and the weight of the upper one. */
export interface LinearTap {
  source: number; // unclamped source coordinate
  lo: number;
  hi: number;
  wHi: number; // weight of `hi`; `lo` gets 1 − wHi
}

export function linearTap(xOut: number, inLen: number, outLen: number, mode: CoordinateMode): LinearTap {
  const source = sourceCoordinate(xOut, inLen, outLen, mode);
  const x = Math.min(Math.max(source, 0), inLen - 1);
  const lo = Math.floor(x);
  const hi = Math.min(lo + 1, inLen - 1);
  return { source, lo, hi, wHi: x - lo };
}

export function resizeBilinear(x: Tensor, outH: number, outW: number, mode: CoordinateMode): Tensor {
  assertRank(x, 4, 'resizeBilinear input');
  if (!(Number.isInteger(outH) && Number.isInteger(outW) && outH > 0 && outW > 0)) {
    throw new Error(`resizeBilinear: output size must be positive integers, got ${outH}×${outW}`);
  }
  const [n, c, h, w] = x.shape;
  if (h === 0 || w === 0) throw new Error(`resizeBilinear: input has an empty axis [${x.shape}]`);
  // Taps depend only on the axis, so compute them once and reuse across rows, planes and batch.
  const ys = Array.from({ length: outH }, (_, i) => linearTap(i, h, outH, mode));
  const xs = Array.from({ length: outW }, (_, j) => linearTap(j, w, outW, mode));
  const out = new Float32Array(n * c * outH * outW);
  const src = x.data;
  let o = 0;
  for (let plane = 0; plane < n * c; plane++) {
    const base = plane * h * w;
    for (const ty of ys) {
      const rowLo = base + ty.lo * w;
      const rowHi = base + ty.hi * w;
      const wy = ty.wHi;
      for (const tx of xs) {
        const top = src[rowLo + tx.lo] + (src[rowLo + tx.hi] - src[rowLo + tx.lo]) * tx.wHi;
        const bottom = src[rowHi + tx.lo] + (src[rowHi + tx.hi] - src[rowHi + tx.lo]) * tx.wHi;
        out[o++] = top + (bottom - top) * wy;
      }
    }
  }
  return { data: out, shape: [n, c, outH, outW] };
}
