import { describe, expect, it } from 'vitest';
import { CLIP_VOCAB, PAD_ID, UNK_ID } from '../../../src/models/clip/vocab';
import { padBatch, splitWords, tokenize, tokenizeBatch } from '../../../src/models/clip/tokenizer';
import { CAPTION_PREFIXES, CLIP_DATA, DEFAULT_CAPTION_NOISE, trainingTokens } from '../../../src/models/clip/data';
import { PROMPT_SETS } from '../../../src/models/clip/prompts';
import { generateScene, sceneSeed } from '../../../src/models/data/shapes';
import { describeScene } from '../../../src/models/data/caption';
import { randomSeeded } from '../../../src/kernels/random';

const id = (w: string) => CLIP_VOCAB.indexOf(w);

describe('CLIP vocabulary', () => {
  it('reserves 0 for <pad> and 1 for <unk>, then lists the words sorted, each once', () => {
    expect(CLIP_VOCAB[PAD_ID]).toBe('<pad>');
    expect(CLIP_VOCAB[UNK_ID]).toBe('<unk>');
    const words = CLIP_VOCAB.slice(2);
    expect(words).toEqual([...words].sort());
    expect(new Set(words).size).toBe(words.length);
  });

  it('holds exactly the words of 1–2-object captions and the caption prefixes (2,000 scenes)', () => {
    const seen = new Set<string>(CAPTION_PREFIXES.flatMap(splitWords));
    for (let i = 0; i < 2000; i++) {
      // The scene description alone (no rasterising): the caption is all this test needs.
      const caption = describeScene(generateScene(randomSeeded(sceneSeed(7, i)), CLIP_DATA).objects);
      const t = tokenize(caption);
      expect(t.unknown, caption).toEqual([]);
      t.words.forEach((w) => seen.add(w));
    }
    expect([...seen].sort()).toEqual(CLIP_VOCAB.slice(2));
  });
});

describe('tokenize', () => {
  it('lowercases, splits on anything not a letter, and maps words to their ids', () => {
    const t = tokenize('A small RED circle, above... a blue-square!');
    expect(t.words).toEqual(['a', 'small', 'red', 'circle', 'above', 'a', 'blue', 'square']);
    expect(t.ids).toEqual(t.words.map(id));
    expect(t.unknown).toEqual([]);
  });

  it('turns unknown words into <unk> (id 1) and reports them in order', () => {
    const t = tokenize('a photo of a dog and a red hexagon');
    expect(t.ids).toEqual([id('a'), id('photo'), id('of'), id('a'), UNK_ID, UNK_ID, id('a'), id('red'), UNK_ID]);
    expect(t.unknown).toEqual(['dog', 'and', 'hexagon']);
  });

  it('gives no tokens for an empty or punctuation-only text', () => {
    expect(tokenize('').ids).toEqual([]);
    expect(tokenize(' 42 !? ').ids).toEqual([]);
  });

  it('reads every zero-shot prompt except the colour template’s “shape”', () => {
    for (const set of Object.values(PROMPT_SETS)) {
      for (const p of set.prompts.flat()) {
        expect(tokenize(p).unknown, p).toEqual(set.id === 'colour' ? ['shape'] : []);
      }
    }
  });
});

describe('padBatch', () => {
  it('pads rows to the longest with <pad> and marks words in the mask', () => {
    const b = padBatch([[5, 6, 7], [8]]);
    expect(b).toMatchObject({ count: 2, length: 3 });
    expect(Array.from(b.ids)).toEqual([5, 6, 7, 8, PAD_ID, PAD_ID]);
    expect(Array.from(b.mask)).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('cuts rows longer than a given length, and keeps an empty row all-pad', () => {
    const b = padBatch([[5, 6, 7], []], 2);
    expect(Array.from(b.ids)).toEqual([5, 6, PAD_ID, PAD_ID]);
    expect(Array.from(b.mask)).toEqual([1, 1, 0, 0]);
  });

  it('tokenizeBatch = tokenize each text, then pad', () => {
    const b = tokenizeBatch(['a circle', 'a photo of a large square']);
    expect(b.length).toBe(6);
    expect(Array.from(b.ids.subarray(0, 6))).toEqual([id('a'), id('circle'), 0, 0, 0, 0]);
  });
});

describe('training captions', () => {
  it('prefix about half of the captions and drop about 5% of the words to <unk>, reproducibly', () => {
    const rand = randomSeeded(3);
    const caption = 'a small red circle above a blue square';
    const base = tokenize(caption).ids;
    const noise = { ...DEFAULT_CAPTION_NOISE, partialProbability: 0 }; // full captions: a longer row is a prefixed one
    let prefixed = 0,
      words = 0,
      unk = 0;
    const rows = Array.from({ length: 2000 }, () => trainingTokens(caption, rand, noise).ids);
    for (const r of rows) {
      if (r.length > base.length) prefixed++;
      words += r.length;
      unk += r.filter((v) => v === UNK_ID).length;
    }
    expect(prefixed / rows.length).toBeGreaterThan(0.45);
    expect(prefixed / rows.length).toBeLessThan(0.55);
    expect(unk / words).toBeGreaterThan(0.04);
    expect(unk / words).toBeLessThan(0.06);
    const again = randomSeeded(3);
    expect(trainingTokens(caption, again, noise).ids).toEqual(rows[0]);
  });
});
