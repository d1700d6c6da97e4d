import { batchSweep } from './batchSweep';
import { cacheSweep } from './cacheSweep';
import { deliveryCompare } from './deliveryCompare';
import { fanOutSweep } from './fanOutSweep';
import { gitCompare } from './gitCompare';
import { gitScenario } from './gitScenario';
import { hedgeCompare } from './hedgeCompare';
import type { Job, JobProgress } from './job';
import { loopRun } from './loopRun';
import { partitionRun } from './partitionRun';
import { queuePoint } from './queuePoint';
import { queueSweep } from './queueSweep';
import { stormRun } from './stormRun';

/** Every job the sims worker can run, by name; the names and types are the worker protocol. */
export const simJobs = {
  queueSweep,
  queuePoint,
  batchSweep,
  partitionRun,
  fanOutSweep,
  hedgeCompare,
  stormRun,
  deliveryCompare,
  cacheSweep,
  loopRun,
  gitScenario,
  gitCompare,
};

export type SimJobs = typeof simJobs;
export type JobName = keyof SimJobs;
export type JobParams<K extends JobName> = Parameters<SimJobs[K]>[0];
export type JobResult<K extends JobName> = SimJobs[K] extends Job<never, infer R> ? R : never;
export type { JobProgress };
