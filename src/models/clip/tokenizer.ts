import { MAX_WORDS } from './io';
import { CLIP_VOCAB, PAD_ID, UNK_ID } from './vocab';

/**
 * Caption → token ids for the text encoder, in plain TypeScript (training, tests and the page
 * all use this one). Lowercase, split on anything that is not a letter a–z, look each word up
 * in the vocabulary; a word not in it becomes <unk> (id 1) and is reported, so the page can
 * say which words the model cannot read. No sub-words: the vocabulary is tiny and closed.
 */
export interface Tokens {
  ids: number[];
  words: string[]; // the words as split, lowercase
  unknown: string[]; // the words that became <unk>, in order
}

const INDEX = new Map(CLIP_VOCAB.map((w, i) => [w, i]));

export function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** Words (already split) → ids; a word not in the vocabulary, and "<unk>" itself, → <unk>. */
export function wordIds(words: readonly string[], vocab: readonly string[] = CLIP_VOCAB): number[] {
  const index = vocab === CLIP_VOCAB ? INDEX : new Map(vocab.map((w, i) => [w, i]));
  return words.map((w) => index.get(w) ?? UNK_ID);
}

export function tokenize(text: string, vocab: readonly string[] = CLIP_VOCAB): Tokens {
  const words = splitWords(text);
  const ids = wordIds(words, vocab);
  return { ids, words, unknown: words.filter((_, i) => ids[i] === UNK_ID) };
}

/** A batch of token rows padded to a common length: ids [N, L] and mask [N, L] (1 = word, 0 = pad). */
export interface TokenBatch {
  count: number; // N
  length: number; // L
  ids: Int32Array;
  mask: Float32Array;
}

/**
 * Pads rows of ids to `length` (default: the longest row, at least 1, at most MAX_WORDS, the
 * text encoder's position table) with <pad>; longer rows are cut. An empty row stays all-pad:
 * the encoder then sees CLS alone.
 */
export function padBatch(rows: number[][], length = Math.min(MAX_WORDS, Math.max(1, ...rows.map((r) => r.length)))): TokenBatch {
  const n = rows.length;
  const ids = new Int32Array(n * length).fill(PAD_ID);
  const mask = new Float32Array(n * length);
  rows.forEach((r, i) => {
    for (let l = 0; l < Math.min(length, r.length); l++) {
      ids[i * length + l] = r[l];
      mask[i * length + l] = 1;
    }
  });
  return { count: n, length, ids, mask };
}

/** Texts → a padded batch. */
export function tokenizeBatch(texts: string[], length?: number): TokenBatch {
  return padBatch(
    texts.map((t) => tokenize(t).ids),
    length,
  );
}
