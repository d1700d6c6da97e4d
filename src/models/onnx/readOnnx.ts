import protobuf from 'protobufjs';
import { ONNX_PROTO } from './onnxSchema';

/**
 * Reads an ONNX model (bytes of a ModelProto, ours or any exporter's) into plain objects: the
 * main graph's nodes with decoded attributes, its inputs and outputs with their (possibly
 * symbolic) shapes, value_info, and its initializers, whose values are decoded only on demand
 * (a counter needs their dims; only the small shape tensors need values). Weights in external
 * files are described, not loaded. Anything that is not an ONNX model throws an Error that says
 * so; subgraphs (If/Loop bodies) are kept as opaque attributes.
 */
export type Dim = number | string | null; // null: unknown, string: symbolic (dim_param)

export interface ReadTensor {
  name: string;
  dataType: number; // TensorProto.DataType: 1 float, 6 int32, 7 int64, 10 float16, 11 double, …
  dims: number[];
  size: number; // element count
  external: boolean; // data stored outside the file (data_location = EXTERNAL)
  /** The values as numbers for numeric types, null if external or of a type not decoded. */
  values(): number[] | null;
}

export type ReadAttr = number | string | number[] | string[] | ReadTensor | ReadTensor[] | { subgraph: string };

export interface ReadNode {
  op: string;
  domain: string; // '' for the standard operators
  name: string;
  inputs: string[]; // '' marks an omitted optional input
  outputs: string[];
  attrs: Record<string, ReadAttr>;
}

export interface ReadValue {
  name: string;
  elemType: number | null; // null when the value is not a tensor (sequence, map, …)
  shape: Dim[] | null; // null when the rank is unknown
}

export interface OnnxModelInfo {
  irVersion: number;
  opset: number; // of the default domain ('' / 'ai.onnx'); 0 if not declared
  opsets: Record<string, number>;
  producer: string;
  graph: { name: string; nodes: ReadNode[]; inputs: ReadValue[]; outputs: ReadValue[]; valueInfo: ReadValue[]; initializers: ReadTensor[] };
}

type Obj = Record<string, unknown>;
const list = <T = Obj>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);

let modelType: protobuf.Type | undefined;
function modelProto(): protobuf.Type {
  modelType ??= protobuf.parse(ONNX_PROTO, { keepCase: true }).root.lookupType('onnx.ModelProto');
  return modelType;
}

/** Bytes per element of raw_data, for the types decoded; getter reads element i little-endian. */
const RAW: Record<number, [number, (v: DataView, i: number) => number]> = {
  1: [4, (v, i) => v.getFloat32(i * 4, true)],
  2: [1, (v, i) => v.getUint8(i)],
  3: [1, (v, i) => v.getInt8(i)],
  4: [2, (v, i) => v.getUint16(i * 2, true)],
  5: [2, (v, i) => v.getInt16(i * 2, true)],
  6: [4, (v, i) => v.getInt32(i * 4, true)],
  7: [8, (v, i) => Number(v.getBigInt64(i * 8, true))],
  9: [1, (v, i) => v.getUint8(i)],
  11: [8, (v, i) => v.getFloat64(i * 8, true)],
  12: [4, (v, i) => v.getUint32(i * 4, true)],
  13: [8, (v, i) => Number(v.getBigUint64(i * 8, true))],
};
/** Which typed field holds each type's values when raw_data is absent (onnx.proto comments). */
const FIELD: Record<number, string> = {
  1: 'float_data',
  2: 'int32_data',
  3: 'int32_data',
  4: 'int32_data',
  5: 'int32_data',
  6: 'int32_data',
  9: 'int32_data',
  7: 'int64_data',
  11: 'double_data',
  12: 'uint64_data',
  13: 'uint64_data',
};

