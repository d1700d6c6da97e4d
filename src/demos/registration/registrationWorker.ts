/** The registration worker, as Vite bundles a module worker (the URL must be written out here for it to find the file). */
export const makeRegistrationWorker = () => new Worker(new URL('./registration.worker.ts', import.meta.url), { type: 'module' });
