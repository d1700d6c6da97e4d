/** The filter worker, as Vite bundles a module worker (the URL must be written out here for it to find the file). */
export const makeFiltersWorker = () => new Worker(new URL('./filters.worker.ts', import.meta.url), { type: 'module' });
