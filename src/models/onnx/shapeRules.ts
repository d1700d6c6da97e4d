import type { ReadNode } from './readOnnx';

/**
 * Output shapes of ONNX operators from their input shapes (onnx/docs/Operators.md), for counting
 * costs. Alongside shapes, the values of small integer tensors are carried (Shape → Gather →
 * Concat → Reshape is how exporters spell `x.view(x.size(0), -1)`), so a Reshape whose target
 * is computed in the graph still gets a shape. A rule returns null when it cannot tell, e.g. an
 * input's shape is unknown; every op without a rule is reported by name by the caller.
 * Conv, pooling, Gemm, MatMul and Resize are in windowShapeRules.ts (graphCost uses both).
 */
export interface Known {
  shape: number[] | null; // null: unknown
  value?: number[]; // the elements, row-major, when known
}
/** ins[i] is null for an omitted optional input ('' in the node). */
export type ShapeRule = (node: ReadNode, ins: (Known | null)[], opset: number) => Known[] | null;

export const numel = (s: number[]) => s.reduce((a, b) => a * b, 1);
export const attrInts = (n: ReadNode, k: string): number[] | undefined => (Array.isArray(n.attrs[k]) ? (n.attrs[k] as number[]) : undefined);
export const attrInt = (n: ReadNode, k: string, def: number): number => (typeof n.attrs[k] === 'number' ? (n.attrs[k] as number) : def);
export const attrStr = (n: ReadNode, k: string, def: string): string => (typeof n.attrs[k] === 'string' ? (n.attrs[k] as string) : def);
const norm = (axis: number, rank: number) => (axis < 0 ? axis + rank : axis);

/** An int list given as input i (newer opsets) or as attribute k (older ones). */
export function intsArg(node: ReadNode, ins: (Known | null)[], i: number, k: string): number[] | undefined {
  const input = ins[i];
  if (input) return input.value;
  return attrInts(node, k);
}

/** Numpy-style multidirectional broadcasting; null if the shapes are incompatible. */
export function broadcast(shapes: number[][]): number[] | null {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const dims = shapes.map((s) => s[s.length - rank + i] ?? 1).filter((d) => d !== 1);
    if (new Set(dims).size > 1) return null;
    out.push(dims[0] ?? 1);
  }
  return out;
}

const same: ShapeRule = (node, [x]) => (x?.shape ? node.outputs.map(() => ({ shape: x.shape })) : null);
const passValue: ShapeRule = (node, [x]) => (x?.shape ? node.outputs.map(() => ({ ...x })) : null);

const ARITH: Record<string, (a: number, b: number) => number> = { Add: (a, b) => a + b, Sub: (a, b) => a - b, Mul: (a, b) => a * b, Div: (a, b) => a / b };
const elementwise: ShapeRule = (node, ins) => {
  if (ins.some((x) => !x?.shape)) return null;
  const shape = broadcast(ins.map((x) => x!.shape!));
  if (!shape) return null;
  const [a, b] = ins;
  const f = Object.hasOwn(ARITH, node.op) ? ARITH[node.op] : undefined;
  // Shape arithmetic on 1-D values (a size halved, a product of dims). A quotient that is not
  // whole is left unknown: integer Div truncates and float Div does not, and dtypes are not tracked.
  let value =
    f && a?.value && b?.value && shape.length <= 1
      ? Array.from({ length: numel(shape) }, (_, i) => f(a.value![i % a.value!.length], b.value![i % b.value!.length]))
      : undefined;
  if (value?.some((v) => !Number.isFinite(v) || (node.op === 'Div' && !Number.isInteger(v)))) value = undefined;
  return [{ shape, value }];
};

const UNARY =
  'Relu LeakyRelu PRelu Sigmoid HardSigmoid HardSwish Tanh Elu Selu Celu Gelu Mish Softplus Softsign Swish Erf Exp Log Sqrt Neg Abs Reciprocal Floor Ceil Round Sign Sin Cos Not IsNaN IsInf Clip Softmax LogSoftmax Hardmax BatchNormalization InstanceNormalization LayerNormalization GroupNormalization LRN MeanVarianceNormalization ThresholdedRelu Shrink'.split(
    ' ',
  );
const BINARY = 'Add Sub Mul Div Pow Max Min Sum Mean Mod Equal Greater Less GreaterOrEqual LessOrEqual And Or Xor Where BitShift'.split(' ');