function readTensor(t: Obj): ReadTensor {
  const dims = list<number>(t.dims).map(Number);
  const dataType = Number(t.data_type ?? 0);
  const external = Number(t.data_location ?? 0) === 1;
  const size = dims.reduce((a, b) => a * b, 1);
  const values = () => {
    if (external) return null;
    const raw = t.raw_data as Uint8Array | undefined;
    if (raw && raw.length > 0) {
      const codec = RAW[dataType];
      if (!codec || raw.length !== size * codec[0]) return null;
      const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      return Array.from({ length: size }, (_, i) => codec[1](view, i));
    }
    const field = FIELD[dataType];
    const vals = field ? list<number>(t[field]).map(Number) : [];
    return vals.length === size ? vals : null;
  };
  return { name: String(t.name ?? ''), dataType, dims, size, external, values };
}

/** AttributeProto.type, or for writers that leave it out, the type of the one field that is set. */
function attrType(a: Obj): number {
  if (a.type) return Number(a.type);
  const set = (['f', 'i', 's', 't', 'g', 'floats', 'ints', 'strings', 'tensors'] as const).findIndex((k) =>
    Array.isArray(a[k]) ? (a[k] as unknown[]).length > 0 : a[k] !== undefined,
  );
  return set + 1;
}

function readAttr(a: Obj): ReadAttr {
  const text = (b: unknown) => new TextDecoder().decode(b as Uint8Array);
  switch (attrType(a)) {
    case 1:
      return Number(a.f ?? 0);
    case 2:
      return Number(a.i ?? 0);
    case 3:
      return text(a.s ?? new Uint8Array());
    case 4:
      return readTensor((a.t ?? {}) as Obj);
    case 5:
      return { subgraph: String((a.g as Obj | undefined)?.name ?? '') };
    case 6:
      return list<number>(a.floats).map(Number);
    case 7:
      return list<number>(a.ints).map(Number);
    case 8:
      return list(a.strings).map(text);
    case 9:
      return list(a.tensors).map(readTensor);
    default:
      return { subgraph: `(attribute type ${String(a.type)})` };
  }
}

function readValue(v: Obj): ReadValue {
  const tensorType = ((v.type as Obj | undefined)?.tensor_type ?? null) as Obj | null;
  const shape = tensorType?.shape as Obj | undefined;
  return {
    name: String(v.name ?? ''),
    elemType: tensorType ? Number(tensorType.elem_type ?? 0) : null,
    shape: shape
      ? list(shape.dim).map((d) => (d.dim_value !== undefined ? Number(d.dim_value) : typeof d.dim_param === 'string' && d.dim_param ? d.dim_param : null))
      : null,
  };
}

export function readOnnx(bytes: Uint8Array): OnnxModelInfo {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new Error('readOnnx: the file is empty');
  const T = modelProto();
  let m: Obj;
  try {
    m = T.toObject(T.decode(bytes), { longs: Number, enums: Number, arrays: true, defaults: false }) as Obj;
  } catch (e) {
    throw new Error(`readOnnx: not an ONNX model, or a truncated one (protobuf decoding failed: ${(e as Error).message})`, { cause: e });
  }
  const g = m.graph as Obj | undefined;
  if (!m.ir_version || !g) throw new Error('readOnnx: not an ONNX model (no IR version or no graph)');
  const opsets = Object.fromEntries(list(m.opset_import).map((o) => [String(o.domain ?? ''), Number(o.version ?? 0)]));
  const initializers = list(g.initializer).map(readTensor);
  const isInit = new Set(initializers.map((t) => t.name));
  return {
    irVersion: Number(m.ir_version),
    opset: opsets[''] ?? opsets['ai.onnx'] ?? 0,
    opsets,
    producer: [m.producer_name, m.producer_version].filter(Boolean).join(' '),
    graph: {
      name: String(g.name ?? ''),
      nodes: list(g.node).map((n) => ({
        op: String(n.op_type ?? ''),
        domain: String(n.domain ?? ''),
        name: String(n.name ?? ''),
        inputs: list<string>(n.input).map(String),
        outputs: list<string>(n.output).map(String),
        attrs: Object.fromEntries(list(n.attribute).map((a) => [String(a.name), readAttr(a)])),
      })),
      // IR < 4 lists initializers among the inputs too; they are weights, not things to feed.
      inputs: list(g.input)
        .map(readValue)
        .filter((v) => !isInit.has(v.name)),
      outputs: list(g.output).map(readValue),
      valueInfo: list(g.value_info).map(readValue),
      initializers,
    },
  };
}
