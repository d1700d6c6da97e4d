import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODELS_DIR, readCard, sha256 } from '../../../src/cli/modelFiles';
import { tfjsFiles } from '../../../src/cli/tfjsFiles';
import { MODELS } from '../../../src/models/registry';
import { UNET_FEATURE_TAPS } from '../../../src/models/unet/featureTaps';
import { segBatch } from '../../../src/models/unet/data';
import { createSession, runSession } from '../../../src/models/runtime/ort';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { maxAbsDiff } from '../../../src/kernels/tensor';

const read = (f: string) => new Uint8Array(readFileSync(join(MODELS_DIR, 'unet', f)));

describe('models/unet/unet-features.onnx (the shipped U-Net with its feature maps as outputs)', () => {
  const spec = MODELS.get('unet')!;
  let model: tf.LayersModel;
  beforeAll(async () => {
    await useTfBackend('cpu');
    model = (await spec.loadShipped!(tfjsFiles('unet', readCard('unet').tfjsWeights.files))) as tf.LayersModel;
  });
  afterAll(() => model.dispose());

  it('is the registry spec’s export of the shipped tfjs weights, listed in the card, and that export leaves unet.onnx byte-identical', async () => {
    const card = readCard('unet');
    const { onnx } = await spec.export(model);
    expect(card.files.features.name).toBe('unet-features.onnx');
    expect(sha256(onnx.features.bytes)).toBe(sha256(read('unet-features.onnx')));
    expect(sha256(onnx.features.bytes)).toBe(card.files.features.sha256);
    expect(sha256(onnx.model.bytes)).toBe(card.files.model.sha256);
  });

  it('gives the shipped unet.onnx’s logits, and each tap the tfjs layer’s activation (NCHW)', async () => {
    const card = readCard('unet');
    const b = segBatch(4242, 0, 3, card.data.options);
    const S = b.size;
    const feed = { image: { data: b.nchw, shape: [3, 3, S, S] } };
    const [withTaps, shipped] = [await createSession(read('unet-features.onnx')), await createSession(read('unet.onnx'))];
    const a = await runSession(withTaps, feed);
    const c = await runSession(shipped, feed);
    await Promise.all([withTaps.release(), shipped.release()]);
    // Same ops in the same order on the same weights: ORT should give bit-identical logits; 1e-6 allows a different kernel choice.
    expect(maxAbsDiff(a.logits.data, c.logits.data)).toBeLessThan(1e-6);
    for (const name of UNET_FEATURE_TAPS) {
      const probe = tf.model({ inputs: model.inputs, outputs: model.getLayer(name).output as tf.SymbolicTensor });
      const t = tf.tidy(() => tf.transpose(probe.predict(tf.tensor4d(b.nhwc, [3, S, S, 3])) as tf.Tensor, [0, 3, 1, 2]));
      expect(a[`tap/${name}`].shape).toEqual(t.shape);
      // float32 convs in two engines, activations of size ~1–10 after ≤ 14 layers: 1e-4.
      expect(maxAbsDiff(a[`tap/${name}`].data, t.dataSync())).toBeLessThan(1e-4);
      t.dispose();
    }
  });
});
