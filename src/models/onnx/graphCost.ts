import type { OnnxModelInfo, ReadNode, ReadTensor } from './readOnnx';
import { numel, SHAPE_RULES, type Known } from './shapeRules';
import { WINDOW_RULES } from './windowShapeRules';

/**
 * Parameter and multiply–add counts of an ONNX graph (readOnnx), with shapes inferred node by
 * node (shapeRules.ts, windowShapeRules.ts). Conventions, the ones papers use when they quote
 * "FLOPs" for a CNN (EfficientNet's 0.39B for B0 counts multiply–adds):
 * - macs: multiply–adds of the linear layers only. Conv: N·M·oh·ow·(C/g)·kh·kw (any number of
 *   spatial axes); ConvTranspose: every input element times its (M/g)·kh·kw kernel taps,
 *   N·C·H·W·(M/g)·kh·kw, cropped taps included; Gemm: M·K·N; MatMul: output size × K.
 * - otherOps: everything else that computes, one per output element (bias adds, activations,
 *   elementwise ops — one per input beyond the first —, BatchNormalization at inference, Softmax,
 *   Resize), window size per output for pooling, input size for global pools and reductions.
 *   Reshape, Transpose, Concat, Slice and the like move data and count 0.
 * - params: elements of the initializers (and Constant tensors) a node uses as data: weights,
 *   biases, BatchNormalization scale and bias. Not counted: BatchNormalization's running mean and
 *   variance (reported as bnStatistics, as PyTorch counts buffers apart), int64 tensors, tensors
 *   used only as shapes/axes/scales (Reshape's shape, Resize's scales, …), and one-element
 *   constants used only by elementwise ops (GELU's 0.5).
 * Symbolic or unknown input dimensions are set to `symbolicDim` (default 1, i.e. batch 1) unless
 * `inputShapes` gives them. An op without a shape rule is listed in unsupportedOps by name (and
 * its outputs taken from value_info if the file has them); nodes with a rule whose outputs could
 * not be inferred (unknown inputs, missing attributes) are listed in unknownShapes. Neither is
 * counted. Nothing throws on an unfamiliar graph.
 */
export interface GraphCostOptions {
  inputShapes?: Record<string, number[]>;
  symbolicDim?: number;
}

export interface NodeCost {
  name: string;
  op: string;
  macs: number;
  otherOps: number;
  params: number;
  outputShapes: (number[] | null)[];
}

export interface GraphCost {
  params: number;
  bnStatistics: number;
  macs: number;
  otherOps: number;
  nodes: NodeCost[];
  unsupportedOps: string[];
  unknownShapes: string[];
  inputs: { name: string; shape: number[] | null }[];
  outputs: { name: string; shape: number[] | null }[];
  assumed: string[]; // e.g. "input 'image' dim 0 ('batch') = 1"
}

const RULES = { ...SHAPE_RULES, ...WINDOW_RULES };
const STANDARD = new Set(['', 'ai.onnx']);

/** Input slots that hold shapes, axes, indices, scales or bounds rather than data. */
const REDUCE = 'ReduceMean ReduceSum ReduceMax ReduceMin ReduceProd ReduceL1 ReduceL2 ReduceLogSum ReduceLogSumExp ReduceSumSquare'.split(' ');
const META_SLOTS: Record<string, number[]> = {
  ...Object.fromEntries(REDUCE.map((op) => [op, [1]])),
  Reshape: [1],
  Resize: [1, 2, 3],
  Upsample: [1],
  Slice: [1, 2, 3, 4],
  Pad: [1, 2, 3],
  Unsqueeze: [1],
  Squeeze: [1],
  Expand: [1],
  Tile: [1],
  Split: [1],
  TopK: [1],
  Clip: [1, 2],
  Gather: [1],
  GatherElements: [1],
  GatherND: [1],
  ScatterND: [1],
  OneHot: [1, 2],
  Range: [0, 1, 2],
  ConstantOfShape: [0],
  CumSum: [1],
};
const BN_STATS = [3, 4];
const ELEMENTWISE = new Set(
  'Add Sub Mul Div Pow Max Min Sum Mean Mod Equal Greater Less GreaterOrEqual LessOrEqual And Or Xor Where BitShift PRelu'.split(' '),
);
const MOVES = new Set(
  'Reshape Flatten Transpose Concat Squeeze Unsqueeze Shape Size Gather Identity Dropout Cast CastLike Constant Slice Pad Expand Tile Split'.split(' '),
);

function nodeCost(node: ReadNode, ins: (number[] | null)[], outs: (number[] | null)[]): { macs: number; otherOps: number } | null {
  const [x, w] = ins;
  const y = outs[0];
  if (!y) return null;
  const bias = node.inputs[2] ? numel(y) : 0;
  switch (node.op) {
    case 'Conv':
      return w ? { macs: (numel(y) * numel(w)) / w[0], otherOps: bias } : null;
    case 'ConvTranspose':
      return x && w ? { macs: (numel(x) * numel(w)) / w[0], otherOps: bias } : null;
    case 'Gemm':
      return x ? { macs: numel(y) * (node.attrs.transA ? x[0] : x[1]), otherOps: bias } : null;
    case 'MatMul':
      return x ? { macs: numel(y) * x[x.length - 1], otherOps: 0 } : null;
    case 'MaxPool':
    case 'AveragePool':
    case 'LpPool':
      return { macs: 0, otherOps: numel(y) * numel((node.attrs.kernel_shape as number[]) ?? []) };
  }
  if (node.op.startsWith('Global') || REDUCE.includes(node.op) || node.op === 'ArgMax' || node.op === 'ArgMin')
    return x ? { macs: 0, otherOps: numel(x) } : null;
  if (MOVES.has(node.op)) return { macs: 0, otherOps: 0 };
  const extra = ELEMENTWISE.has(node.op) ? Math.max(1, node.inputs.filter(Boolean).length - 1) : 1;
  return { macs: 0, otherOps: numel(y) * extra };
}