const RULES: Record<string, ShapeRule> = {
  ...Object.fromEntries(UNARY.map((op) => [op, same])),
  ...Object.fromEntries(BINARY.map((op) => [op, elementwise])),
  ...Object.fromEntries(['Identity', 'Cast', 'CastLike', 'Dropout'].map((op) => [op, passValue])),
  Constant: (node) => {
    const t = node.attrs.value;
    if (t && typeof t === 'object' && 'dims' in t) {
      const v = t.size <= 64 ? t.values() : null;
      return [{ shape: t.dims, value: v ?? undefined }];
    }
    for (const k of ['value_float', 'value_int']) if (typeof node.attrs[k] === 'number') return [{ shape: [], value: [node.attrs[k] as number] }];
    for (const k of ['value_floats', 'value_ints'])
      if (Array.isArray(node.attrs[k])) return [{ shape: [(node.attrs[k] as number[]).length], value: node.attrs[k] as number[] }];
    return null;
  },
  Shape: (node, [x]) => {
    if (!x?.shape) return null;
    const r = x.shape.length;
    const clamp = (v: number) => Math.min(r, Math.max(0, norm(v, r)));
    const value = x.shape.slice(clamp(attrInt(node, 'start', 0)), clamp(attrInt(node, 'end', r)));
    return [{ shape: [value.length], value }];
  },
  Size: (_node, [x]) => (x?.shape ? [{ shape: [], value: [numel(x.shape)] }] : null),
  Concat: (node, ins) => {
    if (ins.some((x) => !x?.shape)) return null;
    const shapes = ins.map((x) => x!.shape!);
    const axis = norm(attrInt(node, 'axis', 0), shapes[0].length);
    const shape = [...shapes[0]];
    shape[axis] = shapes.reduce((s, x) => s + x[axis], 0);
    const value = shape.length === 1 && ins.every((x) => x!.value) ? ins.flatMap((x) => x!.value!) : undefined;
    return [{ shape, value }];
  },
  Reshape: (node, [x, target]) => {
    if (!x?.shape || !target?.value) return null;
    const allowZero = attrInt(node, 'allowzero', 0) === 1;
    const shape = target.value.map((d, i) => (d === 0 && !allowZero ? x.shape![i] : d));
    const known = numel(shape.filter((d) => d !== -1));
    const inferred = shape.map((d) => (d === -1 ? numel(x.shape!) / known : d));
    return Number.isInteger(numel(inferred)) && numel(inferred) === numel(x.shape) ? [{ shape: inferred, value: x.value }] : null;
  },
  Flatten: (node, [x]) => {
    if (!x?.shape) return null;
    const axis = norm(attrInt(node, 'axis', 1), x.shape.length);
    return [{ shape: [numel(x.shape.slice(0, axis)), numel(x.shape.slice(axis))] }];
  },
  Transpose: (node, [x]) => {
    if (!x?.shape) return null;
    const perm = attrInts(node, 'perm') ?? x.shape.map((_, i) => x.shape!.length - 1 - i);
    return [{ shape: perm.map((p) => x.shape![p]) }];
  },
  Squeeze: (node, ins) => {
    const [x] = ins;
    if (!x?.shape) return null;
    const axes = (intsArg(node, ins, 1, 'axes') ?? x.shape.flatMap((d, i) => (d === 1 ? [i] : []))).map((a) => norm(a, x.shape!.length));
    return [{ shape: x.shape.filter((_, i) => !axes.includes(i)), value: x.value }];
  },
  Unsqueeze: (node, ins) => {
    const [x] = ins;
    const axes = intsArg(node, ins, 1, 'axes');
    if (!x?.shape || !axes) return null;
    const rank = x.shape.length + axes.length;
    const at = axes.map((a) => norm(a, rank));
    const rest = [...x.shape];
    return [{ shape: Array.from({ length: rank }, (_, i) => (at.includes(i) ? 1 : rest.shift()!)), value: x.value }];
  },
  Gather: (node, [data, idx]) => {
    if (!data?.shape || !idx?.shape) return null;
    const axis = norm(attrInt(node, 'axis', 0), data.shape.length);
    const shape = [...data.shape.slice(0, axis), ...idx.shape, ...data.shape.slice(axis + 1)];
    const value = data.shape.length === 1 && data.value && idx.value ? idx.value.map((i) => data.value![norm(i, data.shape![0])]) : undefined;
    return [{ shape, value }];
  },
  Pad: (node, ins) => {
    const [x] = ins;
    const pads = intsArg(node, ins, 1, 'pads');
    if (!x?.shape || !pads) return null;
    const r = x.shape.length;
    const axes = ins[3]?.value?.map((a) => norm(a, r)) ?? x.shape.map((_, i) => i);
    const shape = [...x.shape];
    axes.forEach((a, i) => (shape[a] += pads[i] + pads[i + axes.length]));
    return [{ shape }];
  },
  Slice: (node, ins, opset) => {
    const [x] = ins;
    const [starts, ends] = opset >= 10 ? [ins[1]?.value, ins[2]?.value] : [attrInts(node, 'starts'), attrInts(node, 'ends')];
    if (!x?.shape || !starts || !ends) return null;
    const r = x.shape.length;
    const axes = (opset >= 10 ? ins[3]?.value : attrInts(node, 'axes')) ?? starts.map((_, i) => i);
    const steps = (opset >= 10 ? ins[4]?.value : undefined) ?? starts.map(() => 1);
    const shape = [...x.shape];
    let picked: number[] | undefined;
    axes.forEach((a0, i) => {
      const a = norm(a0, r);
      const [d, s] = [x.shape![a], steps[i]];
      const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v < 0 ? v + d : v));
      // ONNX: starts clamp to [0, d] (to [0, d − 1] for negative steps), ends to [0, d] ([−1, d − 1]).
      const [b, e] = s > 0 ? [clamp(starts[i], 0, d), clamp(ends[i], 0, d)] : [clamp(starts[i], 0, d - 1), clamp(ends[i], -1, d - 1)];
      shape[a] = Math.max(0, Math.ceil((e - b) / s));
      if (r === 1) picked = Array.from({ length: shape[a] }, (_, j) => b + j * s);
    });
    return [{ shape, value: picked && x.value ? picked.map((j) => x.value![j]) : undefined }];
  },
  Expand: (_node, [x, target]) => {
    const shape = x?.shape && target?.value ? broadcast([x.shape, target.value]) : null;
    return shape ? [{ shape }] : null;
  },
  Tile: (_node, [x, repeats]) => (x?.shape && repeats?.value ? [{ shape: x.shape.map((d, i) => d * repeats.value![i]) }] : null),
  Split: (node, ins, opset) => {
    const [x] = ins;
    if (!x?.shape) return null;
    const axis = norm(attrInt(node, 'axis', 0), x.shape.length);
    const n = node.outputs.length;
    const sizes =
      (opset >= 13 ? ins[1]?.value : attrInts(node, 'split')) ??
      Array.from({ length: n }, (_, i) => Math.ceil(x.shape![axis] / n) - (i === n - 1 ? Math.ceil(x.shape![axis] / n) * n - x.shape![axis] : 0));
    return sizes.map((s) => ({ shape: x.shape!.map((d, i) => (i === axis ? s : d)) }));
  },
};

