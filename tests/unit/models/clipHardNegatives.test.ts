import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomSeeded } from '../../../src/kernels/random';
import { trainingTokens } from '../../../src/models/clip/data';
import { hardNegatives } from '../../../src/models/clip/hardNegatives';
import { hardNegativeLoss } from '../../../src/models/clip/loss';
import { partialCaption } from '../../../src/models/clip/partialCaption';
import { splitWords } from '../../../src/models/clip/tokenizer';
import { CLIP_VOCAB, UNK_ID } from '../../../src/models/clip/vocab';
import { warmupCosine } from '../../../src/models/clip/warmupCosine';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';

const read = (ids: number[]) => ids.map((i) => CLIP_VOCAB[i]).join(' ');
const NO_NOISE = { prefixProbability: 0, unkProbability: 0, partialProbability: 0 };

describe('hard negatives of a caption', () => {
  const cases: [string, string[]][] = [
    [
      'a small red circle above a blue square',
      ['a blue square above a small red circle', 'a small red circle below a blue square', 'a small blue circle above a red square'],
    ],
    [
      'a red circle to the left of a large green triangle',
      [
        'a large green triangle to the left of a red circle',
        'a red circle to the right of a large green triangle',
        'a green circle to the left of a large red triangle',
      ],
    ],
    [
      'a photo of a yellow square below a yellow circle',
      ['a photo of a yellow circle below a yellow square', 'a photo of a yellow square above a yellow circle'],
    ],
    ['a small red circle', []],
  ];
  it.each(cases)('“%s” has the hand-written negatives %j', (caption, expected) => {
    expect(cases.length).toBeGreaterThan(0);
    expect(trainingTokens(caption, randomSeeded(1), NO_NOISE, ['swap', 'relation', 'colour']).negatives.map(read)).toEqual(expected);
  });

  it('lists only the kinds asked for, in the order swap, relation, colour', () => {
    const words = splitWords('a red circle above a blue square');
    expect(hardNegatives(words, ['colour', 'swap']).map((n) => n.kind)).toEqual(['swap', 'colour']);
    expect(hardNegatives(words, [])).toEqual([]);
  });

  it('keeps every dropped word dropped: a negative has as many <unk>s as its caption, and none reads the same', () => {
    const rand = randomSeeded(7);
    const noise = { prefixProbability: 0.5, unkProbability: 0.3, partialProbability: 0.4 };
    let negatives = 0;
    for (let k = 0; k < 300; k++) {
      const t = trainingTokens('a large green triangle to the right of a small purple square', rand, noise, ['swap', 'relation', 'colour']);
      const unk = (ids: number[]) => ids.filter((i) => i === UNK_ID).length;
      for (const n of t.negatives) {
        negatives++;
        expect(unk(n)).toBe(unk(t.ids));
        expect(n).not.toEqual(t.ids);
      }
    }
    expect(negatives).toBeGreaterThan(300);
  });
});

describe('partial captions', () => {
  it('drop only size and colour words (and a lone object’s article), never a shape or the relation', () => {
    const rand = randomSeeded(5);
    const seen = new Set<string>();
    for (let k = 0; k < 400; k++) {
      seen.add(partialCaption(splitWords('a small red circle'), rand).join(' '));
      const two = partialCaption(splitWords('a red circle to the left of a large blue square'), rand);
      expect(two.filter((w) => !['red', 'large', 'blue'].includes(w))).toEqual(splitWords('a circle to the left of a square'));
    }
    // Every subset of {small, red}, with and without the article: 2 × 2 × 2 forms.
    expect([...seen].sort()).toEqual([
      'a circle',
      'a red circle',
      'a small circle',
      'a small red circle',
      'circle',
      'red circle',
      'small circle',
      'small red circle',
    ]);
  });
});

describe('hard-negative loss', () => {
  beforeAll(async () => {
    await useTfBackend('cpu');
  });

  it('is the cross-entropy of each image’s caption against its own negatives only (hand case: logits [2, 2 + 3])', () => {
    // Image 0 owns negatives 2 and 3, image 1 owns negative 4. The other image's caption and
    // negatives are left out of each row.
    const logits = tf.tensor2d(
      [
        [2, 9, 1, 0.5, 9],
        [9, 1.5, 9, 9, 3],
      ],
      [2, 5],
    );
    const got = tf.tidy(() => hardNegativeLoss(logits, Int32Array.from([0, 0, 1])).dataSync()[0]);
    const row0 = Math.log(Math.exp(2) + Math.exp(1) + Math.exp(0.5)) - 2;
    const row1 = Math.log(Math.exp(1.5) + Math.exp(3)) - 1.5;
    // float32 exp/log of values below 10: 1e-5 absolute is generous.
    expect(got).toBeCloseTo((row0 + row1) / 2, 5);
    // An image without negatives contributes nothing, and the mean is over images that have some.
    const one = tf.tidy(() => hardNegativeLoss(logits, Int32Array.from([0, 0, 0])).dataSync()[0]);
    expect(one).toBeCloseTo(Math.log(Math.exp(2) + Math.exp(1) + Math.exp(0.5) + Math.exp(9)) - 2, 5);
    const none = tf.tidy(() => hardNegativeLoss(tf.slice(logits, [0, 0], [2, 2]) as tf.Tensor2D, new Int32Array(0)).dataSync()[0]);
    expect(none).toBe(0);
    logits.dispose();
  });
});

describe('learning-rate schedule', () => {
  it('rises linearly over the warm-up steps to lr, then follows a cosine to 0 (hand values, 100 steps, 10 warm-up)', () => {
    const at = (step: number) => warmupCosine(1, step, 100, 0.1);
    expect(at(0)).toBeCloseTo(0.1, 12);
    expect(at(4)).toBeCloseTo(0.5, 12);
    expect(at(9)).toBeCloseTo(1, 12);
    expect(at(10)).toBeCloseTo(1, 12); // cosine at its start
    expect(at(55)).toBeCloseTo(0.5, 12); // half-way through the 90 decay steps: (1 + cos π/2) / 2
    expect(at(99)).toBeCloseTo((1 + Math.cos((Math.PI * 89) / 90)) / 2, 12);
    expect(warmupCosine(2, 25, 100, 0)).toBeCloseTo(1 + Math.cos(Math.PI / 4), 12);
  });
});
