import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { randomSeeded } from '../../../src/kernels/random';
import { encodeModel } from '../../../src/models/onnx/onnxModel';
import { ONNX_PROTO } from '../../../src/models/onnx/onnxSchema';
import { readOnnx } from '../../../src/models/onnx/readOnnx';
import { shapeZooGraph } from '../../../src/models/onnx/reference/costGraphs';
import { createSession } from '../../../src/models/runtime/ort';

const tiny = () =>
  encodeModel({
    opset: 18,
    nodes: [
      {
        op: 'Conv',
        inputs: ['x', 'w'],
        outputs: ['y'],
        name: 'conv',
        attrs: { group: { int: 2 }, pads: { ints: [1, 0, 1, 0] }, alpha: { float: 0.25 }, scales: { floats: [1.5, 2] }, mode: { string: 'nearest' } },
      },
    ],
    inputs: [{ name: 'x', type: 'float', shape: ['batch', 2, 4, 4] }],
    outputs: [{ name: 'y', type: 'float', shape: ['batch', 2, 4, 2] }],
    initializers: [
      { name: 'w', type: 'float', dims: [2, 1, 3, 3], data: Array.from({ length: 18 }, (_, i) => i / 4) },
      { name: 'shape', type: 'int64', dims: [2], data: [-1, 8] },
    ],
  });

describe('readOnnx reads back what encodeModel writes', () => {
  const m = readOnnx(tiny());
  it('reads the IR version, the opset of the default domain and the producer', () => {
    expect([m.irVersion, m.opset, m.producer]).toEqual([8, 18, 'concept-notebook 1']);
  });
  it('reads nodes with int, ints, float, floats and string attributes', () => {
    expect(m.graph.nodes).toEqual([
      {
        op: 'Conv',
        domain: '',
        name: 'conv',
        inputs: ['x', 'w'],
        outputs: ['y'],
        attrs: { group: 2, pads: [1, 0, 1, 0], alpha: 0.25, scales: [1.5, 2], mode: 'nearest' },
      },
    ]);
  });
  it('reads symbolic and fixed dimensions of inputs and outputs', () => {
    expect(m.graph.inputs).toEqual([{ name: 'x', elemType: 1, shape: ['batch', 2, 4, 4] }]);
    expect(m.graph.outputs).toEqual([{ name: 'y', elemType: 1, shape: ['batch', 2, 4, 2] }]);
  });
  it('decodes float and int64 initializers from raw_data', () => {
    const [w, shape] = m.graph.initializers;
    expect([w.name, w.dataType, w.dims, w.size, w.external]).toEqual(['w', 1, [2, 1, 3, 3], 18, false]);
    expect(w.values()).toEqual(Array.from({ length: 18 }, (_, i) => i / 4));
    expect(shape.values()).toEqual([-1, 8]);
  });
});

describe('readOnnx reads what other exporters write', () => {
  // Written with protobufjs directly: typed data fields instead of raw_data, an initializer also
  // listed as an input (IR < 4), weights in an external file, an attribute without its type.
  const T = protobuf.parse(ONNX_PROTO, { keepCase: true }).root.lookupType('onnx.ModelProto');
  const bytes = T.encode(
    T.fromObject({
      ir_version: 3,
      opset_import: [{ domain: 'ai.onnx', version: 9 }],
      graph: {
        node: [{ op_type: 'Reshape', input: ['x', 'shape'], output: ['y'], attribute: [{ name: 'axis', i: 2 }] }],
        initializer: [
          { name: 'shape', dims: [2], data_type: 7, int64_data: [1, -1] },
          { name: 'w', dims: [3], data_type: 1, float_data: [0.5, -1, 2] },
          { name: 'big', dims: [1000, 1000], data_type: 1, data_location: 1, external_data: [{ key: 'location', value: 'weights.bin' }] },
        ],
        input: [{ name: 'x', type: { tensor_type: { elem_type: 1, shape: { dim: [{ dim_value: 2 }, { dim_value: 4 }] } } } }, { name: 'shape' }],
        output: [{ name: 'y', type: { tensor_type: { elem_type: 1 } } }],
      },
    }),
  ).finish();
  const m = readOnnx(bytes);
  it('takes the opset of domain "ai.onnx" as the default one', () => expect(m.opset).toBe(9));
  it('decodes int64_data and float_data', () => {
    expect(m.graph.initializers[0].values()).toEqual([1, -1]);
    expect(m.graph.initializers[1].values()).toEqual([0.5, -1, 2]);
  });
  it('describes external weights without loading them', () => {
    const big = m.graph.initializers[2];
    expect([big.external, big.size, big.values()]).toEqual([true, 1e6, null]);
  });
  it('drops initializers from the inputs and reads a missing shape as unknown rank', () => {
    expect(m.graph.inputs.map((v) => v.name)).toEqual(['x']);
    expect(m.graph.outputs[0].shape).toBeNull();
  });
  it('infers an attribute’s type from the field that is set', () => expect(m.graph.nodes[0].attrs).toEqual({ axis: 2 }));
});

describe('readOnnx agrees with onnxruntime on the declared inputs and outputs of the shipped models', () => {
  it.each(['models/unet/unet.onnx', 'models/shape-classifier/shape-classifier.onnx', 'models/clip/clip-image.onnx', 'models/clip/clip-text.onnx'])(
    '%s',
    async (file) => {
      const bytes = new Uint8Array(readFileSync(file));
      const m = readOnnx(bytes);
      const session = await createSession(bytes);
      try {
        const meta = (values: typeof session.inputMetadata) => values.map((v) => ({ name: v.name, shape: v.isTensor ? [...v.shape] : null }));
        const ours = (values: typeof m.graph.inputs) => values.map((v) => ({ name: v.name, shape: v.shape }));
        expect(ours(m.graph.inputs)).toEqual(meta(session.inputMetadata));
        expect(ours(m.graph.outputs)).toEqual(meta(session.outputMetadata));
      } finally {
        await session.release();
      }
    },
  );
});

describe('readOnnx refuses what is not an ONNX model with a clear Error', () => {
  const rand = randomSeeded(3);
  const model = encodeModel(shapeZooGraph());
  it.each([
    ['an empty file', new Uint8Array(0), /readOnnx: the file is empty/],
    ['1 kB of random bytes', Uint8Array.from({ length: 1024 }, () => Math.floor(rand() * 256)), /readOnnx: not an ONNX model/],
    ['a model cut in half', model.subarray(0, model.length >> 1), /readOnnx: not an ONNX model, or a truncated one/],
    ['a text file', new TextEncoder().encode('name,score\nalice,3\nbob,4\n'), /readOnnx: not an ONNX model/],
    ['a PNG header', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /readOnnx: not an ONNX model/],
  ])('%s', (_what, bytes, message) => {
    expect(() => readOnnx(bytes)).toThrow(message);
  });
});
