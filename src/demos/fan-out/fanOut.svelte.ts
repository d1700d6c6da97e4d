import { tailAtScale } from '../../sim/closedForms';
import type { ParamValues } from '../params';
import { SimTask } from '../shared/simTask.svelte';
import { FAN_OUTS, type fanOutParams } from './meta';

type Params = ParamValues<typeof fanOutParams>;

/** The dependency the retry-storm panel slows down: 5 servers of 20 ms mean (250/s), slowed from 10 s to 20 s of a 40 s run. */
export const DEPENDENCY = { servers: 5, serviceMs: 20, slowFrom: 10, slowTo: 20, horizon: 40, capMs: 2000 };
/** Budgets that keep every run bounded, whatever n: the sweep's per-point and the hedge comparison's leaf calls. */
export const BUDGET = { sweepCalls: 400_000, sweepRequests: 20_000, hedgeCalls: 2_000_000, hedgeRequests: 5000 };

/**
 * The fan-out demo's state: the slow share against n (one sweep over every n offered, rerun only
 * when p or the seed change), the hedged and plain fan-out at the chosen n, and the retry storm.
 * All three run in the sims worker; the closed form 1 − (1 − p)ⁿ is drawn here.
 */
export class FanOutDemo {
  readonly #params: () => Params;
  #started = $state(false);
  readonly sweep: SimTask<'fanOutSweep'>;
  readonly hedge: SimTask<'hedgeCompare'>;
  readonly storm: SimTask<'stormRun'>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.sweep = new SimTask('fanOutSweep', 'The fan-out sweep', fail);
    this.hedge = new SimTask('hedgeCompare', 'The hedging simulation', fail);
    this.storm = new SimTask('stormRun', 'The retry-storm simulation', fail);
    $effect(() => {
      if (!this.#started) return;
      const p = this.#params();
      this.sweep.request({ p: p.p, ns: [...FAN_OUTS], calls: BUDGET.sweepCalls, maxRequests: BUDGET.sweepRequests, seed: p.seed });
      this.hedge.request({ n: p.n, p: p.p, hedgeAfter: p.hedgeAfter, requests: BUDGET.hedgeRequests, calls: BUDGET.hedgeCalls, seed: p.seed });
      this.storm.request({
        ...DEPENDENCY,
        arrivalRate: p.rate,
        slowFactor: p.slow,
        timeoutMs: p.timeout,
        retries: p.retries,
        backoff: p.backoff,
        baseMs: p.base,
        breaker: p.breaker,
        openMs: p.openMs,
        seed: p.seed,
      });
    });
  }

  /** Starts simulating: called when the demo is first scrolled into view (a notebook page holds several). */
  start(): void {
    this.#started = true;
  }

  dispose(): void {
    this.sweep.dispose();
    this.hedge.dispose();
    this.storm.dispose();
  }

  /** 1 − (1 − p)ⁿ on a fine log grid of n, and at the chosen n. */
  readonly curve = $derived.by(() => {
    const p = this.#params().p;
    return Array.from({ length: 81 }, (_, i) => 10 ** (i / 20)).map((n) => ({ x: n, y: 100 * tailAtScale(p, n) }));
  });
  readonly exact = $derived.by(() => tailAtScale(this.#params().p, this.#params().n));
  readonly exactHedged = $derived.by(() => tailAtScale(this.#params().p ** 2, this.#params().n));
  /** Utilisation of the dependency before and during the slowdown. */
  readonly rho = $derived.by(() => {
    const base = (this.#params().rate / 1000) * (DEPENDENCY.serviceMs / DEPENDENCY.servers);
    return { normal: base, slowed: base * this.#params().slow };
  });
}
