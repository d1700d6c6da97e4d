import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFunctional } from '../../../src/models/onnx/exportFunctional';
import { exportSequential } from '../../../src/models/onnx/exportSequential';
import { graphCost } from '../../../src/models/onnx/graphCost';
import { encodeModel } from '../../../src/models/onnx/onnxModel';
import { readOnnx } from '../../../src/models/onnx/readOnnx';
import { shapeZooGraph, SHAPE_ZOO_OUTPUTS, unknownOpGraph } from '../../../src/models/onnx/reference/costGraphs';
import { runOnce } from '../../../src/models/runtime/ort';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const cost = (bytes: Uint8Array, opts?: Parameters<typeof graphCost>[1]) => graphCost(readOnnx(bytes), opts);
const ones = (shape: number[]) => ({ data: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(0.5), shape });

describe('graphCost on the shape zoo (every shape rule, odd attributes)', () => {
  const bytes = encodeModel(shapeZooGraph());
  const c = cost(bytes);

  it('infers the shape onnxruntime produces for every output', async () => {
    const ref = await runOnce(bytes, { x: ones([2, 3, 5, 7]) });
    const names = Object.keys(SHAPE_ZOO_OUTPUTS);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect([name, c.outputs.find((o) => o.name === name)?.shape]).toEqual([name, ref[name].shape]);
  });

  it('counts 8544 MACs by hand: Conv 144·18, ConvTranspose 144·(2·3·3), Gemm 2·10·144, MatMul 80·6', () => {
    expect(c.macs).toBe(144 * 18 + 144 * 18 + 2 * 10 * 144 + 80 * 6);
  });

  it('counts 1622 parameters (72 + 72 + 1440 + 30 weights, 8 BN scale/bias), 8 BN statistics, no int64 shape tensors', () => {
    expect([c.params, c.bnStatistics]).toEqual([72 + 72 + 1440 + 30 + 8, 8]);
  });

  it('counts other ops by hand: pools by window, elementwise/BN/Softmax/Resize by output, global pool and ReduceMean by input', () => {
    // MaxPool 72·9, AveragePool 96·4, Resize 288, Softmax 20, BN 144, GlobalAveragePool 144, Add 144, ReduceMean 2·3·6·10.
    expect(c.otherOps).toBe(72 * 9 + 96 * 4 + 288 + 20 + 144 + 144 + 144 + 360);
  });

  it('needs nothing it does not know', () => expect([c.unsupportedOps, c.unknownShapes]).toEqual([[], []]));
});

describe('graphCost on small tfjs models exported by our writer', () => {
  const seeded = (s: number) => ({
    kernelInitializer: tf.initializers.glorotUniform({ seed: s }),
    biasInitializer: tf.initializers.randomNormal({ seed: s + 1 }),
  });

  it('a Sequential conv net: 513 parameters (as tfjs counts), 12168 MACs and 1117 other ops by hand', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [9, 11, 3], filters: 4, kernelSize: 3, padding: 'same', activation: 'relu', ...seeded(1) }), // 3·3·3·4 + 4
        tf.layers.maxPooling2d({ poolSize: 2, strides: 2 }), // → 4×5×4
        tf.layers.conv2d({ filters: 6, kernelSize: 3, useBias: false, ...seeded(3) }), // 3·3·4·6, valid → 2×3×6
        tf.layers.flatten(),
        tf.layers.dense({ units: 5, ...seeded(5) }), // 36·5 + 5
      ],
    });
    const bytes = exportSequential(model);
    const c = cost(bytes);
    expect(c.params).toBe(model.countParams());
    expect(c.params).toBe(112 + 216 + 185);
    expect(c.macs).toBe(9 * 11 * 4 * 27 + 2 * 3 * 6 * 36 + 36 * 5);
    expect(c.otherOps).toBe(396 + 396 + 80 * 4 + 5); // bias + ReLU on 9·11·4, pool windows, dense bias
    expect(c.outputs[0].shape).toEqual((await runOnce(bytes, { input: ones([1, 3, 9, 11]) })).output.shape);
    model.dispose();
  });

  it('a functional net with batch norm, Add, pooling, upsampling and a skip Concatenate: params + BN statistics = tfjs countParams', async () => {
    const input = tf.input({ shape: [8, 8, 2] });
    const a = tf.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', ...seeded(7) }).apply(input) as tf.SymbolicTensor; // 76
    const an = tf.layers.batchNormalization({}).apply(a) as tf.SymbolicTensor; // 4·4: γ, β learnable; mean, variance not
    const b = tf.layers.conv2d({ filters: 4, kernelSize: 1, ...seeded(9) }).apply(a) as tf.SymbolicTensor; // 20
    const s = tf.layers.add().apply([an, b]) as tf.SymbolicTensor;
    const up = tf.layers.upSampling2d({ size: [2, 2] }).apply(tf.layers.maxPooling2d({ poolSize: 2 }).apply(s)) as tf.SymbolicTensor;
    const cat = tf.layers.concatenate().apply([up, input]) as tf.SymbolicTensor; // 6 channels
    const out = tf.layers.conv2d({ filters: 3, kernelSize: 1, ...seeded(11) }).apply(cat) as tf.SymbolicTensor; // 21
    const model = tf.model({ inputs: input, outputs: out });
    const trainable = model.trainableWeights.reduce((n, w) => n + (w.shape as number[]).reduce((p, d) => p * d, 1), 0);
    const bytes = exportFunctional(model);
    const c = cost(bytes);
    expect([c.params, c.bnStatistics]).toEqual([trainable, model.countParams() - trainable]);
    expect([c.params, c.bnStatistics]).toEqual([76 + 8 + 20 + 21, 8]);
    expect(c.macs).toBe(64 * 4 * 18 + 64 * 4 * 4 + 64 * 3 * 6);
    expect(c.outputs[0].shape).toEqual((await runOnce(bytes, { input: ones([1, 2, 8, 8]) })).output.shape);
    model.dispose();
  });
});

