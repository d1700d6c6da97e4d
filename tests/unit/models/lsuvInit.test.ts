import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTinyEffNet } from '../../../src/models/efficientnet/tinyEffNet';
import { randomSeeded } from '../../../src/kernels/random';

describe('LSUV initialisation of the tiny EfficientNet (no batch norm)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('leaves every conv output with the standard deviation asked for, measured by a separate tfjs probe model', () => {
    const r = randomSeeded(3);
    const x = tf.tensor4d(
      Float32Array.from({ length: 8 * 32 * 32 * 3 }, () => r()),
      [8, 32, 32, 3],
    );
    const model = buildTinyEffNet({ depth: 1, width: 1, resolution: 1 }, 3, 2, false, x);
    const convs = model.layers.filter((l) => l.getClassName() === 'Conv2D' || l.getClassName() === 'DepthwiseConv2D');
    expect(convs.length).toBeGreaterThan(20);
    for (const l of convs) {
      const probe = tf.model({ inputs: model.inputs, outputs: l.output as tf.SymbolicTensor });
      const std = tf.tidy(
        () =>
          tf
            .moments(probe.predict(x) as tf.Tensor)
            .variance.sqrt()
            .dataSync()[0],
      );
      const residual = model.layers.some((a) => a.name === l.name.replace('/project', '/add'));
      // One rescale of a linear layer hits its target exactly up to float32 rounding: 1e-3 relative.
      expect(std, l.name).toBeCloseTo(residual && l.name.endsWith('/project') ? 0.25 : 1, 3);
    }
    // And the logits are no longer vanishing (He init gave ~1e-4 here).
    const logits = tf.tidy(
      () =>
        tf
          .moments(model.predict(x) as tf.Tensor)
          .variance.sqrt()
          .dataSync()[0],
    );
    expect(logits).toBeGreaterThan(0.05);
    x.dispose();
    model.dispose();
  });
});
