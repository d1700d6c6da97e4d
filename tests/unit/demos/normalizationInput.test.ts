import { describe, expect, it } from 'vitest';
import { readCard, readOnnx } from '../../../src/cli/modelFiles';
import { classifierBatch } from '../../../src/models/shapeClassifier/data';
import { createSession, runSession } from '../../../src/models/runtime/ort';
import { SHAPE_CLASSIFIER_IO } from '../../../src/models/shapeClassifier/export';
import type { ShapesOptions } from '../../../src/models/data/shapes';
import { prepareInput, type InputPipeline } from '../../../src/demos/normalization/inputPipelines';

const card = readCard<{ data: { options: Partial<ShapesOptions> } }>('shape-classifier');

describe('input normalisation and the shipped classifier', () => {
  it('ImageNet normalisation of one pixel (0.485, 0.456, 0.406) gives 0 in every channel, and 1 gives (1 − mean)/std', () => {
    const x = new Float32Array([0.485, 0.456, 0.406, 1, 1, 1]); // N = 2, C = 3, 1 × 1
    const y = prepareInput(x, 2, 1, 'imagenet');
    for (const v of y.slice(0, 3)) expect(v).toBeCloseTo(0, 6); // float32 rounding of the mean
    expect(Array.from(y.slice(3))).toEqual([(1 - 0.485) / 0.229, (1 - 0.456) / 0.224, (1 - 0.406) / 0.225].map(Math.fround));
  });

  it('on 96 fresh scenes the shipped model is above 90 % with its own [0, 1] input and no better with bytes or ImageNet mean/std', async () => {
    const b = classifierBatch(515151, 0, 96, card.data.options);
    const session = await createSession(readOnnx('shape-classifier'));
    const accuracy = async (kind: InputPipeline) => {
      const out = await runSession(session, {
        [SHAPE_CLASSIFIER_IO.input]: { data: prepareInput(b.nchw, b.count, b.size, kind), shape: [b.count, 3, b.size, b.size] },
      });
      let right = 0;
      for (let n = 0; n < b.count; n++) {
        const row = Array.from(out.logits.data.slice(3 * n, 3 * n + 3));
        if (row.indexOf(Math.max(...row)) === b.labels[n]) right++;
      }
      return right / b.count;
    };
    const acc = { asTrained: await accuracy('as-trained'), bytes: await accuracy('bytes'), imagenet: await accuracy('imagenet') };
    await session.release();
    console.error('shipped classifier accuracy by input pipeline (96 scenes, seed 515151):', JSON.stringify(acc));
    expect(acc.asTrained).toBeGreaterThan(0.9);
    expect(acc.bytes).toBeLessThanOrEqual(acc.asTrained);
    expect(acc.imagenet).toBeLessThanOrEqual(acc.asTrained);
  });
});