describe('graphCost matches the parameter count tfjs recorded in each shipped model’s card', () => {
  it.each([
    ['models/unet/unet.onnx', 'models/unet/card.json', ''],
    ['models/shape-classifier/shape-classifier.onnx', 'models/shape-classifier/card.json', ''],
    ['models/clip/clip-image.onnx', 'models/clip/card.json', 'image'],
    ['models/clip/clip-text.onnx', 'models/clip/card.json', 'text'],
  ])('%s', (file, card, part) => {
    const recorded = JSON.parse(readFileSync(card, 'utf8')).parameters;
    // The CLIP text encoder's learned CLS vector (textWidth numbers) is added into position row 0 at export
    // (src/models/clip/textGraph.ts), so its ONNX file holds exactly that many numbers fewer than tfjs counts.
    const folded = part === 'text' ? JSON.parse(readFileSync(card, 'utf8')).architecture.textWidth : 0;
    const expected: number = (part ? recorded[part] : recorded) - folded;
    const c = cost(new Uint8Array(readFileSync(file)));
    expect(c.params).toBe(expected);
    expect(c.macs).toBeGreaterThan(0);
    expect([c.unsupportedOps, c.unknownShapes]).toEqual([[], []]);
  });
});

describe('graphCost with what it does not know', () => {
  it('reports an unknown op by name, leaves what follows it uncounted, and still counts every parameter', () => {
    const c = cost(encodeModel(unknownOpGraph(false)));
    expect(c.unsupportedOps).toEqual(['FancyOp']);
    expect(c.unknownShapes).toEqual(['relu', 'conv2']);
    expect(c.params).toBe(72 + 4 + 12);
    expect(c.macs).toBe(64 * 18); // conv1 only: 1·4·4·4 outputs × 2·3·3
  });

  it('continues past an unknown op whose output shape the file declares', () => {
    const c = cost(encodeModel(unknownOpGraph(true)));
    expect([c.unsupportedOps, c.unknownShapes]).toEqual([['FancyOp'], []]);
    expect(c.macs).toBe(64 * 18 + 48 * 4);
  });

  it('lists a node it cannot shape (MaxPool without kernel_shape) instead of throwing', () => {
    const bytes = encodeModel({
      nodes: [{ op: 'MaxPool', inputs: ['x'], outputs: ['y'], name: 'pool' }],
      inputs: [{ name: 'x', type: 'float', shape: [1, 1, 4, 4] }],
      outputs: [{ name: 'y', type: 'float', shape: [1, 1, 2, 2] }],
    });
    expect(cost(bytes).unknownShapes).toEqual(['pool']);
  });

  it('sets symbolic dims to 1 and says so, or takes the shapes it is given', () => {
    const bytes = encodeModel({
      nodes: [{ op: 'Conv', inputs: ['x', 'w'], outputs: ['y'], name: 'conv' }],
      inputs: [{ name: 'x', type: 'float', shape: ['batch', 2, 'h', 'w'] }],
      outputs: [{ name: 'y', type: 'float', shape: ['batch', 3, 'oh', 'ow'] }],
      initializers: [{ name: 'w', type: 'float', dims: [3, 2, 1, 1], data: [1, 2, 3, 4, 5, 6] }],
    });
    const assumed = cost(bytes);
    expect(assumed.assumed).toEqual(["input 'x' dim 0 ('batch') = 1", "input 'x' dim 2 ('h') = 1", "input 'x' dim 3 ('w') = 1"]);
    expect(assumed.macs).toBe(3 * 2);
    const given = cost(bytes, { inputShapes: { x: [4, 2, 8, 8] } });
    expect([given.assumed, given.macs, given.outputs[0].shape]).toEqual([[], 4 * 64 * 3 * 2, [4, 3, 8, 8]]);
  });
});
