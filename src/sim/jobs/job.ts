/**
 * A simulation job as the sims worker runs it: a generator that does its work in chunks (one
 * sweep point, one run) and yields its progress between them. The worker posts each progress,
 * gives the message loop a turn, and drops the job if a newer request on its channel has come in
 * ("latest request wins"); the generator's return value is the result. Params and results are
 * plain data (structured-cloneable): they cross the worker boundary.
 */
export interface JobProgress {
  done: number;
  total: number;
}

export type Job<P, R> = (params: P) => Generator<JobProgress, R, void>;
