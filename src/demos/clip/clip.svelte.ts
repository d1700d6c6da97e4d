import card from '../../../models/clip/card.json';
import imageUrl from '../../../models/clip/clip-image.onnx?url';
import textUrl from '../../../models/clip/clip-text.onnx?url';
import { ShippedSession } from '../shared/shippedSession.svelte';
import { LatestResult } from '../shared/latestResult.svelte';
import { clipBatch } from '../../models/clip/data';
import { argmaxRows, contrastiveLoss, similarity, softmaxCols, softmaxRows, transpose } from '../../models/clip/contrastive';
import { classEmbeddings } from '../../models/clip/metrics';
import { PROMPT_SETS, isColourSet, type PromptSet } from '../../models/clip/prompts';
import { embedImagesOnnx, embedTextsOnnx } from '../../models/clip/onnxEncoders';
import { pca } from '../../kernels/pca';
import { CaptionProbe } from './captionProbe.svelte';
import { MAX_PROMPTS, ZERO_SHOT_START, type clipParams } from './meta';
import type { ShapesOptions } from '../../models/data/shapes';
import type { ParamValues } from '../params';

type Params = ParamValues<typeof clipParams>;
interface Embeddings {
  img: Float32Array; // [n, D] the batch's images
  txt: Float32Array; // [n, D] their captions
  singles: Float32Array; // [n, D] the zero-shot row's single-object scenes
  ms: number;
}

export const S = card.architecture.inputSize;
export const D = card.architecture.embedDim;
// The card's JSON types `background` as string; the training CLI wrote a ShapesOptions.
const options = card.data.options as Partial<ShapesOptions>;
const zeroShotAccuracy: Partial<Record<string, { accuracy: number }>> = card.validation.zeroShot;

/**
 * The CLIP demo's state: both shipped encoders (loaded when the demo is first seen), the
 * embeddings of the batch on screen and of the zero-shot prompts (the newest request wins),
 * and everything derived from them. Create it while a component initialises: its effects
 * belong to that component.
 */
