import type { Random } from '../../kernels/random';
import { imageBatch, type ImageBatch } from '../data/imageBatch';
import type { ShapesOptions } from '../data/shapes';
import { flipRelation, hardNegatives, type HardNegativeKind } from './hardNegatives';
import { partialCaption } from './partialCaption';
import { splitWords, wordIds } from './tokenizer';
import { UNK } from './vocab';

/**
 * CLIP's view of the shapes world: 32×32 scenes of one or two objects with their English
 * captions ("a small red circle above a blue square"), mixed plain and textured backgrounds,
 * light noise. Two objects at most so every caption names every object with its relation;
 * three-object captions ("..., from left to right") are a different grammar.
 */
export const CLIP_DATA: Partial<ShapesOptions> = {
  width: 32,
  height: 32,
  singleObject: false,
  maxObjects: 2,
  // Radius 3.8–8 px: below ~4 px a circle and a square differ by a few antialiased pixels (the
  // shape classifier's finding); small and large (the caption's size words, thirds of this
  // range) differ by a factor of ~1.6 in radius.
  minSize: 0.12,
  maxSize: 0.25,
  background: 'mixed',
  noise: 0.03,
};

/** Scenes with their captions and objects. */
export interface ClipBatch extends ImageBatch {
  captions: string[];
  shapes: number[][]; // per scene, index into SHAPES of each object
  colours: number[][]; // per scene, index into COLOURS of each object
}

/** Scenes start..start+count-1 of stream `seed`. */
export function clipBatch(seed: number, start: number, count: number, options: Partial<ShapesOptions> = CLIP_DATA): ClipBatch {
  const captions: string[] = [];
  const shapes: number[][] = [];
  const colours: number[][] = [];
  const b = imageBatch(seed, start, count, { ...CLIP_DATA, ...options }, (s) => {
    captions.push(s.caption);
    shapes.push(s.labels);
    colours.push(s.objects.map((ob) => ob.colour));
  });
  return { ...b, captions, shapes, colours };
}

/** Rows `idx` of an image array with `per` values per row. */
export function gatherRows(x: Float32Array, per: number, idx: ArrayLike<number>): Float32Array {
  const out = new Float32Array(idx.length * per);
  for (let k = 0; k < idx.length; k++) out.set(x.subarray(idx[k] * per, (idx[k] + 1) * per), k * per);
  return out;
}

/** Prefixes training puts before half of the captions, as alt-text often reads ("a photo of ..."). */
export const CAPTION_PREFIXES = ['a photo of', 'a picture of', 'an image of'] as const;

export interface CaptionNoise {
  prefixProbability: number; // chance of one of CAPTION_PREFIXES before the caption
  unkProbability: number; // chance that each word becomes <unk> (word dropout: <unk> learns "some word")
  partialProbability: number; // chance that the caption loses some size and colour words first (partialCaption.ts)
}
export const DEFAULT_CAPTION_NOISE: CaptionNoise = { prefixProbability: 0.5, unkProbability: 0.05, partialProbability: 0.4 };

export interface TrainingText {
  ids: number[];
  negatives: number[][]; // hard negatives (hardNegatives.ts), each distinct from ids
}

/**
 * The token ids training sees for a caption: perhaps shortened (partialCaption.ts), perhaps
 * prefixed, some words dropped to <unk>; and, for a two-object caption, its hard negatives of
 * `kinds` built from the same noised words (hardNegatives.ts), leaving out any that reads the
 * same as the caption (two identical objects, a dropped relation word).
 */
export function trainingTokens(
  caption: string,
  rand: Random,
  noise: CaptionNoise = DEFAULT_CAPTION_NOISE,
  kinds: readonly HardNegativeKind[] = ['swap'],
): TrainingText {
  const base = splitWords(caption);
  const words = rand() < noise.partialProbability ? partialCaption(base, rand) : base;
  const text = rand() < noise.prefixProbability ? [...splitWords(CAPTION_PREFIXES[Math.floor(rand() * CAPTION_PREFIXES.length)]), ...words] : words;
  const noisy = text.map((w) => (rand() < noise.unkProbability ? UNK : w));
  const negatives = hardNegatives(text, kinds)
    .map((n) => (n.flip ? flipRelation(n.perm.map((k) => noisy[k])) : n.perm.map((k) => noisy[k])))
    .filter((w) => w.some((x, k) => x !== noisy[k]));
  return { ids: wordIds(noisy), negatives: negatives.map((w) => wordIds(w)) };
}
