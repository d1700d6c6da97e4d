import protobuf from 'protobufjs';
import { DataType, ONNX_PROTO, type ElemType } from './onnxSchema';

/**
 * Writes ONNX models (a graph of standard-domain nodes with float/int initializers) as bytes
 * that onnxruntime-web loads. Used for the shipped models and for the one-node reference
 * models the tests build to check our kernels against onnxruntime's operators.
 */

export type AttrValue = { int: number } | { float: number } | { ints: number[] } | { floats: number[] } | { string: string };

export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, AttrValue>;
  name?: string;
}

export interface OnnxValue {
  name: string;
  type: ElemType;
  shape: (number | string)[]; // a string is a symbolic dimension, e.g. 'batch'
}

export interface OnnxInitializer {
  name: string;
  type: ElemType;
  dims: number[];
  data: ArrayLike<number>;
}

export interface OnnxGraph {
  nodes: OnnxNode[];
  inputs: OnnxValue[];
  outputs: OnnxValue[];
  initializers?: OnnxInitializer[];
  opset?: number; // default 17
  name?: string;
}

let modelType: protobuf.Type | undefined;
function modelProto(): protobuf.Type {
  modelType ??= protobuf.parse(ONNX_PROTO, { keepCase: true }).root.lookupType('onnx.ModelProto');
  return modelType;
}

const ATTR_TYPE = { float: 1, int: 2, string: 3, floats: 6, ints: 7 } as const;

function attribute(name: string, v: AttrValue) {
  if ('int' in v) return { name, type: ATTR_TYPE.int, i: v.int };
  if ('float' in v) return { name, type: ATTR_TYPE.float, f: v.float };
  if ('ints' in v) return { name, type: ATTR_TYPE.ints, ints: v.ints };
  if ('floats' in v) return { name, type: ATTR_TYPE.floats, floats: v.floats };
  return { name, type: ATTR_TYPE.string, s: new TextEncoder().encode(v.string) };
}

/** Little-endian raw bytes, as TensorProto.raw_data requires. */
function rawData(type: ElemType, data: ArrayLike<number>): Uint8Array {
  const bytesPer = type === 'int64' ? 8 : 4;
  const view = new DataView(new ArrayBuffer(data.length * bytesPer));
  for (let i = 0; i < data.length; i++) {
    if (type === 'float') view.setFloat32(i * 4, data[i], true);
    else if (type === 'int32') view.setInt32(i * 4, data[i], true);
    else view.setBigInt64(i * 8, BigInt(Math.trunc(data[i])), true);
  }
  return new Uint8Array(view.buffer);
}

function valueInfo(v: OnnxValue) {
  const dim = v.shape.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d }));
  return { name: v.name, type: { tensor_type: { elem_type: DataType[v.type], shape: { dim } } } };
}

export function encodeModel(g: OnnxGraph): Uint8Array {
  const opset = g.opset ?? 17;
  const T = modelProto();
  const message = T.fromObject({
    ir_version: opset >= 21 ? 10 : 8,
    producer_name: 'concept-notebook',
    producer_version: '1',
    opset_import: [{ domain: '', version: opset }],
    graph: {
      name: g.name ?? 'graph',
      node: g.nodes.map((n, i) => ({
        name: n.name ?? `${n.op}_${i}`,
        op_type: n.op,
        input: n.inputs,
        output: n.outputs,
        attribute: Object.entries(n.attrs ?? {}).map(([k, v]) => attribute(k, v)),
      })),
      initializer: (g.initializers ?? []).map((t) => ({
        name: t.name,
        dims: t.dims,
        data_type: DataType[t.type],
        raw_data: rawData(t.type, t.data),
      })),
      input: g.inputs.map(valueInfo),
      output: g.outputs.map(valueInfo),
    },
  });
  return T.encode(message).finish();
}

/** Reads a model back into a plain object (for tests and for the model card). */
export function decodeModel(bytes: Uint8Array): Record<string, unknown> {
  const T = modelProto();
  return T.toObject(T.decode(bytes), { longs: Number, bytes: Array, defaults: false });
}
