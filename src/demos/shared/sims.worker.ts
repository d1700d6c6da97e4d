/**
 * The sims Web Worker: every system-design demo's simulation runs here (src/sim/jobs), so a slider
 * never waits for a simulation on the main thread. Create it with `makeSimsWorker` (simsWorker.ts)
 * and drive it with SimTask; the protocol is serveJobs'.
 */
import { runSimJob, type SimRequest, type SimResponse } from '../../sim/jobs/runSimJob';
import { serveJobs, type JobPort } from './serveJobs';

serveJobs<SimRequest, SimResponse>(self as unknown as JobPort<SimRequest, SimResponse>, runSimJob);
