import type { SceneJobName, SceneParams, SceneResult } from './sceneJobs';
import type { JobWorker } from './workerJobs.svelte';

/**
 * A new scenes worker that serves `job` (a Vite module worker; the literal URL is what lets Vite
 * bundle it). Nothing starts until WorkerJobs or WorkerTask makes the first request.
 */
export const makeScenesWorker = <K extends SceneJobName>(job: K) =>
  new Worker(new URL('./scenes.worker.ts', import.meta.url), { type: 'module', name: job }) as unknown as JobWorker<SceneParams<K>, SceneResult<K>>;
