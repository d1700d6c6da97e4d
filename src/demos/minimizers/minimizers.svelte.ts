import { randomDna } from '../../kernels/randomDna';
import { randomSeeded } from '../../kernels/random';
import type { JobWorker } from '../shared/workerJobs.svelte';
import { WorkerTask } from '../shared/workerTask.svelte';
import { cleanGenome, genomePair } from './genomes';
import { guarantee, windowPick } from './windows';
import type { MinHashRequest, MinHashResult } from './minhash';
import type { ParamValues } from '../params';
import type { minimizersParams } from './meta';

type Params = ParamValues<typeof minimizersParams>;
export const HASH_SEED = 42; // Mash's and the minimizer kernel's default

/**
 * The minimizers demo's state: genome a (seeded random, or typed), b sharing a piece of it, both
 * sequences' minimizers and what they share, and the MinHash experiment computed in a worker.
 * Create it while a component initialises: its effect belongs to that component.
 */
export class MinimizersDemo {
  /** A typed genome replaces the random one until cleared (it lives in the page, not the URL). */
  typed: string | null = $state(null);
  readonly #params: () => Params;
  readonly #minhash: WorkerTask<MinHashRequest, MinHashResult>;
  /** The MinHash worker starts when its panel is first seen. */
  #started = $state(false);

  constructor(params: () => Params, makeWorker: () => JobWorker<MinHashRequest, MinHashResult>, fail: (message: string) => void) {
    this.#params = params;
    this.#minhash = new WorkerTask(makeWorker, 'The MinHash experiment', fail);
    $effect(() => {
      if (this.#started) this.#minhash.request(this.minhashRequest);
    });
  }

  start(): void {
    this.#started = true;
  }

  dispose(): void {
    this.#minhash.dispose();
  }

  readonly cleaned = $derived.by(() => (this.typed === null ? null : cleanGenome(this.typed)));
  readonly a: string = $derived.by(() => {
    const p = this.#params();
    return this.cleaned ? this.cleaned.seq : randomDna(p.length, randomSeeded(p.seed));
  });
  readonly options = $derived.by(() => {
    const p = this.#params();
    return { canonical: p.canonical, order: p.order, seed: HASH_SEED };
  });
  readonly pair = $derived.by(() => genomePair(this.a, this.#params().shared, this.#params().seed));
  readonly result = $derived.by(() => guarantee(this.pair, this.#params().w, this.#params().k, this.options));
  /** Windows of w whole k-mers in a. */
  readonly windows = $derived.by(() => Math.max(0, this.a.length - this.#params().k - this.#params().w + 2));
  readonly density = $derived.by(() => {
    const kmers = Math.max(0, this.a.length - this.#params().k + 1);
    return { kept: this.result.minA.length, kmers, expected: 2 / (this.#params().w + 1) };
  });

  /** The window starting at k-mer q of a (clamped), or null. */
  window(q: number | null) {
    if (q === null || q < 0 || this.windows === 0) return null;
    return windowPick(this.a, Math.min(q, this.windows - 1), this.#params().w, this.#params().k, this.options);
  }

  readonly minhashRequest: MinHashRequest = $derived.by(() => {
    const p = this.#params();
    return { length: Math.round(p.mlen), mutation: p.mut, k: p.mk, maxSize: p.smax, seed: p.seed };
  });
  readonly minhash = $derived.by(() => this.#minhash.last);
  readonly minhashCurrent = $derived.by(() => !this.#minhash.pending);
  readonly minhashProgress = $derived.by(() => this.#minhash.progress);
}
