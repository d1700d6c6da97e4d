import type { JobProgress } from './job';
import { simJobs, type JobName, type JobParams, type JobResult } from './simJobs';

/**
 * One request to the sims worker, typed by job name: `{ job: 'queueSweep', params: … }`. The
 * worker (src/demos/shared/sims.worker.ts) hands each request to `runSimJob`, which runs the job's
 * generator to the end, reporting every chunk's progress, and returns the result with the time it
 * took in the worker. Unknown names, inherited ones included, are an error, not a crash.
 */
export type SimRequest = { [K in JobName]: { job: K; params: JobParams<K> } }[JobName];
export interface SimResponse<K extends JobName = JobName> {
  result: JobResult<K>;
  ms: number;
}

export function runSimJob(request: SimRequest, progress: (p: JobProgress & { stage: string }) => void): SimResponse {
  const { job, params } = request;
  if (!Object.hasOwn(simJobs, job)) throw new Error(`no sims job called "${job}"`);
  const t0 = performance.now();
  const gen = (simJobs[job] as (p: typeof params) => Generator<JobProgress, JobResult<JobName>, void>)(params);
  for (let step = gen.next(); ; step = gen.next()) {
    if (step.done) return { result: step.value, ms: performance.now() - t0 };
    progress({ ...step.value, stage: job });
  }
}
