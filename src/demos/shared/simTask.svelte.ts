import type { JobName, JobParams, JobResult } from '../../sim/jobs/simJobs';
import type { SimRequest, SimResponse } from '../../sim/jobs/runSimJob';
import { LatestResult } from './latestResult.svelte';
import { makeSimsWorker } from './simsWorker';
import { WorkerJobs, type JobWorker } from './workerJobs.svelte';

/**
 * One panel's simulation in its own sims worker (WorkerJobs: one job at a time, only the newest
 * waiting, so a dragged slider leaves no backlog) behind LatestResult (an answer for old settings
 * never reaches the screen). `request(params)` runs the job unless those exact params are shown
 * or on their way; `result` is the answer for the newest params only (null while computed),
 * `last` the newest answer whatever its params, so a chart stays up while the next run is in
 * flight; `ms` is the worker's time for it. Params are snapshotted: Svelte proxies cannot be
 * posted to a worker.
 */
export class SimTask<K extends JobName> {
  ms = $state(0);
  #key = $state('');
  readonly #jobs: WorkerJobs<SimRequest, SimResponse>;
  readonly #latest: LatestResult<JobResult<K> | null>;
  readonly #job: K;

  constructor(job: K, what: string, fail: (message: string) => void, make: () => JobWorker<SimRequest, SimResponse> = makeSimsWorker) {
    this.#job = job;
    this.#jobs = new WorkerJobs(make);
    this.#latest = new LatestResult(what, fail);
  }

  request(params: JobParams<K>): void {
    const plain = $state.snapshot(params) as JobParams<K>;
    const key = JSON.stringify(plain);
    this.#key = key;
    this.#latest.run(key, async () => {
      const r = await this.#jobs.request({ job: this.#job, params: plain } as SimRequest);
      if (r && this.#key === key) this.ms = r.ms;
      return r ? (r.result as JobResult<K>) : null;
    });
  }

  dispose(): void {
    this.#latest.cancel();
    this.#jobs.dispose();
  }

  get result(): JobResult<K> | null {
    return this.#latest.get(this.#key);
  }

  get last(): JobResult<K> | null {
    return this.#latest.last;
  }

  /** The running job's progress (null when idle). */
  get progress() {
    return this.#jobs.progress;
  }

  get busy(): boolean {
    return this.#jobs.progress !== null;
  }
}
