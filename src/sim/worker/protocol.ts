import type { JobName, JobParams, JobProgress, JobResult } from '../jobs/simJobs';

/**
 * The sims worker's message protocol. The page sends `run` with a fresh id and a channel (one per
 * panel of a demo); a newer `run` on the same channel supersedes the older one: the worker
 * answers the old id with `cancelled`, before it starts or at its next progress point. Every
 * run ends with exactly one of result / cancelled / error; `ms` is the worker's wall time for it.
 */
export type RunMessage<K extends JobName = JobName> = { type: 'run'; id: number; channel: string; job: K; params: JobParams<K> };
export type ToSims = RunMessage;

export type FromSims =
  | ({ type: 'progress'; id: number } & JobProgress)
  | { type: 'result'; id: number; result: JobResult<JobName>; ms: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** The part of a worker's global scope (or a MessagePort) the server uses: testable without a worker. */
export interface SimPort {
  postMessage(message: FromSims): void;
  onmessage: ((event: { data: ToSims }) => void) | null;
}
