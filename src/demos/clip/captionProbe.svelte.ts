import { LatestResult } from '../shared/latestResult.svelte';
import type { ShippedSession } from '../shared/shippedSession.svelte';
import { MAX_WORDS } from '../../models/clip/io';
import { encodeTextsOnnx } from '../../models/clip/onnxEncoders';
import { swapCaption } from '../../models/clip/swapCaption';
import { tokenize } from '../../models/clip/tokenizer';

/** One typed caption and its automatic object swap, as the text encoder reads them. */
export interface CaptionReading {
  texts: string[]; // [caption] or [caption, swap]
  embedding: Float32Array; // [texts, D]
  attention: Float32Array; // [texts, layers, heads, T, T]
  T: number; // CLS + the longer text's words
  words: number[]; // each text's word count (its own grid is 1 + words)
}

/**
 * The swap test's text side: the caption of the URL, its swap (swapCaption.ts), and both texts'
 * embeddings and attention from the shipped encoder (the newest caption wins). A caption with no
 * words, or only words the model cannot read, is reported instead of embedded: the encoder would
 * return CLS alone (or <unk>s), a vector that means nothing.
 */
export class CaptionProbe {
  readonly #caption: () => string;
  readonly #result: LatestResult<CaptionReading>;
  /** Set once the swap panel is scrolled to: its attention grids were ~100 ms of drawing while the page opened, below the fold. */
  #wanted = $state(false);

  constructor(text: ShippedSession, caption: () => string, fail: (message: string) => void) {
    this.#caption = caption;
    this.#result = new LatestResult('The text encoder', fail);
    $effect(() => {
      const [texts, key, problem] = [this.texts, this.key, this.problem];
      if (!this.#wanted || text.status !== 'ready' || problem) return;
      this.#result.run(key, async () => {
        const r = await text.run((session) => encodeTextsOnnx(session, texts));
        const T = r.tokens.length + 1;
        const words = texts.map((t) => Math.min(MAX_WORDS, tokenize(t).ids.length));
        return { texts, embedding: r.embedding, attention: r.attention.data, T, words };
      });
    });
  }

  /** The panel is in view: read the caption as soon as the text encoder is ready. */
  want(): void {
    this.#wanted = true;
  }

  cancel(): void {
    this.#result.cancel();
  }

  readonly tokens = $derived.by(() => tokenize(this.#caption()));
  readonly swap = $derived.by(() => swapCaption(this.#caption()));
  /** The swap reads exactly like the caption (two identical objects): nothing to test. */
  readonly same = $derived(this.swap !== null && this.swap === this.tokens.words.join(' '));
  readonly texts = $derived.by(() => (this.swap && !this.same ? [this.#caption(), this.swap] : [this.#caption()]));
  readonly key = $derived(JSON.stringify(this.texts));
  readonly cut = $derived(Math.max(0, this.tokens.words.length - MAX_WORDS));
  readonly problem = $derived.by((): string | null => {
    const t = this.tokens;
    if (t.words.length === 0) return 'The caption is empty: type a few words (letters a–z), such as “a red circle above a blue square”.';
    if (t.unknown.length === t.words.length)
      return `None of these words is in the model’s vocabulary (${t.unknown
        .filter((w, i) => t.unknown.indexOf(w) === i)
        .slice(0, 5)
        .join(', ')}): it would read only <unk>, so there is nothing to embed. Try colours, shapes and above / below / to the left of.`;
    return null;
  });
  readonly current = $derived.by(() => (this.problem ? null : this.#result.get(this.key)));
}
