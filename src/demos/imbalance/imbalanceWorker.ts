import type { ImbalanceRequest, ImbalanceResult } from '../../models/imbalance/compareMethods';
import type { JobWorker } from '../shared/workerJobs.svelte';

/** The imbalance trainer's worker, as Vite bundles a module worker (the URL must be written out here for it to find the file). */
export const makeImbalanceWorker = () =>
  new Worker(new URL('./imbalance.worker.ts', import.meta.url), { type: 'module' }) as unknown as JobWorker<ImbalanceRequest, ImbalanceResult>;
