import { SHAPES } from '../data/geometry';
import { COLOURS } from '../data/palette';

/**
 * The text encoder's fixed vocabulary: exactly the words its training text can contain, i.e.
 * the shapes world's caption grammar for 1–2 objects (src/models/data/caption.ts) plus the
 * three caption prefixes training adds ("a photo of", "a picture of", "an image of"). A word the
 * model never trained on would keep its random initial vector, so it is left out and reads as
 * <unk>, which training does teach (word dropout): "and", "medium", "shape", "dog" are all <unk>.
 * Deterministic: two reserved ids, then the words sorted, so an id means the same word in
 * training, in the shipped model's card and in the page.
 *
 *   0 <pad>  fills a row up to the batch's longest text; masked out of the mean
 *   1 <unk>  any word not listed here
 */
export const PAD = '<pad>';
export const UNK = '<unk>';
export const PAD_ID = 0;
export const UNK_ID = 1;

/** Articles, size words (medium objects get none) and the relation words of 2-object captions. */
const GRAMMAR = ['a', 'small', 'large', 'above', 'below', 'to', 'the', 'left', 'right', 'of'];
/** The caption prefixes' words. */
const PREFIXES = ['an', 'photo', 'picture', 'image'];

export const CLIP_VOCAB: readonly string[] = [PAD, UNK, ...[...new Set([...GRAMMAR, ...PREFIXES, ...COLOURS.map((c) => c.name), ...SHAPES])].sort()];
