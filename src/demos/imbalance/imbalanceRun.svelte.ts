import type { ImbalanceRequest, ImbalanceResult } from '../../models/imbalance/compareMethods';
import { LatestResult } from '../shared/latestResult.svelte';
import { WorkerJobs, type JobWorker } from '../shared/workerJobs.svelte';

const makeWorker = () =>
  new Worker(new URL('./imbalance.worker.ts', import.meta.url), { type: 'module' }) as unknown as JobWorker<ImbalanceRequest, ImbalanceResult>;

/**
 * The comparison for the newest settings: one job at a time in the worker (WorkerJobs), an
 * answer for old settings never shown (LatestResult). `last` keeps the previous figure up while
 * the next is trained; `ms` is the page's wall time for the newest answer (printed, never asserted).
 */
export class ImbalanceRun {
  ms = $state(0);
  #key = $state('');
  readonly #jobs = new WorkerJobs<ImbalanceRequest, ImbalanceResult>(makeWorker);
  readonly #latest: LatestResult<ImbalanceResult | null>;

  constructor(fail: (message: string) => void) {
    this.#latest = new LatestResult('The imbalance trainer', fail);
  }

  request(r: ImbalanceRequest): void {
    const key = JSON.stringify(r);
    this.#key = key;
    this.#latest.run(key, async () => {
      const t0 = performance.now();
      const res = await this.#jobs.request(r);
      if (res && this.#key === key) this.ms = performance.now() - t0;
      return res;
    });
  }

  dispose(): void {
    this.#latest.cancel();
    this.#jobs.dispose();
  }

  get result(): ImbalanceResult | null {
    return this.#latest.get(this.#key);
  }

  get last(): ImbalanceResult | null {
    return this.#latest.last;
  }

  get progress() {
    return this.#jobs.progress;
  }
}
