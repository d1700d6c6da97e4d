import type { Job, JobProgress } from '../../../src/sim/jobs/job';

/** Runs a job to completion outside the worker: its result and every progress it reported. */
export function runJob<P, R>(job: Job<P, R>, params: P): { result: R; progress: JobProgress[] } {
  const progress: JobProgress[] = [];
  const gen = job(params);
  for (let r = gen.next(); ; r = gen.next()) {
    if (r.done) return { result: r.value, progress };
    progress.push(r.value);
  }
}
