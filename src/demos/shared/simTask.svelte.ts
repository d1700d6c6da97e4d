import type { JobName, JobParams, JobProgress, JobResult } from '../../sim/jobs/simJobs';
import { LatestResult } from './latestResult.svelte';
import type { SimWorker } from './simWorker';

/**
 * One panel's simulation: `request(params)` runs the job in the sims worker unless those exact
 * params are already shown or on their way; `result` is the answer for the newest params only
 * (null while it is computed), `last` the newest answer whatever its params, so a chart stays up
 * while the next run is in flight. `progress` and `ms` (the worker's time for the shown result)
 * are for the newest request. Params are snapshotted: Svelte proxies cannot cross to a worker.
 */
export class SimTask<K extends JobName> {
  progress: JobProgress | null = $state(null);
  ms = $state(0);
  #key = $state('');
  readonly #latest: LatestResult<JobResult<K>>;
  readonly #worker: SimWorker;
  readonly #job: K;
  readonly #channel: string;

  /** `channel` separates two tasks of the same job on one worker (default: the job's name). */
  constructor(worker: SimWorker, job: K, what: string, fail: (message: string) => void, channel: string = job) {
    this.#worker = worker;
    this.#job = job;
    this.#channel = channel;
    this.#latest = new LatestResult(what, fail);
  }

  request(params: JobParams<K>): void {
    const plain = $state.snapshot(params) as JobParams<K>;
    const key = JSON.stringify(plain);
    this.#key = key;
    this.#latest.run(key, async () => {
      this.progress = { done: 0, total: 1 };
      const mine = () => this.#key === key;
      const r = await this.#worker.run(this.#channel, this.#job, plain, (p) => {
        if (mine()) this.progress = p;
      });
      if (mine()) {
        this.ms = r.ms;
        this.progress = null;
      }
      return r.result;
    });
  }

  get result(): JobResult<K> | null {
    return this.#latest.get(this.#key);
  }

  get last(): JobResult<K> | null {
    return this.#latest.last;
  }

  get busy(): boolean {
    return this.progress !== null;
  }
}
