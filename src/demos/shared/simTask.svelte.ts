import type { JobName, JobParams, JobResult } from '../../sim/jobs/simJobs';
import type { SimRequest, SimResponse } from '../../sim/jobs/runSimJob';
import { makeSimsWorker } from './simsWorker';
import type { JobWorker } from './workerJobs.svelte';
import { WorkerTask } from './workerTask.svelte';

/**
 * One panel's simulation in its own sims worker (a WorkerTask: one job at a time, only the newest
 * waiting, and an answer for old settings never reaches the screen). `request(params)` runs the job unless those exact params are shown
 * or on their way; `result` is the answer for the newest params only (null while computed),
 * `last` the newest answer whatever its params, so a chart stays up while the next run is in
 * flight; `ms` is the worker's time for it. Params are snapshotted: Svelte proxies cannot be
 * posted to a worker.
 */
export class SimTask<K extends JobName> {
  readonly #task: WorkerTask<SimRequest, SimResponse>;
  readonly #job: K;

  constructor(job: K, what: string, fail: (message: string) => void, make: () => JobWorker<SimRequest, SimResponse> = makeSimsWorker) {
    this.#job = job;
    this.#task = new WorkerTask(make, what, fail);
  }

  request(params: JobParams<K>): void {
    const plain = $state.snapshot(params) as JobParams<K>;
    this.#task.request({ job: this.#job, params: plain } as SimRequest, JSON.stringify(plain));
  }

  dispose(): void {
    this.#task.dispose();
  }

  get result(): JobResult<K> | null {
    return (this.#task.result?.result as JobResult<K> | undefined) ?? null;
  }

  get last(): JobResult<K> | null {
    return (this.#task.last?.result as JobResult<K> | undefined) ?? null;
  }

  /** The worker's own time for the newest answer (without the page's wait for it). */
  get ms(): number {
    return this.#task.last?.ms ?? 0;
  }

  /** The running job's progress (null when idle). */
  get progress() {
    return this.#task.progress;
  }

  get busy(): boolean {
    return this.#task.progress !== null;
  }
}