export function graphCost(model: OnnxModelInfo, opts: GraphCostOptions = {}): GraphCost {
  const { nodes, inputs, outputs, valueInfo, initializers } = model.graph;
  const symbolic = opts.symbolicDim ?? 1;
  const assumed: string[] = [];
  const known = new Map<string, Known>();
  const tensors = new Map<string, ReadTensor>(initializers.map((t) => [t.name, t]));
  for (const n of nodes) {
    const t = n.attrs.value;
    if (n.op === 'Constant' && t && typeof t === 'object' && 'dims' in t) tensors.set(n.outputs[0], t);
  }
  for (const t of tensors.values()) known.set(t.name, { shape: t.dims, value: t.size <= 64 ? (t.values() ?? undefined) : undefined });
  for (const v of inputs) {
    const dim = (d: number | string | null, i: number) => {
      if (typeof d === 'number' && d > 0) return d;
      assumed.push(`input '${v.name}' dim ${i}${d ? ` ('${d}')` : ''} = ${symbolic}`);
      return symbolic;
    };
    known.set(v.name, { shape: opts.inputShapes?.[v.name] ?? v.shape?.map(dim) ?? null });
  }
  const declared = new Map([...valueInfo, ...outputs].map((v) => [v.name, v.shape]));

  // How each tensor is used decides whether it counts as a parameter.
  const uses = new Map<string, { op: string; slot: number }[]>();
  for (const n of nodes) {
    n.inputs.forEach((name, slot) => {
      if (!name) return;
      if (!uses.has(name)) uses.set(name, []);
      uses.get(name)!.push({ op: n.op, slot });
    });
  }
  const kind = (t: ReadTensor): 'param' | 'stat' | 'const' => {
    const u = uses.get(t.name) ?? [];
    const data = u.filter(({ op, slot }) => !META_SLOTS[op]?.includes(slot));
    if (t.dataType === 7 || data.length === 0) return 'const';
    if (data.every(({ op, slot }) => op === 'BatchNormalization' && BN_STATS.includes(slot))) return 'stat';
    if (t.size <= 1 && data.every(({ op }) => ELEMENTWISE.has(op))) return 'const';
    return 'param';
  };
  let [params, bnStatistics] = [0, 0];
  const isParam = new Set<string>();
  for (const t of tensors.values()) {
    const k = kind(t);
    if (k === 'param') {
      params += t.size;
      isParam.add(t.name);
    } else if (k === 'stat') bnStatistics += t.size;
  }

  const unsupported = new Set<string>();
  const unknownShapes: string[] = [];
  const costs: NodeCost[] = [];
  let [macs, otherOps] = [0, 0];
  nodes.forEach((node, i) => {
    const name = node.name || `${node.op}_${i}`;
    const ins = node.inputs.map((n) => (n ? (known.get(n) ?? { shape: null }) : null));
    const rule = STANDARD.has(node.domain) ? RULES[node.op] : undefined;
    if (!rule) unsupported.add(STANDARD.has(node.domain) ? node.op : `${node.domain}.${node.op}`);
    let outs: (Known | null)[] | null = null;
    try {
      outs = rule?.(node, ins, model.opset) ?? null;
    } catch {
      outs = null; // a malformed node (missing attribute, odd rank): unknown, like an unsupported op
    }
    // Shapes the file declares (value_info, graph outputs) carry the walk past a node we could not
    // shape, but that node is not costed: its inputs or attributes were not understood.
    const shapes = node.outputs.map((o, j) => {
      const s = outs?.[j]?.shape ?? declared.get(o)?.map((d) => (typeof d === 'number' && d > 0 ? d : NaN)) ?? null;
      return s && s.every(Number.isInteger) ? s : null;
    });
    node.outputs.forEach((o, j) => known.set(o, { shape: shapes[j], value: outs?.[j]?.value }));
    const inShapes = ins.map((k) => k?.shape ?? null);
    const c = outs?.[0]?.shape ? nodeCost(node, inShapes, shapes) : null;
    if (rule && !c) unknownShapes.push(name);
    const p = node.inputs.filter((n) => isParam.has(n)).reduce((s, n) => s + tensors.get(n)!.size, 0);
    costs.push({ name, op: node.op, macs: c?.macs ?? 0, otherOps: c?.otherOps ?? 0, params: p, outputShapes: shapes });
    macs += c?.macs ?? 0;
    otherOps += c?.otherOps ?? 0;
  });
  return {
    params,
    bnStatistics,
    macs,
    otherOps,
    nodes: costs,
    unsupportedOps: [...unsupported].sort(),
    unknownShapes,
    inputs: inputs.map((v) => ({ name: v.name, shape: known.get(v.name)?.shape ?? null })),
    outputs: outputs.map((v) => ({ name: v.name, shape: known.get(v.name)?.shape ?? null })),
    assumed,
  };
}
