import { cacheHitRatio } from '../../sim/cacheHitRatio';
import type { ParamValues } from '../params';
import { SimTask } from '../shared/simTask.svelte';
import type { deliveryParams } from './meta';

type Params = ParamValues<typeof deliveryParams>;

/** TTLs the cache panel simulates (s); the chosen TTL is added. */
const TTLS = [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000];
/** Messages drawn in the strip. */
export const STRIP = 200;

/**
 * The delivery demo's state: the three guarantees under the same faults and seed, and the
 * cache-aside TTL sweep, both in the sims worker; the cache closed form is computed here.
 */
export class DeliveryDemo {
  readonly #params: () => Params;
  #started = $state(false);
  readonly delivery: SimTask<'deliveryCompare'>;
  readonly cache: SimTask<'cacheSweep'>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.delivery = new SimTask('deliveryCompare', 'The delivery simulation', fail);
    this.cache = new SimTask('cacheSweep', 'The cache simulation', fail);
    $effect(() => {
      if (!this.#started) return;
      const p = this.#params();
      this.delivery.request({ messages: p.messages, networkLoss: p.loss, crash: p.crash, strip: STRIP, seed: p.seed });
      this.cache.request({ ...this.#cacheOptions, ttls: this.ttls, reads: 100_000, seed: p.seed });
    });
  }

  /** Starts simulating: called when the demo is first scrolled into view (a notebook page holds several). */
  start(): void {
    this.#started = true;
  }

  dispose(): void {
    this.delivery.dispose();
    this.cache.dispose();
  }

  // A throwaway Set to drop a duplicate TTL, not reactive state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly ttls = $derived.by(() => [...new Set([...TTLS, this.#params().ttl])].sort((a, b) => a - b));
  readonly #cacheOptions = $derived.by(() => {
    const p = this.#params();
    return { keys: p.keys, zipf: p.zipf, readRate: p.reads, writeRate: p.writes, invalidateOnWrite: p.invalidate };
  });
  /** The renewal formula over a fine TTL grid (hit and stale ratios, %), and at the chosen TTL. */
  readonly curve = $derived.by(() =>
    Array.from({ length: 61 }, (_, i) => 10 ** (-1 + i / 15)).map((ttl) => ({ ttl, ...cacheHitRatio({ ...this.#cacheOptions, ttl }) })),
  );
  readonly exact = $derived.by(() => cacheHitRatio({ ...this.#cacheOptions, ttl: this.#params().ttl }));
  /** A lower bound on at-most-once losses: either lossy hop, or a crash before the commit (half the crashes). */
  readonly lossBound = $derived.by(() => {
    const { loss, crash } = this.#params();
    return 1 - (1 - loss) ** 2 * (1 - crash / 2);
  });
}
