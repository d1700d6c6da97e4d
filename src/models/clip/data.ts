import type { Random } from '../../kernels/random';
import { imageBatch, type ImageBatch } from '../data/imageBatch';
import type { ShapesOptions } from '../data/shapes';
import { swapPermutation } from './swapCaption';
import { tokenize } from './tokenizer';
import { UNK_ID } from './vocab';

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
}
export const DEFAULT_CAPTION_NOISE: CaptionNoise = { prefixProbability: 0.5, unkProbability: 0.05 };

/**
 * The token ids training sees for a caption: the caption, perhaps prefixed, some words dropped
 * to <unk>; and, for a two-object caption, the same ids with the objects swapped (the hard
 * negative, swapCaption.ts), or null when there is none or it reads the same (two identical objects).
 */
export function trainingTokens(caption: string, rand: Random, noise: CaptionNoise = DEFAULT_CAPTION_NOISE): { ids: number[]; swapped: number[] | null } {
  const text = rand() < noise.prefixProbability ? `${CAPTION_PREFIXES[Math.floor(rand() * CAPTION_PREFIXES.length)]} ${caption}` : caption;
  const t = tokenize(text);
  const ids = t.ids.map((id) => (rand() < noise.unkProbability ? UNK_ID : id));
  const perm = swapPermutation(t.words);
  const swapped = perm && perm.map((k) => ids[k]);
  return { ids, swapped: swapped && swapped.some((id, k) => id !== ids[k]) ? swapped : null };
}
