import { splitWords } from './tokenizer';

/**
 * The order-swap test's negative: the same caption with its two objects exchanged, relation
 * kept ("a small red circle above a blue square" → "a blue square above a small red circle"),
 * which is false of the scene whenever the two objects differ. A bag of words cannot tell the
 * two apart (same words, same counts); NegCLIP (Yuksekgonul et al., ICLR 2023) trains with
 * exactly such word-order negatives.
 *
 * Works on words: the relation is the first of RELATIONS found; the first object is the left
 * side from its last article ("a", "an", "the") on, so a prefix such as "a photo of" stays in
 * front; the second object is everything after the relation.
 */
export const RELATIONS: readonly (readonly string[])[] = [['to', 'the', 'left', 'of'], ['to', 'the', 'right', 'of'], ['above'], ['below']];
const ARTICLES = new Set(['a', 'an', 'the']);

/** Index permutation of `words` that swaps the objects, or null when there is no relation with an object on each side. */
export function swapPermutation(words: readonly string[]): number[] | null {
  for (let i = 1; i < words.length; i++) {
    const rel = RELATIONS.find((r) => r.every((w, k) => words[i + k] === w));
    if (!rel) continue;
    const after = i + rel.length;
    if (after >= words.length) return null;
    let start = 0;
    for (let k = i - 1; k >= 0; k--) {
      if (ARTICLES.has(words[k])) {
        start = k;
        break;
      }
    }
    const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);
    return [...range(0, start), ...range(after, words.length), ...range(i, after), ...range(start, i)];
  }
  return null;
}

/** The swapped caption in lowercase words, or null when the text has no "X relation Y". */
export function swapCaption(text: string): string | null {
  const words = splitWords(text);
  const perm = swapPermutation(words);
  return perm && perm.map((k) => words[k]).join(' ');
}
