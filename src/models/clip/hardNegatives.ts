import { COLOURS } from '../data/palette';
import { swapPermutation } from './swapCaption';

/**
 * Hard negatives of a two-object caption: texts with the caption's words (or all but one) that
 * are false of its scene, so only word order and binding tell them apart (NegCLIP, Yuksekgonul
 * et al., ICLR 2023, trains on such swaps).
 *   swap:     the two objects exchanged, relation kept ("B above A" for "A above B"): the order-swap test's negative
 *   relation: the relation word flipped ("A below B"; above ↔ below, left ↔ right)
 *   colour:   the two objects' colours exchanged ("a blue circle above a red square")
 * Each is a position map `perm` (word k of the negative is word perm[k] of the caption) plus
 * `flip` (then the relation word is replaced by its opposite), so the caller can apply it to
 * token ids that already carry word dropout: a dropped word stays dropped in the negative, and
 * the <unk>s never tell a negative from its caption.
 */
export type HardNegativeKind = 'swap' | 'relation' | 'colour';
export const HARD_NEGATIVE_KINDS: readonly HardNegativeKind[] = ['swap', 'relation', 'colour'];

export interface HardNegative {
  kind: HardNegativeKind;
  perm: number[];
  flip: boolean;
}

export const OPPOSITE_RELATION: Readonly<Record<string, string>> = { above: 'below', below: 'above', left: 'right', right: 'left' };
const COLOUR_NAMES = new Set<string>(COLOURS.map((c) => c.name));

/** The negatives of `kinds` that `words` (clean, lowercase) admits; a single-object caption admits none. */
export function hardNegatives(words: readonly string[], kinds: readonly HardNegativeKind[] = HARD_NEGATIVE_KINDS): HardNegative[] {
  const swap = swapPermutation(words);
  if (!swap) return [];
  const identity = words.map((_, k) => k);
  const out: HardNegative[] = [];
  if (kinds.includes('swap')) out.push({ kind: 'swap', perm: swap, flip: false });
  if (kinds.includes('relation')) out.push({ kind: 'relation', perm: identity, flip: true });
  const colours = identity.filter((k) => COLOUR_NAMES.has(words[k]));
  if (kinds.includes('colour') && colours.length === 2) {
    const [a, b] = colours;
    out.push({ kind: 'colour', perm: identity.map((k) => (k === a ? b : k === b ? a : k)), flip: false });
  }
  return out;
}

/**
 * The first relation word after position 0 replaced by its opposite (the one swapPermutation
 * keys on: "above", "below", or "left"/"right" inside "to the … of"); a dropped word stays
 * dropped, so a caption whose relation word was dropped has no relation negative.
 */
export function flipRelation(words: readonly string[]): string[] {
  const k = words.findIndex((w, i) => i > 0 && w in OPPOSITE_RELATION);
  return k < 0 ? [...words] : words.map((w, i) => (i === k ? OPPOSITE_RELATION[w] : w));
}
