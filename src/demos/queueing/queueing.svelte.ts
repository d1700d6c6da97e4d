import { mg1, mmc } from '../../sim/closedForms';
import type { ServiceSpec } from '../../sim/jobs/serviceTime';
import { mmcSojournQuantile } from '../../sim/mmcSojournQuantile';
import { mmck } from '../../sim/mmck';
import type { ParamValues } from '../params';
import { SimTask } from '../shared/simTask.svelte';
import { BATCH_SIZES, type queueingParams } from './meta';

type Params = ParamValues<typeof queueingParams>;

/** Utilisations the latency sweep simulates; the closed forms are drawn on a finer grid. */
export const SWEEP_RHOS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
const CURVE_RHOS = [...new Set([...Array.from({ length: 49 }, (_, i) => Math.round(2 * (i + 1)) / 100), ...SWEEP_RHOS])].sort((a, b) => a - b);
/** Waiting rooms the shedding panel draws M/M/c/K over. */
export const BUFFERS = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
const ARRIVALS = { sweep: 20_000, point: 50_000, batch: 20_000, partitions: 40_000 };

/**
 * The queueing demo's state: four simulations in the sims worker (the latency sweep, the
 * operating point, the batch sweep, the partitions), each rerun only when its own inputs change,
 * and the closed forms they are checked against, computed here because they are instant.
 * Times in ms, rates in requests/s. Create it while a component initialises.
 */
export class QueueingDemo {
  readonly #params: () => Params;
  #started = $state(false);
  readonly sweep: SimTask<'queueSweep'>;
  readonly point: SimTask<'queuePoint'>;
  readonly batching: SimTask<'batchSweep'>;
  readonly partitions: SimTask<'partitionRun'>;

  constructor(params: () => Params, fail: (message: string) => void) {
    this.#params = params;
    this.sweep = new SimTask('queueSweep', 'The latency sweep', fail);
    this.point = new SimTask('queuePoint', 'The queue simulation', fail);
    this.batching = new SimTask('batchSweep', 'The batching simulation', fail);
    this.partitions = new SimTask('partitionRun', 'The partition simulation', fail);
    $effect(() => {
      if (!this.#started) return;
      if (this.noServers) return;
      const p = this.#params();
      const buffer = this.buffer;
      this.sweep.request({ servers: p.servers, service: this.service, rhos: SWEEP_RHOS, arrivals: ARRIVALS.sweep, seed: p.seed });
      this.point.request({ arrivalRate: p.rate, servers: p.servers, service: this.service, buffer, arrivals: ARRIVALS.point, seed: p.seed });
      const sizes = [...BATCH_SIZES];
      this.batching.request({
        arrivalRate: p.rate,
        servers: p.servers,
        service: this.service,
        perItem: p.perItem,
        timeout: p.batchWait,
        sizes,
        buffer,
        arrivals: ARRIVALS.batch,
        seed: p.seed,
      });
      const hotShare = p.partitions === 1 ? 1 : p.hot;
      const part = {
        arrivalRate: p.rate,
        servers: p.servers,
        service: this.service,
        partitions: p.partitions,
        hotShare,
        buffer,
        arrivals: ARRIVALS.partitions,
        seed: p.seed,
      };
      this.partitions.request(part);
    });
  }

  /** Starts simulating: called when the demo is first scrolled into view (a notebook page holds several). */
  start(): void {
    this.#started = true;
  }

  dispose(): void {
    this.sweep.dispose();
    this.point.dispose();
    this.batching.dispose();
    this.partitions.dispose();
  }

  readonly service: ServiceSpec = $derived.by(() => {
    const p = this.#params();
    return { kind: p.service, mean: p.mean, cv: p.service === 'exponential' ? 1 : p.service === 'deterministic' ? 0 : p.cv };
  });
  readonly noServers = $derived.by(() => this.#params().servers === 0);
  readonly buffer = $derived.by(() => (this.#params().bounded ? this.#params().buffer : null));
  /** Offered utilisation per server, λ·E[S]/c (Infinity with no server). */
  readonly rho = $derived.by(() => {
    const p = this.#params();
    return p.servers > 0 ? ((p.rate / 1000) * p.mean) / p.servers : Infinity;
  });
  /** λ and μ per ms for the closed forms. */
  readonly #rates = $derived.by(() => ({ lambda: this.#params().rate / 1000, mu: 1 / this.#params().mean }));

  /**
   * The closed forms at utilisation ρ with this c and mean service time: M/M/c mean (Erlang C) and
   * exact p99 of the response time, and for one server Pollaczek–Khinchine's mean for the actual cv.
   */
  closedAt(rho: number): { mean: number; p99: number; pk: number | null } | null {
    const { servers: c, mean } = this.#params();
    if (c === 0) return null;
    const mu = 1 / mean;
    const lambda = rho * c * mu;
    return { mean: mmc(lambda, mu, c).w, p99: mmcSojournQuantile(lambda, mu, c, 0.99), pk: c === 1 ? mg1(lambda, mean, this.service.cv ** 2).w : null };
  }

  /** The closed forms over a fine grid of ρ, for the dashed curves. */
  readonly curves = $derived.by(() => {
    if (this.#params().servers === 0) return null;
    const rows = CURVE_RHOS.map((rho) => ({ rho, ...this.closedAt(rho)! }));
    return {
      mean: rows.map((r) => ({ x: r.rho, y: r.mean })),
      p99: rows.map((r) => ({ x: r.rho, y: r.p99 })),
      pk: this.#params().servers === 1 ? rows.map((r) => ({ x: r.rho, y: r.pk! })) : null,
    };
  });

  /** The closed form for the operating point, when one exists for this service distribution. */
  readonly exact = $derived.by(() => {
    const { servers: c } = this.#params();
    const { lambda, mu } = this.#rates;
    if (c === 0 || this.rho >= 1 || this.buffer !== null) return null;
    if (this.service.kind === 'exponential') {
      const m = mmc(lambda, mu, c);
      return { name: c === 1 ? 'M/M/1' : `M/M/${c} (Erlang C)`, w: m.w, wq: m.wq, l: m.l, p99: mmcSojournQuantile(lambda, mu, c, 0.99) };
    }
    if (c === 1) {
      const m = mg1(lambda, 1 / mu, this.service.cv ** 2);
      return { name: 'M/G/1 (Pollaczek–Khinchine)', w: m.w, wq: m.wq, l: m.l, p99: NaN };
    }
    return null;
  });

  /** M/M/c/K over the waiting room, for exponential service: shed share and mean response time. */
  readonly lossCurves = $derived.by(() => {
    const { servers: c } = this.#params();
    if (c === 0 || this.service.kind !== 'exponential') return null;
    const { lambda, mu } = this.#rates;
    const rows = BUFFERS.map((b) => ({ buffer: b, ...mmck(lambda, mu, c, c + b) }));
    const here = this.buffer === null ? null : mmck(lambda, mu, c, c + this.buffer);
    return { rows, here };
  });
}
