import type { Random } from '../../kernels/random';
import { COLOURS } from '../data/palette';
import { swapPermutation } from './swapCaption';

/**
 * A shorter true caption of the same scene: each size and colour word dropped with probability ½
 * and, for a one-object caption, the article too with probability ½ ("a small red circle" →
 * "a red circle", "a circle", "circle"). The generator's captions always name a colour, so without this
 * the text encoder never reads a shape on its own, and a zero-shot prompt ("circle", "a photo of
 * a circle") is a text unlike any it trained on; dropping the colour also makes the shape the only
 * thing "a circle" can match, so the image encoder must see it. Two-object captions keep both
 * objects and the relation ("a circle above a square"), so their hard negatives stay false.
 */
const ATTRIBUTES = new Set<string>(['small', 'large', ...COLOURS.map((c) => c.name)]);

export function partialCaption(words: readonly string[], rand: Random): string[] {
  const kept = words.filter((w) => !ATTRIBUTES.has(w) || rand() >= 0.5);
  const single = swapPermutation(words) === null;
  return single && kept.length > 1 && rand() < 0.5 ? kept.slice(1) : kept;
}
