import type { SimRequest, SimResponse } from '../../sim/jobs/runSimJob';
import type { JobWorker } from './workerJobs.svelte';

/** A new sims worker (a Vite module worker; the literal URL is what lets Vite bundle it). */
export const makeSimsWorker = () =>
  new Worker(new URL('./sims.worker.ts', import.meta.url), { type: 'module' }) as unknown as JobWorker<SimRequest, SimResponse>;
