import { LatestResult } from './latestResult.svelte';
import { WorkerJobs, type JobWorker } from './workerJobs.svelte';

/**
 * One panel's work in its own worker: WorkerJobs (one job at a time, only the newest waiting, so a
 * dragged slider queues no backlog) behind LatestResult (an answer for old settings never reaches
 * the screen). `request(req, key)` runs the job unless that key is shown or on its way (the key
 * defaults to the request as JSON; pass one when the request holds pixels). `result` is the answer
 * for the newest key only (null while it is computed), `last` the newest answer whatever its key,
 * so a figure stays up while the next is in flight; `ms` is the page's wall time for the newest
 * answer (printed, never asserted). A demo calls `request` from an `$effect` that reads its settings.
 */
export class WorkerTask<Req, Res> {
  ms = $state(0);
  #key = $state('');
  readonly #jobs: WorkerJobs<Req, Res>;
  readonly #latest: LatestResult<Res | null>;

  /** `what` names the work in error messages, e.g. "The filter worker". */
  constructor(make: () => JobWorker<Req, Res>, what: string, fail: (message: string) => void) {
    this.#jobs = new WorkerJobs(make);
    this.#latest = new LatestResult(what, fail);
  }

  request(request: Req, key: string = JSON.stringify(request)): void {
    this.#key = key;
    this.#latest.run(key, async () => {
      const t0 = performance.now();
      const r = await this.#jobs.request(request);
      if (r !== null && this.#key === key) this.ms = performance.now() - t0;
      return r;
    });
  }

  dispose(): void {
    this.#latest.cancel();
    this.#jobs.dispose();
  }

  get result(): Res | null {
    return this.#latest.get(this.#key);
  }

  get last(): Res | null {
    return this.#latest.last;
  }

  /** True until the answer for the newest key is on screen. */
  get pending(): boolean {
    return this.result === null;
  }

  /** The running job's progress (null when idle). */
  get progress() {
    return this.#jobs.progress;
  }
}
