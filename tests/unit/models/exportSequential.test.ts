import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportSequential } from '../../../src/models/onnx/exportSequential';
import { decodeModel } from '../../../src/models/onnx/onnxModel';
import { runOnce } from '../../../src/models/runtime/ort';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';

/** NHWC → NCHW for a [N, H, W, C] buffer. */
function toNchw(x: Float32Array, [N, H, W, C]: number[]): Float32Array {
  const out = new Float32Array(x.length);
  for (let n = 0; n < N; n++)
    for (let h = 0; h < H; h++)
      for (let w = 0; w < W; w++)
        for (let c = 0; c < C; c++) {
          out[((n * C + c) * H + h) * W + w] = x[((n * H + h) * W + w) * C + c];
        }
  return out;
}

const seeded = (s: number) => ({
  kernelInitializer: tf.initializers.glorotUniform({ seed: s }),
  biasInitializer: tf.initializers.randomNormal({ seed: s + 1, stddev: 0.3 }),
});

/** Small models covering every supported layer and padding case; names say what each checks. */
const MODELS: Record<string, () => tf.Sequential> = {
  'conv same/valid/strided + max/avg pools + Flatten (HWC order) + dense relu/softmax': () =>
    tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [9, 11, 3], filters: 4, kernelSize: 3, padding: 'same', activation: 'relu', ...seeded(1) }),
        tf.layers.conv2d({ filters: 5, kernelSize: [3, 2], strides: 2, padding: 'same', ...seeded(3) }),
        tf.layers.maxPooling2d({ poolSize: 2, strides: 1, padding: 'valid' }),
        tf.layers.conv2d({ filters: 3, kernelSize: 2, padding: 'valid', activation: 'tanh', useBias: false, ...seeded(5) }),
        tf.layers.averagePooling2d({ poolSize: 2, strides: 2, padding: 'same' }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 6, activation: 'relu', ...seeded(7) }),
        tf.layers.dropout({ rate: 0.5 }),
        tf.layers.dense({ units: 4, activation: 'softmax', ...seeded(9) }),
      ],
    }),
  'batch norm + global pools + separate activation layers': () => {
    const m = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [8, 8, 2], filters: 6, kernelSize: 3, padding: 'same', ...seeded(11) }),
        tf.layers.batchNormalization({}),
        tf.layers.reLU(),
        tf.layers.maxPooling2d({ poolSize: 3, strides: 2, padding: 'same' }),
        tf.layers.globalAveragePooling2d({}),
        tf.layers.dense({ units: 3, ...seeded(13) }),
        tf.layers.activation({ activation: 'sigmoid' }),
      ],
    });
    // Non-trivial moving statistics, so the BatchNormalization mapping is really exercised.
    const bn = m.layers[1];
    const r = randomSeeded(5);
    bn.setWeights([6, 6, 6, 6].map((n, i) => tf.tensor1d(Array.from({ length: n }, () => (i === 3 ? 0.5 + r() : r() - 0.5)))));
    return m;
  },
  'global max pool': () =>
    tf.sequential({ layers: [tf.layers.conv2d({ inputShape: [5, 7, 1], filters: 2, kernelSize: 3, ...seeded(15) }), tf.layers.globalMaxPooling2d({})] }),
};

describe('exportSequential (tfjs Sequential → ONNX, NCHW input)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(Object.keys(MODELS))('%s: ORT on the export matches tfjs within 1e-5', async (name) => {
    const model = MODELS[name]();
    const inShape = [2, ...(model.inputs[0].shape.slice(1) as number[])];
    const r = randomSeeded(name.length);
    const x = Float32Array.from({ length: inShape.reduce((a, b) => a * b) }, () => r() * 2 - 1);
    const expected = tf.tidy(() => (model.predict(tf.tensor(x, inShape)) as tf.Tensor).dataSync());
    const bytes = exportSequential(model, { inputName: 'x', outputName: 'y' });
    const [N, H, W, C] = inShape;
    const got = (await runOnce(bytes, { x: { data: toNchw(x, inShape), shape: [N, C, H, W] } })).y;
    expect(got.shape).toEqual(model.outputs[0].shape.map((d) => d ?? N));
    expect(maxAbsDiff(got.data, expected)).toBeLessThan(1e-5);
    model.dispose();
  });

  it('decodes as a graph with a symbolic batch, OIHW conv weights and an optional softmax output', () => {
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [4, 4, 3], filters: 2, kernelSize: [3, 1], padding: 'same', ...seeded(1) }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 2, ...seeded(2) }),
      ],
    });
    const g = decodeModel(exportSequential(model, { softmaxOutput: 'probs' })) as {
      graph: {
        node: { op_type: string }[];
        initializer: { name: string; dims: number[] }[];
        input: { type: { tensor_type: { shape: { dim: object[] } } } }[];
        output: { name: string }[];
      };
      opset_import: { version: number }[];
    };
    expect(g.graph.node.map((n) => n.op_type)).toEqual(['Conv', 'Transpose', 'Flatten', 'Gemm', 'Softmax']);
    expect(g.graph.initializer.find((t) => t.name.endsWith('/W') && t.dims.length === 4)!.dims).toEqual([2, 3, 3, 1]);
    expect(g.graph.input[0].type.tensor_type.shape.dim[0]).toEqual({ dim_param: 'batch' });
    expect(g.graph.output.map((o) => o.name)).toEqual(['output', 'probs']);
    expect(g.opset_import[0].version).toBe(17);
    model.dispose();
  });

  it('refuses layers it cannot translate, naming them', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 2 }), tf.layers.layerNormalization({})] });
    expect(() => exportSequential(model)).toThrow(/LayerNormalization/);
    model.dispose();
  });
});