/** Reductions: over `axes` (attribute, or input 1 from ReduceSum 13 / the others 18), keepdims 1. */
const reduce: ShapeRule = (node, ins) => {
  const [x] = ins;
  if (!x?.shape) return null;
  const r = x.shape.length;
  const given = intsArg(node, ins, 1, 'axes');
  if (given?.length === 0 && attrInt(node, 'noop_with_empty_axes', 0) === 1) return [{ shape: x.shape }];
  const axes = (given?.length ? given : x.shape.map((_, i) => i)).map((a) => norm(a, r));
  const keep = attrInt(node, 'keepdims', 1) === 1;
  return [{ shape: x.shape.flatMap((d, i) => (!axes.includes(i) ? [d] : keep ? [1] : [])) }];
};
for (const op of 'ReduceMean ReduceSum ReduceMax ReduceMin ReduceProd ReduceL1 ReduceL2 ReduceLogSum ReduceLogSumExp ReduceSumSquare'.split(' '))
  RULES[op] = reduce;
RULES.ArgMax = RULES.ArgMin = (node, [x]) => {
  if (!x?.shape) return null;
  const axis = norm(attrInt(node, 'axis', 0), x.shape.length);
  const keep = attrInt(node, 'keepdims', 1) === 1;
  return [{ shape: x.shape.flatMap((d, i) => (i !== axis ? [d] : keep ? [1] : [])) }];
};

export const SHAPE_RULES: Readonly<Record<string, ShapeRule>> = RULES;
