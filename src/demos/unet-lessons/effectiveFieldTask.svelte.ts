import { LatestResult } from '../shared/latestResult.svelte';
import { WorkerJobs, type JobWorker } from '../shared/workerJobs.svelte';
import type { FieldRequest, FieldResult } from './effectiveField';

/**
 * The receptive-field panel's gradient in its worker (WorkerJobs: one job at a time, only the
 * newest waiting, so sweeping the pointer over the map queues no backlog) behind LatestResult (the
 * answer for a pixel no longer picked never reaches the screen). `result` is the field of the
 * pixel asked for last (null while it is computed), `last` the newest field whatever its pixel,
 * so the map stays up while the next one is on its way.
 */
export class EffectiveFieldTask {
  #key = $state('');
  readonly #jobs: WorkerJobs<FieldRequest, FieldResult>;
  readonly #latest: LatestResult<FieldResult | null>;

  constructor(make: () => JobWorker<FieldRequest, FieldResult>, fail: (message: string) => void) {
    this.#jobs = new WorkerJobs(make);
    this.#latest = new LatestResult('The gradient', fail);
  }

  /** `key` names the scene and pixel; the image is copied to the worker. */
  request(key: string, request: FieldRequest): void {
    this.#key = key;
    this.#latest.run(key, () => this.#jobs.request(request));
  }

  dispose(): void {
    this.#latest.cancel();
    this.#jobs.dispose();
  }

  get result(): FieldResult | null {
    return this.#latest.get(this.#key);
  }

  get last(): FieldResult | null {
    return this.#latest.last;
  }

  get progress() {
    return this.#jobs.progress;
  }
}
