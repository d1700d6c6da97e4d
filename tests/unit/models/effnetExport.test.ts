import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTinyEffNet, inputSide, stageRepeats } from '../../../src/models/efficientnet/tinyEffNet';
import { FAMILY } from '../../../src/models/efficientnet/family';
import { exportFunctional } from '../../../src/models/onnx/exportFunctional';
import { graphCost } from '../../../src/models/onnx/graphCost';
import { readOnnx } from '../../../src/models/onnx/readOnnx';
import { runOnce } from '../../../src/models/runtime/ort';
import { maxAbsDiff } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';
import { nonEmpty } from '../../nonEmpty';

function toNchw(x: Float32Array, [N, H, W, C]: number[]): Float32Array {
  const out = new Float32Array(x.length);
  for (let n = 0; n < N; n++)
    for (let h = 0; h < H; h++) for (let w = 0; w < W; w++) for (let c = 0; c < C; c++) out[((n * C + c) * H + h) * W + w] = x[((n * H + h) * W + w) * C + c];
  return out;
}

describe('tiny EfficientNet: tfjs model → ONNX (DepthwiseConv2D, swish, SE Reshape + Multiply) agrees with onnxruntime-web', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  // Scaled members too: odd resolutions (37, 45 px) exercise 'same' pads with the extra pixel after.
  const SCALES = nonEmpty([
    { depth: 1, width: 1, resolution: 1 },
    { depth: 1.2, width: 1.1, resolution: 1.15 },
    { depth: 1, width: 1, resolution: Math.SQRT2 },
  ]);
  it.each(SCALES)('logits match for scale %o, with and without batch norm', async (scale) => {
    for (const bn of [false, true]) {
      const model = buildTinyEffNet(scale, 3, 5, bn);
      const S = inputSide(scale);
      const r = randomSeeded(11);
      const x = Float32Array.from({ length: 2 * S * S * 3 }, () => r());
      const expected = tf.tidy(() => (model.predict(tf.tensor4d(x, [2, S, S, 3])) as tf.Tensor).dataSync() as Float32Array);
      const { y } = await runOnce(exportFunctional(model, { inputName: 'x', outputName: 'y' }), { x: { data: toNchw(x, [2, S, S, 3]), shape: [2, 3, S, S] } });
      // float32 through ~10 blocks of sums of ≤ 200 products, different summation order in ORT: 1e-4 on logits of size ~1.
      expect(maxAbsDiff(y.data, expected)).toBeLessThan(1e-4);
      model.dispose();
    }
  });

  it('graphCost reads the exported graph whole and counts the same parameters as tfjs', () => {
    const model = buildTinyEffNet({ depth: 1, width: 1, resolution: 1 }, 3, 5);
    const c = graphCost(readOnnx(exportFunctional(model)));
    expect([c.unsupportedOps, c.unknownShapes]).toEqual([[], []]);
    expect(c.params).toBe(model.countParams());
    model.dispose();
  });

  it('depth scaling rounds repeats up, as efficientnet_builder.py does (⌈1.2·2⌉ = 3)', () => {
    expect(stageRepeats({ depth: 1.2, width: 1, resolution: 1 })).toEqual([2, 3, 3, 2]);
    expect(FAMILY.map((m) => m.name)).toEqual(
      expect.arrayContaining(['effnet-b0', 'effnet-depth1', 'effnet-width2', 'effnet-resolution1', 'effnet-b1', 'effnet-b2']),
    );
  });
});
