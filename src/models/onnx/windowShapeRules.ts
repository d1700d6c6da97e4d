import type { ReadNode } from './readOnnx';
import { attrInt, attrInts, attrStr, broadcast, type ShapeRule } from './shapeRules';

/**
 * Output shapes of the operators that carry a network's cost: Conv, ConvTranspose, pooling,
 * Gemm, MatMul and Resize/Upsample, per onnx/docs/Operators.md, for any number of spatial axes.
 * Window outputs: floor((in + pad_begin + pad_end − ((k − 1)·d + 1)) / s) + 1, or ceil with
 * ceil_mode (dropping a last window that would start in the end padding, as onnxruntime does);
 * auto_pad SAME_* gives ceil(in / s), VALID no padding.
 */
interface Window {
  kernel: number[];
  strides: number[];
  dilations: number[];
  pads: number[];
  autoPad: string;
}

function window(node: ReadNode, spatial: number, kernel: number[]): Window {
  const ones = new Array<number>(spatial).fill(1);
  return {
    kernel,
    strides: attrInts(node, 'strides') ?? ones,
    dilations: attrInts(node, 'dilations') ?? ones,
    pads: attrInts(node, 'pads') ?? new Array<number>(2 * spatial).fill(0),
    autoPad: attrStr(node, 'auto_pad', 'NOTSET'),
  };
}

function windowOut(inDims: number[], w: Window, ceilMode: boolean): number[] | null {
  const out = inDims.map((n, i) => {
    const [s, span] = [w.strides[i], (w.kernel[i] - 1) * w.dilations[i] + 1];
    if (w.autoPad.startsWith('SAME')) return Math.ceil(n / s);
    const [b, e] = w.autoPad === 'VALID' ? [0, 0] : [w.pads[i], w.pads[i + inDims.length]];
    const room = n + b + e - span;
    if (!ceilMode) return Math.floor(room / s) + 1;
    const o = Math.ceil(room / s) + 1;
    return (o - 1) * s >= n + b ? o - 1 : o;
  });
  return out.every((o) => Number.isInteger(o) && o >= 1) ? out : null;
}

const conv: ShapeRule = (node, [x, w]) => {
  if (!x?.shape || !w?.shape || x.shape.length < 3) return null;
  const spatial = x.shape.length - 2;
  const out = windowOut(x.shape.slice(2), window(node, spatial, attrInts(node, 'kernel_shape') ?? w.shape.slice(2)), false);
  return out ? [{ shape: [x.shape[0], w.shape[0], ...out] }] : null;
};

const convTranspose: ShapeRule = (node, [x, w]) => {
  if (!x?.shape || !w?.shape || x.shape.length < 3) return null;
  const spatial = x.shape.length - 2;
  const win = window(node, spatial, attrInts(node, 'kernel_shape') ?? w.shape.slice(2));
  const outPad = attrInts(node, 'output_padding') ?? new Array<number>(spatial).fill(0);
  const given = attrInts(node, 'output_shape');
  const out = x.shape.slice(2).map((n, i) => {
    if (given) return given[given.length - spatial + i];
    const [s, span] = [win.strides[i], (win.kernel[i] - 1) * win.dilations[i] + 1];
    if (win.autoPad.startsWith('SAME')) return n * s;
    const pads = win.autoPad === 'VALID' ? 0 : win.pads[i] + win.pads[i + spatial];
    return s * (n - 1) + outPad[i] + span - pads;
  });
  return out.every((o) => o >= 1) ? [{ shape: [x.shape[0], w.shape[1] * attrInt(node, 'group', 1), ...out] }] : null;
};

const pool: ShapeRule = (node, [x]) => {
  const kernel = attrInts(node, 'kernel_shape');
  if (!x?.shape || !kernel || x.shape.length < 3) return null;
  const out = windowOut(x.shape.slice(2), window(node, kernel.length, kernel), attrInt(node, 'ceil_mode', 0) === 1);
  return out ? node.outputs.map(() => ({ shape: [x.shape![0], x.shape![1], ...out] })) : null;
};

const globalPool: ShapeRule = (_node, [x]) => (x?.shape ? [{ shape: x.shape.map((d, i) => (i < 2 ? d : 1)) }] : null);

const gemm: ShapeRule = (node, [a, b]) => {
  if (a?.shape?.length !== 2 || b?.shape?.length !== 2) return null;
  const m = attrInt(node, 'transA', 0) ? a.shape[1] : a.shape[0];
  const n = attrInt(node, 'transB', 0) ? b.shape[0] : b.shape[1];
  return [{ shape: [m, n] }];
};

/** numpy.matmul: 1-D operands are promoted to matrices and the added axis removed afterwards. */
export function matmulShape(a: number[], b: number[]): number[] | null {
  const [a2, b2] = [a.length === 1 ? [1, a[0]] : a, b.length === 1 ? [b[0], 1] : b];
  if (a2[a2.length - 1] !== b2[b2.length - 2]) return null;
  const batch = broadcast([a2.slice(0, -2), b2.slice(0, -2)]);
  if (!batch) return null;
  return [...batch, ...(a.length === 1 ? [] : [a2[a2.length - 2]]), ...(b.length === 1 ? [] : [b2[b2.length - 1]])];
}

const matmul: ShapeRule = (_node, [a, b]) => {
  const shape = a?.shape && b?.shape ? matmulShape(a.shape, b.shape) : null;
  return shape ? [{ shape }] : null;
};

/** Resize (X, roi, scales, sizes; opset 10: X, scales) and Upsample (X, scales or attribute). */
const resize: ShapeRule = (node, ins, opset) => {
  const [x] = ins;
  if (!x?.shape) return null;
  const r = x.shape.length;
  const axes = (attrInts(node, 'axes') ?? x.shape.map((_, i) => i)).map((a) => (a < 0 ? a + r : a));
  const sizes = node.op === 'Resize' && opset >= 11 ? ins[3]?.value : undefined;
  const scales: number[] | undefined = node.op === 'Resize' && opset >= 11 ? ins[2]?.value : (ins[1]?.value ?? (node.attrs.scales as number[] | undefined));
  const shape = [...x.shape];
  if (sizes?.length) axes.forEach((a, i) => (shape[a] = sizes[i]));
  else if (scales?.length) axes.forEach((a, i) => (shape[a] = Math.floor(x.shape![a] * scales[i])));
  else return null;
  return [{ shape }];
};

export const WINDOW_RULES: Readonly<Record<string, ShapeRule>> = {
  Conv: conv,
  ConvTranspose: convTranspose,
  MaxPool: pool,
  AveragePool: pool,
  LpPool: pool,
  GlobalAveragePool: globalPool,
  GlobalMaxPool: globalPool,
  GlobalLpPool: globalPool,
  Gemm: gemm,
  MatMul: matmul,
  Resize: resize,
  Upsample: resize,
};
