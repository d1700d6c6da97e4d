/** The distance scenes worker, as Vite bundles a module worker (the URL must be written out here for it to find the file). */
export const makeDistanceScenesWorker = () => new Worker(new URL('./distanceScenes.worker.ts', import.meta.url), { type: 'module' });
