import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFunctional } from '../../../src/models/onnx/exportFunctional';
import { decodeModel } from '../../../src/models/onnx/onnxModel';
import { runOnce } from '../../../src/models/runtime/ort';
import { buildUNet } from '../../../src/models/unet/model';
import { exportUNet } from '../../../src/models/unet/export';
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

/** conv → pool → conv → nearest ×2 → concat with the first conv (the skip) → conv; plus an additive skip. */
function tinySkipModel(): tf.LayersModel {
  const x = tf.input({ shape: [6, 8, 2] });
  const a = tf.layers.conv2d({ filters: 3, kernelSize: 3, padding: 'same', activation: 'relu', ...seeded(1) }).apply(x) as tf.SymbolicTensor;
  const p = tf.layers.maxPooling2d({ poolSize: 2 }).apply(a) as tf.SymbolicTensor;
  const m = tf.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', ...seeded(3) }).apply(p) as tf.SymbolicTensor;
  const u = tf.layers.upSampling2d({ size: [2, 2] }).apply(m) as tf.SymbolicTensor;
  const cat = tf.layers.concatenate({ axis: -1 }).apply([u, a]) as tf.SymbolicTensor;
  const c = tf.layers.conv2d({ filters: 3, kernelSize: 3, padding: 'same', ...seeded(5) }).apply(cat) as tf.SymbolicTensor;
  const r = tf.layers.reLU().apply(tf.layers.add().apply([c, a]) as tf.SymbolicTensor) as tf.SymbolicTensor;
  const y = tf.layers
    .softmax({ axis: -1 })
    .apply(tf.layers.conv2d({ filters: 2, kernelSize: 1, ...seeded(7) }).apply(r) as tf.SymbolicTensor) as tf.SymbolicTensor;
  return tf.model({ inputs: x, outputs: y });
}

async function compare(model: tf.LayersModel, batch: number, seed: number) {
  const inShape = [batch, ...(model.inputs[0].shape.slice(1) as number[])];
  const r = randomSeeded(seed);
  const x = Float32Array.from({ length: inShape.reduce((a, b) => a * b) }, () => r() * 2 - 1);
  const expected = tf.tidy(() => (model.predict(tf.tensor(x, inShape)) as tf.Tensor).dataSync() as Float32Array);
  const outShape = model.outputs[0].shape.map((d) => d ?? batch);
  const [N, H, W, C] = inShape;
  const got = (await runOnce(exportFunctional(model, { inputName: 'x', outputName: 'y' }), { x: { data: toNchw(x, inShape), shape: [N, C, H, W] } })).y;
  return { got, expected: outShape.length === 4 ? toNchw(expected, outShape) : expected, outShape };
}

type Decoded = {
  graph: { node: { op_type: string; input: string[]; attribute?: { name: string; i?: number; s?: number[] }[] }[]; output: { name: string }[] };
};

describe('exportFunctional (tfjs functional graph → ONNX, NCHW)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('a tiny model with a concatenated skip, an added skip and nearest upsampling: ORT matches tfjs within 1e-5', async () => {
    const model = tinySkipModel();
    const { got, expected, outShape } = await compare(model, 2, 11);
    const [N, H, W, C] = outShape;
    expect(got.shape).toEqual([N, C, H, W]);
    expect(maxAbsDiff(got.data, expected)).toBeLessThan(1e-5);
    model.dispose();
  });

  it('maps the channel concat to axis 1 and UpSampling2D to Resize nearest, asymmetric, floor', () => {
    const model = tinySkipModel();
    const g = decodeModel(exportFunctional(model)) as Decoded;
    const attr = (op: string, name: string) => g.graph.node.find((n) => n.op_type === op)!.attribute!.find((a) => a.name === name)!;
    const text = (a: { s?: number[] }) => new TextDecoder().decode(Uint8Array.from(a.s!));
    expect(attr('Concat', 'axis').i).toBe(1);
    expect(text(attr('Resize', 'mode'))).toBe('nearest');
    expect(text(attr('Resize', 'coordinate_transformation_mode'))).toBe('asymmetric');
    expect(text(attr('Resize', 'nearest_mode'))).toBe('floor');
    expect(g.graph.node.find((n) => n.op_type === 'Concat')!.input).toHaveLength(2);
    model.dispose();
  });

  it('nearest ×2 of [[1, 2], [3, 4]] copies each pixel into a 2×2 block, in tfjs and in ORT alike', async () => {
    const x = tf.input({ shape: [2, 2, 1] });
    const model = tf.model({ inputs: x, outputs: tf.layers.upSampling2d({ size: [2, 2] }).apply(x) as tf.SymbolicTensor });
    const block = [1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4];
    expect(Array.from(tf.tidy(() => (model.predict(tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1])) as tf.Tensor).dataSync()))).toEqual(block);
    const got = await runOnce(exportFunctional(model, { inputName: 'x', outputName: 'y' }), {
      x: { data: Float32Array.from([1, 2, 3, 4]), shape: [1, 1, 2, 2] },
    });
    expect(Array.from(got.y.data)).toEqual(block);
    model.dispose();
  });

  it('the U-Net itself (random weights, both variants): logits and probs match tfjs within 1e-4', async () => {
    for (const skips of [true, false]) {
      const model = buildUNet({ filters: [4, 8, 8, 8], inputSize: 16, seed: 3, skips });
      const r = randomSeeded(5);
      const x = Float32Array.from({ length: 2 * 16 * 16 * 3 }, () => r());
      const logits = tf.tidy(() => (model.predict(tf.tensor4d(x, [2, 16, 16, 3])) as tf.Tensor).dataSync() as Float32Array);
      const probs = tf.tidy(() => tf.softmax(tf.tensor4d(logits, [2, 16, 16, 4])).dataSync() as Float32Array);
      const out = await runOnce(exportUNet(model), { image: { data: toNchw(x, [2, 16, 16, 3]), shape: [2, 3, 16, 16] } });
      expect(out.logits.shape).toEqual([2, 4, 16, 16]);
      expect(maxAbsDiff(out.logits.data, toNchw(logits, [2, 16, 16, 4]))).toBeLessThan(1e-4);
      expect(maxAbsDiff(out.probs.data, toNchw(probs, [2, 16, 16, 4]))).toBeLessThan(1e-4);
      const ops = (decodeModel(exportUNet(model)) as Decoded).graph.node.map((n) => n.op_type);
      expect(ops.filter((o) => o === 'Concat')).toHaveLength(skips ? 3 : 0);
      expect(ops.filter((o) => o === 'Resize')).toHaveLength(3);
      model.dispose();
    }
  });

  it('refuses a layer applied twice (shared weights), naming it', () => {
    const x = tf.input({ shape: [4] });
    const shared = tf.layers.dense({ units: 4, name: 'shared_dense' });
    const y = shared.apply(shared.apply(x) as tf.SymbolicTensor) as tf.SymbolicTensor;
    const model = tf.model({ inputs: x, outputs: y });
    expect(() => exportFunctional(model)).toThrow(/shared_dense.*2 times/);
    model.dispose();
  });
});