export class ClipDemo {
  readonly image = new ShippedSession(imageUrl, card.files.image);
  readonly text = new ShippedSession(textUrl, card.files.text);
  readonly #params: () => Params;
  readonly #embeddings: LatestResult<Embeddings>;
  readonly #zeroShot: LatestResult<Float32Array>;
  readonly probe: CaptionProbe;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.#embeddings = new LatestResult('CLIP', fail);
    this.#zeroShot = new LatestResult('The text encoder', fail);
    this.probe = new CaptionProbe(this.text, () => this.#params().caption, fail);
    $effect(() => {
      if (this.image.status === 'error') fail(`The CLIP image encoder could not be loaded: ${this.image.message}`);
      else if (this.text.status === 'error') fail(`The CLIP text encoder could not be loaded: ${this.text.message}`);
    });
    $effect(() => {
      const [b, s, key] = [this.batch, this.singles, this.batchKey];
      if (this.modelStatus !== 'ready') return;
      this.#embeddings.run(key, async () => {
        const t0 = performance.now();
        const [i, si, t] = await Promise.all([
          this.image.run((session) => embedImagesOnnx(session, b.nchw, b.count, S)),
          this.image.run((session) => embedImagesOnnx(session, s.nchw, s.count, S)),
          this.text.run((session) => embedTextsOnnx(session, b.captions)),
        ]);
        return { img: i.data, singles: si.data, txt: t.data, ms: performance.now() - t0 };
      });
    });
    $effect(() => {
      const [set, key] = [this.promptSet, this.promptKey];
      if (this.text.status !== 'ready' || set.classes.length < 2) return;
      this.#zeroShot.run(key, async () => classEmbeddings(set, (await this.text.run((session) => embedTextsOnnx(session, set.prompts.flat()))).data, D));
    });
  }

  load(): void {
    this.image.load();
    this.text.load();
  }

  dispose(): void {
    this.#embeddings.cancel();
    this.#zeroShot.cancel();
    this.probe.cancel();
    this.image.dispose();
    this.text.dispose();
  }

  readonly n = $derived.by(() => this.#params().n);
  readonly row = $derived.by(() => Math.min(this.#params().row, this.n - 1));
  readonly scale = $derived.by(() => (this.#params().learned ? card.logitScale.value : this.#params().scale));
  readonly batch = $derived.by(() => clipBatch(this.#params().seed, 0, this.n, options));
  readonly singles = $derived.by(() => clipBatch(this.#params().seed, ZERO_SHOT_START, this.n, { ...options, singleObject: true }));
  readonly batchKey = $derived.by(() => `${this.#params().seed}/${this.n}`);

  readonly modelStatus = $derived.by(() => {
    const [a, b] = [this.image.status, this.text.status];
    if (a === 'ready' && b === 'ready') return 'ready';
    if (a === 'error' || b === 'error') return 'error';
    return a === 'idle' && b === 'idle' ? 'idle' : 'loading';
  });

  /** Your non-empty prompt lines, all of them (the classifier uses the first MAX_PROMPTS). */
  readonly customLines = $derived.by(() =>
    this.#params()
      .custom.split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
  );
  readonly customSet = $derived.by((): PromptSet => {
    const lines = this.customLines.slice(0, MAX_PROMPTS);
    return { id: 'custom', label: 'your prompts', classes: lines, prompts: lines.map((l) => [l]) };
  });
  /** Why your prompts make no classifier (fewer than two lines), or which lines are left out; null when all is well. */
  readonly customProblem = $derived.by((): { text: string; blocking: boolean } | null => {
    if (this.#params().prompts !== 'custom') return null;
    const k = this.customLines.length;
    if (k === 0) return { text: `The prompt box is empty: type 2–${MAX_PROMPTS} prompts, one per line.`, blocking: true };
    if (k === 1)
      return { text: `One prompt is not a classifier: softmax over one class is 100% for every image. Add a second line (2–${MAX_PROMPTS}).`, blocking: true };
    if (k > MAX_PROMPTS) {
      const extra = this.customLines.slice(MAX_PROMPTS);
      return {
        text: `Only the first ${MAX_PROMPTS} lines are classes; ${extra.length} more left out: ${extra.map((l) => `“${l.length > 40 ? `${l.slice(0, 39)}…` : l}”`).join(', ')}.`,
        blocking: false,
      };
    }
    return null;
  });
  readonly promptSet = $derived.by(() => {
    const p = this.#params().prompts;
    return p === 'custom' ? this.customSet : PROMPT_SETS[p];
  });
  readonly promptKey = $derived(`${this.promptSet.id}:${JSON.stringify(this.promptSet.prompts)}`);

  readonly current = $derived.by(() => this.#embeddings.get(this.batchKey));
  readonly cos = $derived(this.current ? similarity(this.current.img, this.n, this.current.txt, this.n, D) : null);
  readonly logits = $derived(this.cos ? this.cos.map((v) => v * this.scale) : null);
  readonly loss = $derived(this.cos ? contrastiveLoss(this.cos, this.n, this.scale) : null);
  readonly soft = $derived.by(() => {
    if (!this.cos) return null;
    return this.#params().axis === 'rows' ? softmaxRows(this.cos, this.n, this.n, this.scale) : softmaxCols(this.cos, this.n, this.n, this.scale);
  });
  /** How many rows (columns) have their matching pair as the largest entry. */
  readonly rowWins = $derived(this.cos ? diagonalWins(this.cos, this.n) : 0);
  readonly colWins = $derived(this.cos ? diagonalWins(transpose(this.cos, this.n, this.n), this.n) : 0);

  /** Images and captions in one 2-D map: the first two principal components of all 2n embeddings. */
  readonly map = $derived.by(() => {
    if (!this.current) return null;
    const all = new Float32Array(2 * this.n * D);
    all.set(this.current.img);
    all.set(this.current.txt, this.n * D);
    return pca(all, 2 * this.n, D, 2);
  });

  readonly zeroShotProbs = $derived.by(() => {
    const cls = this.#zeroShot.get(this.promptKey);
    if (!this.current || !cls) return null;
    const k = this.promptSet.classes.length;
    return softmaxRows(similarity(this.current.singles, this.n, cls, k, D), this.n, k, this.scale);
  });
  readonly zeroShotImages = $derived.by(() => {
    const p = this.#params().prompts;
    const s = this.singles;
    return Array.from({ length: this.n }, (_, i) => ({
      image: s.nchw.subarray(i * 3 * S * S, (i + 1) * 3 * S * S),
      truth: p === 'custom' ? null : isColourSet(p) ? s.colours[i][0] : s.shapes[i][0],
    }));
  });
  /** The card's accuracy for the chosen prompt set on held-out scenes (none for your own prompts). */
  readonly zeroShotCard = $derived.by(() => {
    const p = this.#params().prompts;
    return p !== 'custom' && Object.hasOwn(zeroShotAccuracy, p) ? (zeroShotAccuracy[p]?.accuracy ?? null) : null;
  });
}

function diagonalWins(x: Float32Array, n: number): number {
  return Array.from(argmaxRows(x, n, n)).filter((j, i) => j === i).length;
}
