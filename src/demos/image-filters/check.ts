import type { BorderMode } from '../../kernels/border';
import type { MorphOp } from '../../kernels/morphology';
import type { StructuringElement } from '../../kernels/structuringElement';
import type { Tensor } from '../../kernels/tensor';
import type { OnnxPadMode } from '../../models/onnx/reference/paddedConv';
import { gaussianOf, type FilterSpec, type Kernel } from './filters';

/** The ONNX Pad mode equal to each OpenCV border; BORDER_REFLECT (edge pixel repeated) has none. */
const PAD: Record<BorderMode, OnnxPadMode | null> = {
  BORDER_CONSTANT: 'constant',
  BORDER_REPLICATE: 'edge',
  BORDER_REFLECT: null,
  BORDER_REFLECT_101: 'reflect',
  BORDER_WRAP: 'wrap',
};
const LAPLACE_3: Kernel = { label: '', w: 3, h: 3, weights: Float64Array.from([0, 1, 0, 1, -4, 1, 0, 1, 0]) };

async function conv(img: Tensor, k: Kernel, mode: OnnxPadMode): Promise<Float32Array> {
  const [{ runOnce }, { paddedConvModel }] = await Promise.all([import('../../models/runtime/ort'), import('../../models/onnx/reference/paddedConv')]);
  const [h, w] = img.shape;
  return (await runOnce(paddedConvModel(h, w, k.weights, k.h, k.w, mode), { x: { data: Float32Array.from(img.data), shape: [1, 1, h, w] } })).y.data;
}

/**
 * The gallery's linear filters through onnxruntime-web Pad + Conv (one ORT graph per kernel; LoG
 * as its two passes), against the output on screen. Under BORDER_REFLECT, which ONNX cannot
 * express, only the pixels whose windows stay inside the image are compared.
 */
export async function checkFilter(img: Tensor, s: FilterSpec, kernels: Kernel[], output: Tensor) {
  const mode = PAD[s.border] ?? 'reflect';
  let ref: Float32Array;
  if (s.filter === 'log') {
    const blurred = await conv(img, gaussianOf(s.sigma), mode);
    ref = await conv({ data: blurred, shape: img.shape }, LAPLACE_3, mode);
  } else if (s.filter === 'magnitude') {
    const [a, b] = [await conv(img, kernels[0], mode), await conv(img, kernels[1], mode)];
    ref = a.map((v, i) => Math.abs(v) + Math.abs(b[i]));
  } else ref = await conv(img, kernels[0], mode);
  const [h, w] = img.shape;
  const r = s.filter === 'log' ? (gaussianOf(s.sigma).w >> 1) + 1 : Math.max(...kernels.map((k) => Math.max(k.w, k.h) >> 1));
  let worst = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const interior = y >= r && y < h - r && x >= r && x < w - r;
      if (PAD[s.border] || interior) worst = Math.max(worst, Math.abs(ref[y * w + x] - output.data[y * w + x]));
    }
  // Relative to the output's scale: a 7-tap Sobel on [0, 1] reaches hundreds, where float32 rounding is ~1e-5 absolute.
  const scale = Math.max(
    1,
    output.data.reduce((m, v) => Math.max(m, Math.abs(v)), 0),
  );
  const where = PAD[s.border]
    ? `ONNX Pad mode "${mode}" = ${s.border}, all ${h * w} pixels`
    : `ONNX Pad has no BORDER_REFLECT (edge pixel repeated): the ${(h - 2 * r) * (w - 2 * r)} pixels ≥ ${r} px from the edge`;
  return { maxAbsDiff: worst / scale, note: `${where}; |Δ| divided by max(1, max |output|) = ${scale.toPrecision(3)}.` };
}

/**
 * Morphology with a rectangular element through onnxruntime-web MaxPool: dilation is MaxPool,
 * erosion −MaxPool(−x) (ORT pads MaxPool with −∞, so outside pixels never win, as OpenCV's
 * default border); opening, closing and the differences compose those.
 */
export async function checkMorphology(mask: Tensor, op: MorphOp, se: StructuringElement, result: Tensor) {
  const [{ runOnce }, { maxPoolModel }] = await Promise.all([import('../../models/runtime/ort'), import('../../models/onnx/reference/maxPool')]);
  const [h, w] = mask.shape;
  const model = maxPoolModel(h, w, se.h, se.w, se.anchorY, se.anchorX);
  const pool = async (x: Float32Array) => (await runOnce(model, { x: { data: x, shape: [1, 1, h, w] } })).y.data;
  const dilate = pool;
  const erode = async (x: Float32Array) => (await pool(x.map((v) => -v))).map((v) => -v);
  const src = Float32Array.from(mask.data);
  const minus = (a: Float32Array, b: Float32Array) => a.map((v, i) => v - b[i]);
  const steps: Record<MorphOp, () => Promise<Float32Array>> = {
    erode: () => erode(src),
    dilate: () => dilate(src),
    open: async () => dilate(await erode(src)),
    close: async () => erode(await dilate(src)),
    gradient: async () => minus(await dilate(src), await erode(src)),
    tophat: async () => minus(src, await dilate(await erode(src))),
    blackhat: async () => minus(await erode(await dilate(src)), src),
  };
  const ref = await steps[op]();
  let worst = 0;
  for (let i = 0; i < ref.length; i++) worst = Math.max(worst, Math.abs(ref[i] - result.data[i]));
  return { maxAbsDiff: worst, note: `${se.w}×${se.h} rectangle, anchor (${se.anchorX}, ${se.anchorY}); ${op} as MaxPool compositions.` };
}
