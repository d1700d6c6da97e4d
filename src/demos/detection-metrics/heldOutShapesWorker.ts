/** The held-out shapes worker, as Vite bundles a module worker (the URL must be written out here for it to find the file). */
export const makeHeldOutShapesWorker = () => new Worker(new URL('./heldOutShapes.worker.ts', import.meta.url), { type: 'module' });
