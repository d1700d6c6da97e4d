/** The detection scenes worker, as Vite bundles a module worker (the URL must be written out here for it to find the file). */
export const makeDetectionScenesWorker = () => new Worker(new URL('./detectionScenes.worker.ts', import.meta.url), { type: 'module' });
