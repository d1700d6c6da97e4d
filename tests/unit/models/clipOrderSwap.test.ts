import { describe, expect, it } from 'vitest';
import { normalizeRows } from '../../../src/models/clip/contrastive';
import { clipBatch } from '../../../src/models/clip/data';
import { orderSwapMetrics, swapTargets } from '../../../src/models/clip/orderSwap';
import { swapCaption, swapPermutation } from '../../../src/models/clip/swapCaption';
import { tokenize } from '../../../src/models/clip/tokenizer';
import { CLIP_VOCAB } from '../../../src/models/clip/vocab';

describe('swapCaption', () => {
  const cases: [string, string | null][] = [
    ['a small red circle above a blue square', 'a blue square above a small red circle'],
    ['a red circle to the left of a large green triangle', 'a large green triangle to the left of a red circle'],
    ['a photo of a yellow square below a purple circle', 'a photo of a purple circle below a yellow square'],
    ['A Red Circle, to the right of: a blue square!', 'a blue square to the right of a red circle'],
    ['a red circle', null],
    ['above a red circle', null],
    ['a red circle above', null],
  ];
  it.each(cases)('“%s” swaps to %j', (text, swapped) => {
    expect(cases.length).toBeGreaterThan(0);
    expect(swapCaption(text)).toBe(swapped);
  });

  it('is the generator’s own caption of the scene with its two objects listed the other way round, for every two-object scene of a stream', () => {
    const b = clipBatch(11, 0, 200);
    let checked = 0;
    b.captions.forEach((c, i) => {
      if (b.shapes[i].length !== 2) return;
      // Rebuild the swap from the caption's own parts: object 2, the same relation word, object 1.
      const words = c.split(' ');
      const rel = ['above', 'below', 'to the left of', 'to the right of'].find((r) => c.includes(` ${r} `))!;
      const [first, second] = c.split(` ${rel} `);
      expect(swapCaption(c)).toBe(`${second} ${rel} ${first}`);
      expect(
        swapPermutation(words)!
          .slice()
          .sort((x, y) => x - y),
      ).toEqual(words.map((_, k) => k));
      checked++;
    });
    expect(checked).toBeGreaterThan(50);
  });
});

describe('orderSwapMetrics', () => {
  it('scores a bag-of-words text encoder exactly 0.5: every caption ties with its swap', () => {
    const b = clipBatch(12, 0, 120);
    const { index, swapped } = swapTargets(b.captions);
    expect(index.length).toBeGreaterThan(20);
    const V = CLIP_VOCAB.length;
    // Word counts, normalised: the purest bag of words. Images: any unit vectors (here, random-ish but fixed).
    const bag = (texts: string[]) => {
      const x = new Float32Array(texts.length * V);
      texts.forEach((t, r) => tokenize(t).ids.forEach((id) => (x[r * V + id] += 1)));
      return normalizeRows(x, texts.length, V);
    };
    const img = normalizeRows(
      Float32Array.from({ length: b.count * V }, (_, k) => Math.sin(k * 1.7) + 0.3),
      b.count,
      V,
    );
    const m = orderSwapMetrics(img, index, bag(index.map((i) => b.captions[i])), bag(swapped), V);
    expect(m).toEqual({ score: 0.5, closer: 0, ties: 1, count: index.length });
  });

  it('counts a strictly closer own caption as 1, a closer swap as 0 (hand case, d = 2)', () => {
    const img = new Float32Array([1, 0, 0, 1]);
    const own = new Float32Array([0.8, 0.6, 0.6, 0.8]);
    const swap = new Float32Array([0.6, 0.8, 0.8, 0.6]);
    // image 0: 0.8 vs 0.6 → closer; image 1: 0.8 vs 0.6 → closer.
    expect(orderSwapMetrics(img, [0, 1], own, swap, 2).score).toBe(1);
    expect(orderSwapMetrics(img, [0, 1], swap, own, 2).score).toBe(0);
  });

  it('leaves out scenes whose two objects read the same (their swap is the caption itself)', () => {
    const t = swapTargets(['a red circle above a red circle', 'a red circle above a blue square', 'a green square']);
    expect(t).toEqual({ index: [1], swapped: ['a blue square above a red circle'] });
  });
});
