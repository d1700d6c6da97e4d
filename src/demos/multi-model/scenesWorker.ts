import type { JobWorker } from '../shared/workerJobs.svelte';
import type { FusionScenes, SceneRequest } from './scenes';

/** The scenes worker, as Vite bundles a module worker (the URL must be written out here for it to find the file). */
export const makeScenesWorker = () =>
  new Worker(new URL('./scenes.worker.ts', import.meta.url), { type: 'module' }) as unknown as JobWorker<SceneRequest, FusionScenes>;
